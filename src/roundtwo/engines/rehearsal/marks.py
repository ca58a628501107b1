"""The transcript as tokens, with fillers, crutch words, restarts and long pauses marked."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

Mark = Literal["", "filler", "crutch", "restart"]
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


def _mark(word: dict[str, Any], report: dict[str, Any]) -> Mark:
    for mark, key in (("filler", "fillers"), ("crutch", "crutch_words"), ("restart", "restarts")):
        if _within(word, list(report.get(key, []))):
            return mark  # type: ignore[return-value]  # the tuple's literals are Marks
    return ""


def marked_transcript(report: dict[str, Any]) -> list[Token]:
    """Every word, plus a "(uh)" token for each filled pause heard only in the sound, so it can
    be seen in the transcript and played from its own time."""
    pauses = {round(p["end"], 2): round(p["end"] - p["start"], 1) for p in report.get("pauses", [])}
    tokens: list[Token] = []
    for w in report.get("words", []):
        pause = pauses.get(round(w["start"], 2), 0.0)
        tokens.append(Token(w["text"], w["start"], w["end"], _mark(w, report), pause))
    for f in report.get("fillers", []):
        if f.get("source") == "sound":
            tokens.append(Token(f"({f['text']})", f["start"], f["end"], "filler", 0.0))
    return sorted(tokens, key=lambda t: t.start)


def tally(spans: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """Each filler or crutch word said, with how often, most frequent first."""
    counts = Counter(s["text"].strip(",.?!").lower() for s in spans)
    return counts.most_common()
