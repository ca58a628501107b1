"""Clock times as they appear in transcripts: "0:03", "00:01:02", "0:0:5.120", "00:00:01,500"."""

from __future__ import annotations

import re

CLOCK = r"\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?"

# Only bracketed times or full h:mm:ss count as inline stamps: a bare "10:30" in an answer is
# far more often a time of day than an editor's marker.
_INLINE = re.compile(
    r"\s*(?:[\[(]\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]"
    r"|(?<![\w:])\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?(?![\w:]))"
)


def clock_seconds(value: str) -> float | None:
    """Seconds for "m:ss", "h:mm:ss" or either with a fraction; None if it is not a clock."""
    if not re.fullmatch(CLOCK, value.strip()):
        return None
    whole, _, fraction = value.strip().replace(",", ".").partition(".")
    seconds = 0.0
    for part in whole.split(":"):
        seconds = seconds * 60 + int(part)
    if fraction:
        seconds += int(fraction) / 10 ** len(fraction)
    return seconds


def strip_inline_timestamps(text: str) -> str:
    return _INLINE.sub("", text)
