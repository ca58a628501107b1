"""The fit matrix (job requirements x the candidate's evidence) and the values map.

Public API (plain Python, no Django):

- `build_fit_matrix(requirements, evidence, *, experiences=(), today=None) -> tuple[FitRow, ...]`:
  one row per requirement, "covered", "partly" or "not_covered", with the matching evidence and
  why each matched (the shared words and the meaning similarity, in plain words), and for a gap
  what to prepare. Pass the resume's experiences to have "5+ years of ..." checked against dates.
- `build_values_map(values, evidence) -> tuple[ValueMatch, ...]`: for each company value,
  "shown", "weak" or "no_evidence", with the stories behind it and how to tell them.
- `evidence_from_resume(resume) -> list[Evidence]`: a parsed resume's bullets as evidence.

Scores combine shared words (spaCy lemmas with the alias table in aliases.py, value themes in
themes.py) and WordLlama meaning similarity (semantic.py); the weights and thresholds in
scoring.py were chosen on the dev split of bench/fit. Models load once per process through
engines/answers/loader.py.
"""

from __future__ import annotations

from .evidence import evidence_from_resume
from .matrix import build_fit_matrix
from .model import (
    Evidence,
    FitRow,
    Match,
    RequirementInput,
    Status,
    ValueInput,
    ValueMatch,
    ValueStatus,
)
from .values_map import build_values_map

__all__ = [
    "Evidence",
    "FitRow",
    "Match",
    "RequirementInput",
    "Status",
    "ValueInput",
    "ValueMatch",
    "ValueStatus",
    "build_fit_matrix",
    "build_values_map",
    "evidence_from_resume",
]
