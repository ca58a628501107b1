"""The result of analysing one recording, and its JSON shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .filler_count import Filler
from .pace import Pause
from .transcribe import Word

NO_SPEECH_MESSAGE = "We couldn't hear an answer in this recording."
NOT_ENGLISH_MESSAGE = (
    "We couldn't hear an answer in English in this recording. Practice answers are "
    "transcribed in English only."
)


def _word(w: Word) -> dict[str, Any]:
    return {"text": w.text, "start": w.start, "end": w.end}


@dataclass(frozen=True)
class AudioReport:
    duration_s: float
    speech_detected: bool
    transcript: str = ""
    words: tuple[Word, ...] = ()
    speaking_time_s: float = 0.0
    wpm: float = 0.0
    fillers: tuple[Filler, ...] = ()
    crutch_words: tuple[Word, ...] = ()
    restarts: tuple[Word, ...] = ()
    pauses: tuple[Pause, ...] = ()
    pitch: dict[str, Any] = field(default_factory=dict)
    volume: dict[str, Any] = field(default_factory=dict)
    content: dict[str, Any] | None = None
    message: str | None = None

    @property
    def fillers_per_min(self) -> float:
        minutes = self.speaking_time_s / 60
        return round(len(self.fillers) / minutes, 1) if minutes > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "duration_s": self.duration_s,
            "speech_detected": self.speech_detected,
            "transcript": self.transcript,
            "words": [_word(w) for w in self.words],
            "speaking_time_s": self.speaking_time_s,
            "wpm": self.wpm,
            "fillers": [{**_word(f), "source": f.source} for f in self.fillers],
            "filler_count": len(self.fillers),
            "fillers_per_min": self.fillers_per_min,
            "crutch_words": [_word(w) for w in self.crutch_words],
            "crutch_word_count": len(self.crutch_words),
            "restarts": [_word(w) for w in self.restarts],
            "restart_count": len(self.restarts),
            "pauses": [{"start": p.start, "end": p.end} for p in self.pauses],
            "long_pause_count": len(self.pauses),
            "pitch": dict(self.pitch),
            "volume": dict(self.volume),
            "content": self.content,
            "message": self.message,
        }
