"""Signals a sentence takes from the answer around it, for the sentence-role model (roles.py).

A sentence's words alone often cannot say whether it is part of the story: "This is not a
reflection of your performance." is what the candidate said inside a quotation (an action),
"People can move on when they understand why." closes a told story (its lesson), and the same
kind of present-tense claim before any story is a generic opening ("I think communication is
really important in any team"). These signals say where the sentence stands: inside quoted
speech, before or after the events the answer tells, in an answer that tells none, and whether
it is a general claim, talk about the answer itself, or a setback told in the past; and whether
the answer opens on an outcome and then steps back to what came before it ("We cut the backlog
from 900 to 40. The team had fallen behind after two people left."), the usual shape of a result
told first, against a change that sets the scene ("We grew from 25 to 80 engineers. Reviews
started to pile up.").
"""

from __future__ import annotations

import re

from .features import Features

# names and the words the UI shows beside a label
CONTEXT: dict[str, str] = {
    "in_quote": "quoted speech",
    "story_before": "after events already told",
    "story_after": "before the events told",
    "inside_story": "between events told",
    "no_story": "the answer tells no events",
    "general_claim": "a general claim",
    "meta": "talk about the answer itself",
    "setback": "a setback",
    "result_first": "an outcome told first, then what came before it",
    "made_change_first": "a change the candidate made, told first",
    "after_result_first": "near the end of an answer that told its outcome first",
}
_OPENING = '"“'
_CLOSING = '"”'
_META = re.compile(
    r"^\W*(?:(?:that'?s|that is|what) an? (?:great|good|interesting|tough) (?:question|one)|"
    r"(?:great|good) (?:question|one)|let me (?:think|see)|to be honest|honestly|"
    r"i don'?t (?:really )?have an? (?:specific |particular |real )?example|"
    r"i (?:honestly )?haven'?t (?:really )?had|so,? (?:a|an|the) [\w ]{0,30}\.$|"
    r"so that'?s (?:generally |basically )?(?:how|what|my)|hope that answers|does that answer)",
    re.IGNORECASE,
)
# main verbs of a setback; "drop", "go" and "leave" are left out, as results use them too
# ("failures dropped", "it went live", "she left on good terms")
_SETBACK = frozenset(
    {
        "break",
        "fail",
        "crash",
        "burn",
        "leak",
        "quit",
        "resign",
        "complain",
        "refuse",
        "slip",
        "cancel",
        "collapse",
        "push",
        "object",
        "reject",
        "escalate",
        "delay",
    }
)
_SETBACK_WORDS = re.compile(
    r"\b(?:broke|broken|failed|failing|crashed|burnt|burned|went down|went wrong|went off|"
    r"leaked|quit|resigned|walked out|complained|refused|slipped|cancel+ed|collapsed|"
    r"stopped working|pushed back|objected|rejected|dropped out|escalated|delayed|late|"
    r"outage|down for)\b",
    re.IGNORECASE,
)


# the sentence after an opening outcome goes back to before it: a time before the change ("When I
# joined", "At the time", "Before that") or a past perfect ("the queue had been growing")
_STEPS_BACK = re.compile(
    r"^\W*(?:(?:so|and|well),? )?(?:when (?:i|we) (?:first )?(?:took|joined|started|arrived|"
    r"inherited|came|moved)|before (?:that|then|this|i|we)|at the time|back then|until then|"
    r"previously|originally|it (?:all )?(?:started|began)|th(?:at|is) (?:all )?(?:came|started|"
    r"began))\b",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(
    r"\b(?:had|'d)(?: not| never| already| long)? (?!(?:often|even|ten|seven|eleven)\b)"
    r"(?:been|\w+ed|\w+en)\b"
)
_LATE = 0.6  # the last two fifths of an answer, where a result told last would stand


def _told(f: Features) -> bool:
    """An event told in the past: the backbone of a story."""
    return bool(f.past or f.any_past) and not f.modal and f.irrealis != "hypothetical"


def _quote_states(features: list[Features]) -> list[bool]:
    """Per sentence: it opens inside a quotation, or holds a quotation mark."""
    inside, out = False, []
    for f in features:
        starts_inside = inside
        marks = [ch for ch in f.text if ch in _OPENING or ch in _CLOSING]
        for ch in marks:
            # a straight quote opens or closes; a curly one says which it is
            inside = not inside if ch == '"' else ch in _OPENING
        out.append(starts_inside or bool(marks))
    return out


def general_claim(f: Features) -> bool:
    """A present-tense or modal claim with no event in it ("in any team you need ...")."""
    if f.past or f.any_past or f.now_state:
        return False
    return (f.present or f.modal) and (
        f.subject in {"generic", "none"} or f.habitual or f.opinion or f.modal
    )


def setback(f: Features) -> bool:
    """Something going wrong, told in the past by someone or something other than the
    candidate ("the mixer motor burnt out", "two engineers quit")."""
    if not (f.past or f.any_past) or f.subject in {"i", "we"}:
        return False
    return bool(_SETBACK_WORDS.search(f.text)) or any(v in _SETBACK for v in f.main_verbs[:1])


def steps_back(f: Features) -> bool:
    """The sentence goes back to a time before the one just told ("When I joined, ...", "The
    queue had been growing for a year")."""
    return bool(_STEPS_BACK.search(f.text) or _PAST_PERFECT.search(f.text.lower()))


def outcome_told(f: Features) -> bool:
    """A change or a completion told in the past as the sentence's main news, not as a frame
    ("In 2022 ...", "there was ...") nor as an earlier state ("had grown")."""
    if not (f.past or f.any_past) or f.modal or f.irrealis:
        return False
    if f.progressive_or_perfect or f.existential or f.setting:
        return False
    # a change verb beside a number is not enough here ("I worked with a 68-year-old patient")
    return bool(
        f.strong_change
        or f.made_change
        or f.achievement
        or f.completion
        or f.response
        or f.change_of_state
        or f.outcome_passive
    )


def result_first(features: list[Features]) -> bool:
    """The answer opens on an outcome and its next sentence steps back to before it."""
    return len(features) > 2 and outcome_told(features[0]) and steps_back(features[1])


def made_change_first(features: list[Features]) -> bool:
    """The answer opens on a change the candidate made ("We cut the backlog from 900 to 40"),
    not one that happened to them ("We grew from 25 to 80 engineers")."""
    return len(features) > 2 and outcome_told(features[0]) and features[0].made_change


def marked_first(features: list[Features]) -> bool:
    """The answer opens on an outcome marker and a past event ("Long story short, our deploys
    went from two hours to eight minutes", "In the end we kept the client")."""
    f = features[0] if len(features) > 2 else None
    return f is not None and f.result_opener and bool(f.past or f.any_past) and not f.irrealis


def opens_on_outcome(features: list[Features]) -> bool:
    """The answer tells its outcome first: then a sentence's place says nothing of its role."""
    return result_first(features) or made_change_first(features) or marked_first(features)


def context_rows(features: list[Features]) -> list[list[float]]:
    """One row of CONTEXT signals per sentence, in CONTEXT's order."""
    told = [_told(f) for f in features]
    steps = result_first(features)
    made = made_change_first(features)
    outcome_first = opens_on_outcome(features)
    n = len(features)
    quotes = _quote_states(features)
    any_told = any(told)
    first = told.index(True) if any_told else len(told)
    last = len(told) - 1 - told[::-1].index(True) if any_told else -1
    rows = []
    for i, f in enumerate(features):
        before, after = first < i, last > i
        rows.append(
            [
                float(quotes[i]),
                float(before),
                float(after and not before),
                float(after and before),
                float(not any_told),
                float(general_claim(f)),
                float(bool(_META.search(f.text))),
                float(setback(f)),
                float(steps and i == 0),
                float(made and i == 0),
                float(outcome_first and i > 0 and i / (n - 1) >= _LATE),
            ]
        )
    return rows


def measured_change(f: Features) -> bool:
    """A change in a measure told in the past ("we cut the backlog from 900 to 40"), not a change
    verb beside any number ("I worked with a 68-year-old patient")."""
    return bool(f.past or f.any_past) and bool(f.strong_change or (f.change_verb and f.measured))


def own_evidence(features: list[Features]) -> list[bool]:
    """Sentences whose words say their role whatever the usual order of a story, so the
    sequence decoding (sequence.py) neither moves them nor lets them move their neighbours: a
    setback told after the story began (a complication, "the mixer motor burnt out"), and a
    measured change told in the first sentence and not as its background, or any outcome told
    first with a step back after it (a result first)."""
    told = [_told(f) for f in features]
    first = told.index(True) if any(told) else len(told)
    opening = len(features) > 2 and (
        opens_on_outcome(features) or (measured_change(features[0]) and outcome_told(features[0]))
    )
    return [(i > first and setback(f)) or (i == 0 and opening) for i, f in enumerate(features)]
