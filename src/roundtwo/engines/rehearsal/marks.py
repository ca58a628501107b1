"""The transcript as tokens, with fillers, restarts and long pauses marked for the report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Mark = Literal["", "filler", "restart"]
SLACK = 0.01  # timings are rounded to 10 ms in the report


@dataclass(frozen=True)
class Token:
    text: str
    start: float
    end: float
    mark: Mark
    pause_before: float  # seconds of silence before this word when it is a long pause, else 0


def _within(word: dict[str, Any], spans: list[dict[str, Any]]) -> bool:
    """Multi-word fillers ("you know") span several words: each word inside is marked."""
    return any(
        s["start"] - SLACK <= word["start"] and word["end"] <= s["end"] + SLACK for s in spans
    )


def marked_transcript(report: dict[str, Any]) -> list[Token]:
    fillers = list(report.get("fillers", []))
    restarts = list(report.get("restarts", []))
    pauses = {round(p["end"], 2): round(p["end"] - p["start"], 1) for p in report.get("pauses", [])}
    tokens: list[Token] = []
    for w in report.get("words", []):
        mark: Mark = "filler" if _within(w, fillers) else "restart" if _within(w, restarts) else ""
        pause = pauses.get(round(w["start"], 2), 0.0)
        tokens.append(Token(w["text"], w["start"], w["end"], mark, pause))
    return tokens
