"""STAR roles for each sentence, from linguistic evidence and the sentence's place in the story.

Each sentence gets a score for every role from general signals (features.py): a finite past verb
with "I"/"we" as subject doing something is an action; past-tense description of a state
("was", "had", "there was", past progressive or perfect) is situation; goals and obligations
("my job was to", "I needed to", "I was asked to") are task; outcomes (change verbs with
numbers, "as a result", reactions of others, lessons learned) are result; present-tense
generalities ("I always try to"), preambles and closing remarks are other. A second pass uses
order: stories run situation -> task -> action -> result, so a sentence before the first action
leans situation and one after the last action leans result; after the first action, someone
else's response or a change of state leans result too. Last, an outcome that did not actually
happen (ongoing, intended, hypothetical, hedged or only felt: outcome.py) cannot be a result, and
what spoke for "result" speaks for "other".
"""

from __future__ import annotations

from dataclasses import dataclass

from .features import Features
from .result import Label

_DYNAMIC_BLOCK = frozenset(
    {
        "be",
        "have",
        "need",
        "want",
        "seem",
        "feel",
        "think",
        "know",
        "believe",
        "learn",
        "suspect",
        "worry",
        "wonder",
        "assume",
        "expect",
        "fear",
        "doubt",
        "hope",
        "wish",
        "like",
        "love",
    }
)


@dataclass(frozen=True)
class Scored:
    label: Label
    scores: dict[Label, float]
    reason: str


def _base_scores(f: Features) -> tuple[dict[Label, float], list[str]]:
    s: dict[Label, float] = {
        "situation": 0.0,
        "task": 0.0,
        "action": 0.0,
        "result": 0.0,
        "other": 0.0,
    }
    why: list[str] = []
    narrative = f.past or f.any_past or f.progressive_or_perfect

    # other: preamble, generalities, questions, plans
    if f.preamble:
        s["other"] += 3.0
        why.append("preamble")
    if f.habitual or (f.subject == "generic" and not f.past):
        s["other"] += 2.5
        why.append("generality")
    if not narrative and (f.present or f.modal) and not f.result_opener and not f.now_state:
        s["other"] += 1.5
        why.append("present tense, no story")
    if f.opinion:
        s["other"] += 1.5
        why.append("opinion")
    dynamic = [v for v in f.main_verbs if v not in _DYNAMIC_BLOCK]
    if f.imperative_or_question:
        s["other"] += 1.0
    if f.n_words <= 2:
        s["other"] += 2.0

    # task
    if f.task_cue:
        s["task"] += 3.0
        why.append("goal or duty")

    # action
    if f.unfinished:
        s["other"] += 2.0
        why.append("not finished yet")
    if f.opinion:
        dynamic = []
    if f.subject in {"i", "we"} and dynamic and f.past:
        s["action"] += 2.6 if f.subject == "i" else 2.2
        why.append(f"'{f.subject}' did something")
        if f.progressive:
            s["action"] -= 1.5
    elif f.subject in {"i", "we"} and dynamic and f.present:
        s["action"] += 1.0
    elif f.i_subjects + f.we_subjects > 0 and dynamic and narrative:
        s["action"] += 1.2
    if f.decision and f.subject in {"i", "we"}:
        s["action"] += 0.5

    # situation
    if f.existential and narrative:
        s["situation"] += 2.0
        why.append("there was")
    if f.stative_main and f.past and not f.task_cue:
        s["situation"] += 1.6
        why.append("past state")
    if f.progressive_or_perfect:
        s["situation"] += 1.2
    if f.subject in {"other", "none"} and f.past and not f.stative_main:
        s["situation"] += 0.8
        s["result"] += 0.6
    if f.role_statement and f.past:
        s["situation"] += 1.5
    if f.time_expressions and narrative:
        s["situation"] += 0.4

    # result
    if f.result_opener:
        s["result"] += 2.5
        why.append("outcome marker")
    elif f.result_marker:
        s["result"] += 1.5
        why.append("outcome marker")
    if f.achievement and narrative:
        s["result"] += 1.4
    if f.setting and narrative:
        s["situation"] += 0.6
    if f.strong_change:
        s["result"] += 2.0 if f.numbers else 1.2
        why.append("change in a measure")
    elif f.change_verb and f.numbers:
        s["result"] += 0.8
    if f.numbers and f.impact and narrative:
        s["result"] += 0.6
        if f.strong_change:
            # a measured change to what the work was for ("I grew monthly sales by 18%") is an
            # outcome even when told as a deed, and often opens a results-first answer
            s["result"] += 1.0
    if f.outcome_passive:
        s["result"] += 1.5
    if f.lesson:
        s["result"] += 2.5
        why.append("lesson")
    return s, why


def label_sentences(features: list[Features]) -> list[Scored]:
    """Best role per sentence after the order pass."""
    base = [_base_scores(f) for f in features]
    n = len(features)
    prelim: list[Label] = [_argmax(sc) for sc, _ in base]
    action_idx = [
        i for i, lab in enumerate(prelim) if lab == "action" and base[i][0]["action"] >= 2.0
    ]
    narrative_idx = [
        i for i, f in enumerate(features) if f.past or f.any_past or f.progressive_or_perfect
    ]
    first_action = action_idx[0] if action_idx else None
    last_action = action_idx[-1] if action_idx else None
    out: list[Scored] = []
    for i, (f, (sc, why)) in enumerate(zip(features, base, strict=True)):
        scores = dict(sc)
        narrative = f.past or f.any_past or f.progressive_or_perfect
        rel = i / (n - 1) if n > 1 else 0.0
        if first_action is not None and i < first_action and narrative:
            scores["situation"] += 0.8
        if narrative_idx and i == narrative_idx[0]:
            scores["situation"] += 1.0
        if (
            narrative_idx
            and i == narrative_idx[-1]
            and first_action is not None
            and i > first_action
        ):
            scores["result"] += 1.2
        if f.reaction_to_me and first_action is not None and i > first_action:
            scores["result"] += 1.0
        if last_action is not None and i > last_action and narrative:
            scores["result"] += 1.0
            if f.subject in {"other", "none"} or f.passive:
                scores["result"] += 0.6
        if last_action is not None and i > last_action and f.present and not f.habitual:
            # "now we close in six days", "the rota is still in place"
            scores["result"] += 1.2
        if f.now_state and first_action is not None and i > first_action:
            scores["result"] += 1.5
        if first_action is not None and i > first_action:
            # someone else responding ("several guests asked") or a new state ("I became")
            scores["result"] += 1.0 * (int(f.response) + int(f.change_of_state))
        if first_action is None and narrative:
            scores["situation"] += 0.6 * (1 - rel)
            scores["result"] += 0.6 * rel
        # nothing scored: decide by tense and place
        if max(scores.values()) <= 0.0:
            if narrative:
                scores["situation" if rel < 0.5 else "result"] += 0.5
            else:
                scores["other"] += 0.5
        if f.irrealis and not f.lesson:
            _not_a_result(scores, why, f.irrealis)
        label = _argmax(scores)
        out.append(Scored(label, scores, ", ".join(why)))
    return out


def _not_a_result(scores: dict[Label, float], why: list[str], irrealis: str) -> None:
    """An ongoing, intended, hypothetical, hedged or felt outcome is no result (outcome.py):
    what spoke for "result" speaks for "other" instead."""
    scores["other"] += max(scores["result"], 0.0)
    scores["result"] = min(scores["result"], 0.0) - 1.0
    why.append(f"outcome {irrealis}")


def _argmax(scores: dict[Label, float]) -> Label:
    order: tuple[Label, ...] = ("action", "result", "task", "situation", "other")
    best: Label = "other"
    best_score = float("-inf")
    for lab in order:
        if scores[lab] > best_score:
            best, best_score = lab, scores[lab]
    return best
