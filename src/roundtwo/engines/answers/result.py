"""Typed results of the answer-analysis engine, and their JSON form.

`AnswerAnalysis.as_dict()` is the public contract of `roundtwo analyze answer --json`:

    {"sentences": [{"text": str, "label": "situation"|"task"|"action"|"result"|"other",
                    "why": str}],
     "present": {"situation": bool, "task": bool, "action": bool, "result": bool},
     "quantified_result": bool, "ownership": "i"|"we"|"mixed", "score": int,
     "breakdown": {...}, "feedback": [{"kind": str, "message": str, "evidence": str}],
     "followups": [{"question": str, "reason": str, "evidence": str}],
     "refusal": null | {"reason": str, "message": str}}

`why` names the evidence behind a sentence's label, in words (roles.py). Sentences are slices
of the input, in order, with their text unchanged, and only whitespace lies
between them. Pasted HTML or Markdown is masked before analysis (markup.py): a sentence keeps any
inline markup it contains ("by <b>40%</b>"), and markup between sentences ("</p><p>", bullets)
lies in the gaps instead. `present[part]` is true for a weak part too; `parts` (not in the JSON
form, but in `breakdown.structure.details.parts`) says "present", "weak" or "missing", with the
result policy in outcome.py: an ongoing, intended, hypothetical, hedged or felt outcome is no
result, a generic one ("it went well") is a weak one.

`refusal` is the documented field for input that cannot be judged. It is null for a judged answer.
When it is set, `sentences` still lists the input's sentences (all labelled "other"), every flag
is false, `score` is 0 and `breakdown`, `feedback` and `followups` are empty. Reasons:
"empty", "too_short", "too_long", "not_english", "job_description", "not_an_answer". "too_long"
is decided before the parser runs (over 1,500 words or 15,000 characters once markup is masked,
or 60,000 characters as pasted), so a 20,000-word paste is refused in about 20 ms.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

Label = Literal["situation", "task", "action", "result", "other"]
Part = Literal["situation", "task", "action", "result"]
Ownership = Literal["i", "we", "mixed"]
PartStatus = Literal["present", "weak", "missing"]
RefusalReason = Literal[
    "empty", "too_short", "too_long", "not_english", "job_description", "not_an_answer"
]

LABELS: tuple[Label, ...] = ("situation", "task", "action", "result", "other")
PARTS: tuple[Part, ...] = ("situation", "task", "action", "result")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the answer: its exact text, where it sits, and its STAR role."""

    text: str
    start: int
    end: int
    label: Label
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label, "why": self.reason}


@dataclass(frozen=True)
class Evidence:
    """Points given (or withheld) for one reason, with the words of the answer behind them."""

    points: float
    max_points: float
    reason: str
    quotes: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "points": round(self.points, 2),
            "max": self.max_points,
            "reason": self.reason,
            "evidence": list(self.quotes),
        }


@dataclass(frozen=True)
class Component:
    """One part of the score: its items add up to its points."""

    name: str
    items: tuple[Evidence, ...]
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def points(self) -> float:
        return sum(item.points for item in self.items)

    @property
    def max_points(self) -> float:
        return sum(item.max_points for item in self.items)

    def as_dict(self) -> dict[str, Any]:
        return {
            "points": round(self.points, 2),
            "max": self.max_points,
            "items": [item.as_dict() for item in self.items],
            "details": self.details,
        }


@dataclass(frozen=True)
class Feedback:
    kind: str
    message: str
    evidence: str

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "evidence": self.evidence}


@dataclass(frozen=True)
class Followup:
    question: str
    reason: str
    evidence: str
    kind: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"question": self.question, "reason": self.reason, "evidence": self.evidence}


@dataclass(frozen=True)
class Refusal:
    reason: RefusalReason
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "message": self.message}


@dataclass(frozen=True)
class AnswerAnalysis:
    """Everything the engine found in one answer. See the module docstring for the JSON form."""

    question: str
    sentences: tuple[Sentence, ...]
    present: dict[Part, bool]
    parts: dict[Part, PartStatus]
    quantified_result: bool
    ownership: Ownership
    score: int
    breakdown: tuple[Component, ...]
    feedback: tuple[Feedback, ...]
    followups: tuple[Followup, ...]
    refusal: Refusal | None = None

    @property
    def judged(self) -> bool:
        return self.refusal is None

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentences": [s.as_dict() for s in self.sentences],
            "present": {part: bool(self.present.get(part, False)) for part in PARTS},
            "quantified_result": self.quantified_result,
            "ownership": self.ownership,
            "score": self.score,
            "breakdown": {c.name: c.as_dict() for c in self.breakdown},
            "feedback": [f.as_dict() for f in self.feedback],
            "followups": [f.as_dict() for f in self.followups],
            "refusal": self.refusal.as_dict() if self.refusal else None,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=indent)
