"""The dataclasses the package hands out, plus the raw cue the format readers produce."""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Turn:
    speaker: str
    text: str
    start: float | None  # seconds from the start of the recording
    end: float | None


@dataclass(frozen=True)
class Transcript:
    format: str  # "vtt" | "srt" | "text" | "docx"
    turns: tuple[Turn, ...]


@dataclass(frozen=True)
class SpeakerSummary:
    name: str
    turns: int
    words: int
    first_words: str


@dataclass(frozen=True)
class QAPair:
    question: str
    asked_by: str
    answer: str
    start: float | None
    end: float | None
    follow_up_of: int | None
    # What the interviewers said before the question in the same run ("We're looking for
    # someone who..."): often the richest hint of the interview, so it is kept, not dropped.
    remarks: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "question": self.question,
            "asked_by": self.asked_by,
            "answer": self.answer,
            "start": self.start,
            "end": self.end,
            "follow_up_of": self.follow_up_of,
            "remarks": self.remarks,
        }


@dataclass(frozen=True)
class Cue:
    """One caption, subtitle or labelled paragraph; speaker None means "whoever spoke last"."""

    speaker: str | None
    text: str
    start: float | None = None
    end: float | None = None


@dataclass(frozen=True)
class Line:
    """A line of a cue before speaker labels are read from it.

    `voice` is a speaker the format itself gave (a WebVTT voice tag or the name line of an older
    Teams block); `block_start` marks the first line of a cue, so a cue without a label still
    starts a new timed piece of the previous speaker's turn.
    """

    text: str
    start: float | None = None
    end: float | None = None
    voice: str | None = None
    block_start: bool = True
