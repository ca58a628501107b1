"""Signals a sentence takes from the answer around it, for the sentence-role model (roles.py).

A sentence's words alone often cannot say whether it is part of the story: "This is not a
reflection of your performance." is what the candidate said inside a quotation (an action),
"People can move on when they understand why." closes a told story (its lesson), and the same
kind of present-tense claim before any story is a generic opening ("I think communication is
really important in any team"). These signals say where the sentence stands: inside quoted
speech, before or after the events the answer tells, in an answer that tells none, and whether
it is a general claim, talk about the answer itself, or a setback told in the past.
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


def context_rows(features: list[Features]) -> list[list[float]]:
    """One row of CONTEXT signals per sentence, in CONTEXT's order."""
    told = [_told(f) for f in features]
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
            ]
        )
    return rows


def measured_change(f: Features) -> bool:
    """A change in a measure told in the past ("we cut the backlog from 900 to 40")."""
    return bool(f.past or f.any_past) and bool(f.strong_change or (f.change_verb and f.numbers))


def own_evidence(features: list[Features]) -> list[bool]:
    """Sentences whose words say their role whatever the usual order of a story, so the
    sequence decoding (sequence.py) neither moves them nor lets them move their neighbours: a
    setback told after the story began (a complication, "the mixer motor burnt out"), and a
    measured change told in the first sentence and not as its background (a result first)."""
    told = [_told(f) for f in features]
    first = told.index(True) if any(told) else len(told)
    out = []
    for i, f in enumerate(features):
        complication = i > first and setback(f)
        result_first = (
            i == 0
            and len(features) > 2
            and measured_change(f)
            and not (f.progressive_or_perfect or f.existential or f.setting)
        )
        out.append(complication or result_first)
    return out
