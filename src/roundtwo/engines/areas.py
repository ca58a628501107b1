"""The ten preparation areas of a workspace, in the order the workspace shows them."""

from __future__ import annotations

from typing import Literal

AreaKey = Literal[
    "understand",
    "reflect",
    "research",
    "questions",
    "ask",
    "fit",
    "interviewers",
    "rehearse",
    "documents",
    "followup",
]

AREA_KEYS: tuple[AreaKey, ...] = (
    "understand",
    "reflect",
    "research",
    "questions",
    "ask",
    "fit",
    "interviewers",
    "rehearse",
    "documents",
    "followup",
)
