"""What the follow-up engine takes and returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Tone = Literal["formal", "warm"]


@dataclass(frozen=True)
class InterviewerDebrief:
    """The user's notes on one round-two interviewer, written after the interview."""

    name: str  # "Priya Raman"; any script (accents, CJK, RTL)
    title: str = ""  # "VP Engineering"
    kind: str = "other"  # peer | hiring_manager | department_head | executive | hr | other
    email: str = ""
    topics: tuple[str, ...] = ()  # topics discussed ("the migration to event sourcing")
    specific: str = ""  # something specific they said
    questions_asked: tuple[str, ...] = ()
    rapport: str = ""  # rapport notes
    next_steps: str = ""  # next steps they mentioned


@dataclass(frozen=True)
class StorySummary:
    """One story from the library: enough to tie it to what an interviewer said."""

    title: str
    result: str = ""  # one line: what came of it
    tags: tuple[str, ...] = ()  # competency ids and company values


@dataclass(frozen=True)
class Candidate:
    name: str
    strengths: tuple[str, ...] = ()  # short strength phrases
    stories: tuple[StorySummary, ...] = ()


@dataclass(frozen=True)
class Tie:
    """The story or strength a draft connects to something the interviewer said."""

    kind: Literal["story", "strength"]
    text: str  # the story's title or the strength phrase
    anchor: str  # the interviewer's topic, remark or question it meets
    score: float  # WordLlama cosine + word-overlap bonus; higher is closer


@dataclass(frozen=True)
class Draft:
    interviewer: str
    to: str | None
    subject: str  # one line: never a CR, LF or other control character
    body: str
    topics_used: tuple[str, ...]  # the debrief's topics as they appear in the body
    needs_topic: bool  # no topic in the debrief: the body holds a placeholder for the user
    word_count: int
    warnings: tuple[str, ...]
    tie: Tie | None = None  # None when nothing matched or the candidate has no stories
    variant: int = 0  # which phrasing set was used (deterministic per interviewer)
    remark: str = ""  # the debrief's specific remark as the body quotes it ("" when left out)
