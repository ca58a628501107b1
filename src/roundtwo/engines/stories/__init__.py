"""The story engine: one text per story, competency and value suggestions, coverage.

Public API (plain Python, no Django):

- `story_text(title, situation, task, action, result, metrics, free_text) -> str`: the story
  as one answer-like text, for `engines.answers.analyze_answer` and the taggers.
- `suggest_competencies(text, limit=3)` and `suggest_values(text, values, limit=2)`:
  `TagSuggestion(tag, score, why)` with the words and similarity behind each suggestion.
- `coverage(stories, needed) -> Coverage`: competency -> story ids, gaps and thin spots.
"""

from __future__ import annotations

from .coverage import coverage
from .model import Coverage, TagSuggestion
from .tags import suggest_competencies
from .text import story_text
from .values import suggest_values

__all__ = [
    "Coverage",
    "TagSuggestion",
    "coverage",
    "story_text",
    "suggest_competencies",
    "suggest_values",
]
