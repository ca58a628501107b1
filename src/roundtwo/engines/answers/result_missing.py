"""Whether an answer has a result: one decision for the whole answer, not a count of labels.

A result is an outcome that happened (outcome.py): stated first or last, with or without numbers,
or a lesson tied to the story. An outcome that is still under way, intended, hypothetical,
hedged or only felt is not one, nor is a general claim in the present tense ("teams really
respond when you keep things fresh") unless it closes a told story as its reflection. Whatever
role the sentence-role model gave such a sentence, it is relabelled "other" with that reason,
so the label shown in the UI and the verdict agree. Two kinds of "result" sentence take the role
the labelling rules give them (bench/answers and the real answers share them): the reason for a
decision is an action, and an outcome that did not last, with more work after it, is a complication
(situation).
"""

from __future__ import annotations

import re

from .context import opens_on_outcome
from .features import Features
from .result import Label
from .star import Scored


def happened(f: Features) -> bool:
    """Told as something that took place, or as a state that holds now because of it."""
    return bool(
        f.lesson or f.past or f.any_past or f.progressive_or_perfect or f.now_state or f.numbers
    )


# "the main reason was easy scaling": why the candidate acted, which the labels count as action
_REASON_NOUNS = frozenset({"reason", "rationale", "motivation", "logic", "thinking"})
_REASON_OPENING = re.compile(
    r"^\W*(?:\w+ ){0,2}(?:reason|rationale|motivation)s? (?:was|were|is|being)\b", re.IGNORECASE
)
# "that helped for a while, but ... we needed more": an outcome that did not last
_DID_NOT_LAST = re.compile(
    r"\b(?:for a while|for a bit|at first|initially|briefly|temporarily)\b.*\bbut\b",
    re.IGNORECASE,
)


def reason_given(f: Features) -> bool:
    """The sentence gives the reason for a decision ("another reason was cost")."""
    by_parse = f.subject_lemma in _REASON_NOUNS and f.main_verbs[:1] == ("be",)
    return by_parse or bool(_REASON_OPENING.match(f.text))


def _settle(features: list[Features], roles: list[Scored]) -> list[Scored]:
    actions = [i for i, r in enumerate(roles) if r.label == "action"]
    # a reflection closes a story only when the story was told: some action in the past tense
    told = any(features[i].past or features[i].any_past for i in actions)
    out = []
    for i, (f, r) in enumerate(zip(features, roles, strict=True)):
        closing = told and i > actions[-1]
        if r.label != "result":
            pass
        elif f.irrealis and not f.lesson:
            r = Scored("other", r.scores, f"outcome {f.irrealis}")
        elif not happened(f) and not closing:
            r = Scored("other", r.scores, "a general statement, not something that happened")
        elif reason_given(f):
            r = Scored("action", r.scores, "the reason for a decision, not an outcome")
        elif actions and i < actions[-1] and _DID_NOT_LAST.search(f.text):
            r = Scored("situation", r.scores, "an outcome that did not last: a complication")
        out.append(r)
    return out


def plain_action(f: Features) -> bool:
    """Something the candidate did, told with no sign of what came of it: no change, no
    completion, no response, no lesson, nobody and nothing else as the subject of any of its
    clauses, no state that holds now, no change it made ("We got our on-time deliveries up to 97
    percent") and no number that sizes a change. (An impact word is no sign: "with two types of
    relationships for vertical growth" describes the work; "I fitted a new hose on the Thursday
    and the van has run without a fault since" tells its outcome in the second clause.)"""
    if f.subject not in {"i", "we"} or not (f.past or f.any_past) or f.modal:
        return False
    return not (
        f.change_verb
        or f.strong_change
        or f.achievement
        or f.completion
        or f.lesson
        or f.response
        or f.change_of_state
        or f.now_state
        or f.result_marker
        or f.outcome_passive
        or f.has_outcome_subject
        or f.other_clause
        or f.present_perfect
        or f.made_change
        or f.measured
    )


def _only_actions(features: list[Features], roles: list[Scored]) -> list[Scored]:
    """When every "result" is a plain action (a story that stops at what the candidate did),
    those sentences are actions and the answer has no result."""
    results = [i for i, r in enumerate(roles) if r.label == "result"]
    # an outcome told first reads as a deed ("I rescued a wedding"); what follows says it is one
    told_first = opens_on_outcome(features)
    if not results or not all(
        plain_action(features[i]) and not (told_first and i == 0) for i in results
    ):
        return roles
    why = "what the candidate did, with no outcome told"
    return [Scored("action", r.scores, why) if r.label == "result" else r for r in roles]


def settle_results(
    features: list[Features], roles: list[Scored], rules: list[Scored] | None = None
) -> list[Scored]:
    """Roles with every unreal "result" turned into "other", saying why, and a story that
    stops at the candidate's own actions left with no result.

    A present-tense statement counts only as the closing reflection of a story (after its last
    action: "Deflecting prevents learning."); anywhere else it is a general claim. With the
    rules' roles (star.py) as a second reader, an answer has a result only when both find one:
    where the rules find none, the model's "result" sentences take the rules' label and reason,
    except an outcome told as holding now or in a clause of its own (holds_since), and an
    outcome told first (context.opens_on_outcome), which the rules do not weigh (they read a
    sentence before the first action as background).
    """
    out = _only_actions(features, _settle(features, roles))
    if not any(r.label == "result" for r in out):
        return _outcome_in_a_clause(features, out)
    if rules is None:
        return out
    by_rules = _only_actions(features, _settle(features, rules))
    if any(r.label == "result" for r in by_rules):
        return out
    told_first = opens_on_outcome(features)
    return [
        Scored(rule.label, r.scores, vetoed(rule))
        if r.label == "result" and not holds_since(features, i) and not (told_first and i == 0)
        else r
        for i, (r, rule) in enumerate(zip(out, by_rules, strict=True))
    ]


def vetoed(rule: Scored) -> str:
    """The reason shown when the rules find no outcome: their own reason when they gave one
    (a sentence with no cue at all has none, and empty brackets would show)."""
    why = "no outcome the rules confirm"
    return f"{why} ({rule.reason})" if rule.reason.strip() else why


def _outcome_in_a_clause(features: list[Features], roles: list[Scored]) -> list[Scored]:
    """With no result found, an action whose second clause tells what has held since, of
    something or someone else ("I fitted the new seal and the pump hasn't leaked since"), is the
    result: its main content is the outcome."""
    why = "an outcome in its second clause: what has held since"
    return [
        Scored("result", r.scores, why)
        if r.label == "action" and f.other_clause and f.present_perfect and not f.irrealis
        else r
        for f, r in zip(features, roles, strict=True)
    ]


def holds_since(features: list[Features], i: int) -> bool:
    """An outcome the rules' scores do not weigh: a state that holds now, told after a story in
    the past ("Early in my career, I had a habit of ... Now I only think about ... when it's
    needed"), or told in a clause after the candidate's own deed ("I fitted a new hose and the
    van has run without a fault since")."""
    f = features[i]
    if f.irrealis:
        return False
    if f.now_state and any(g.past or g.any_past for g in features[:i]):
        return True
    return bool(f.past or f.any_past) and (f.other_clause or f.present_perfect)


def result_missing(
    features: list[Features], roles: list[Scored], rules: list[Scored] | None = None
) -> bool:
    """True when no sentence states an outcome that happened."""
    return not any(r.label == "result" for r in settle_results(features, roles, rules))


def unreal_ending(features: list[Features], labels: list[Label]) -> Features | None:
    """The last outcome that did not happen where the story could end (after its first action,
    or in its second half), for feedback to quote. A hedge or a feeling counts only about
    something past: a general opening such as "I think communication is really important" is
    no hedged result."""
    actions = [i for i, lab in enumerate(labels) if lab == "action"]
    start = actions[0] + 1 if actions else len(features) // 2
    for f in reversed(features[start:]):
        if not f.irrealis:
            continue
        if f.irrealis in {"hedged", "experience"} and not (f.past or f.any_past):
            continue
        return f
    return None
