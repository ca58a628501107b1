"""SubRip (.srt) subtitles, read with the `srt` library; speakers come from "Name:" labels."""

from __future__ import annotations

import logging

import srt  # type: ignore[import-untyped]

from .errors import unreadable
from .labelled import cues_from_lines
from .markup import strip_markup
from .model import Cue, Line


class _NoSkippedText(logging.Filter):
    """`srt` logs each subtitle it skips with its text; transcripts are private, logs are not."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Skipped unparseable SRT data")


logging.getLogger(srt.__name__).addFilter(_NoSkippedText())


def parse_srt(text: str) -> list[Cue]:
    try:
        subtitles = list(srt.parse(text, ignore_errors=True))
    except (srt.SRTParseError, ValueError) as exc:
        raise unreadable(
            "it looks like a SubRip (.srt) file, but its subtitles could not be read."
        ) from exc
    lines: list[Line] = []
    for sub in subtitles:
        start, end = sub.start.total_seconds(), sub.end.total_seconds()
        for i, line in enumerate(sub.content.split("\n")):
            lines.append(Line(strip_markup(line), start, end, block_start=i == 0))
    return cues_from_lines(lines)
