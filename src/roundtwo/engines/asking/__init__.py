"""The asking engine: questions the candidate should ask each interviewer.

Public API (plain Python, no Django):

- `questions_to_ask(ctx: AskContext, limit=8) -> tuple[AskSuggestion, ...]`: questions from the
  bank that suit the interviewer's kind, spread across categories, plus questions written from
  the candidate's research facts; none that `ctx.known` already answers or that repeats
  `ctx.already_asked`. `AskSuggestion.as_dict()` gives {"question", "category", "why",
  "personalised"}.
- `Fact(kind, text, date)`: kinds are recent, goal, product, value, mission, culture and
  requirement.
"""

from __future__ import annotations

from .model import FACT_KINDS, AskContext, AskSuggestion, Fact
from .select import questions_to_ask

__all__ = ["FACT_KINDS", "AskContext", "AskSuggestion", "Fact", "questions_to_ask"]
