"""The answer-analysis engine: STAR roles, specificity, ownership, score, feedback, follow-ups.

Public API (plain Python, no Django):

- `analyze_answer(question, answer) -> AnswerAnalysis`; `AnswerAnalysis.as_dict()` / `to_json()`
  give the JSON contract of `roundtwo analyze answer --json` (see `result.py`).
- `extract_facts(text) -> tuple[Fact, ...]` and `compare_facts(earlier, later)` for cross-round
  consistency ("Round one: a team of five. Now: a team of eight.").
- `extract_hints(text) -> tuple[Hint, ...]` for interviewer hints in answers, reactions and notes.

spaCy's small English pipeline is loaded lazily, once per process (`loader.load_nlp`). What a
"result" is (present, weak or missing) is set out in `outcome.py`; how pasted markup is handled in
`markup.py`; what is too long to read in `gate.py`.
"""

from __future__ import annotations

from .analyze import analyze_answer
from .facts import Contradiction, Fact, compare_facts, extract_facts
from .hints import Hint, extract_hints
from .result import AnswerAnalysis, Feedback, Followup, Refusal, Sentence

__all__ = [
    "AnswerAnalysis",
    "Contradiction",
    "Fact",
    "Feedback",
    "Followup",
    "Hint",
    "Refusal",
    "Sentence",
    "analyze_answer",
    "compare_facts",
    "extract_facts",
    "extract_hints",
]
