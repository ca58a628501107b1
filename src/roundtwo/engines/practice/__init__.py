"""The tailored practice set: which questions to practise for one role's second round, why each
one, which prepared story could answer it, and how to prepare the role's technical areas.

Pure Python on top of the question bank (engines.question_bank); WordLlama, when available,
only nudges the order. Nothing here imports Django.
"""

from __future__ import annotations

from .model import (
    KINDS,
    PracticalFormatInfo,
    RoleProfile,
    StoryRef,
    Suggestion,
    TechPrep,
    WeakSpot,
)
from .profile import is_general, profile_from_posting
from .stories import assign_stories
from .suggest import suggest_questions
from .technical import technical_prep

__all__ = [
    "KINDS",
    "PracticalFormatInfo",
    "RoleProfile",
    "StoryRef",
    "Suggestion",
    "TechPrep",
    "WeakSpot",
    "assign_stories",
    "is_general",
    "profile_from_posting",
    "suggest_questions",
    "technical_prep",
]
