"""The interviewer kinds, as the engines see them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["peer", "hiring_manager", "department_head", "executive", "hr", "other"]
KINDS: tuple[Kind, ...] = ("peer", "hiring_manager", "department_head", "executive", "hr", "other")


@dataclass(frozen=True)
class InterviewerRef:
    """One person on the panel: enough for planning and guidance, no database ids."""

    name: str
    kind: Kind
    title: str = ""
