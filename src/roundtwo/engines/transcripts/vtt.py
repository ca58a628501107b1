"""WebVTT as Teams, Zoom and Google Meet export it, read with webvtt-py.

Teams names speakers with voice tags (`<v Jane Doe>...</v>`, sometimes two voices in one cue);
Zoom and Meet write "Jane Doe: ..." into the cue text, which the shared label reader handles.
"""

from __future__ import annotations

import re

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

from .errors import unreadable
from .labelled import cues_from_lines
from .markup import strip_markup
from .model import Cue, Line

_VOICE = re.compile(r"<v(?:\.[\w-]+)*\s+([^>]+)>")


def _voiced_parts(raw: str) -> list[tuple[str | None, str]]:
    """Split cue text at each voice tag: webvtt-py's `Caption.voice` only reads the first."""
    parts: list[tuple[str | None, str]] = []
    voice: str | None = None
    pos = 0
    for match in _VOICE.finditer(raw):
        if raw[pos : match.start()].strip():
            parts.append((voice, raw[pos : match.start()]))
        voice, pos = match.group(1).strip(), match.end()
    parts.append((voice, raw[pos:]))
    return parts


def _lines(caption: webvtt.Caption) -> list[Line]:
    start = caption.start_time.in_milliseconds() / 1000
    end = caption.end_time.in_milliseconds() / 1000
    lines: list[Line] = []
    for voice, text in _voiced_parts(caption.raw_text):
        for i, line in enumerate(text.split("\n")):
            first = not lines or (i == 0 and voice is not None)
            line_voice = strip_markup(voice) if voice and i == 0 else None
            lines.append(Line(strip_markup(line), start, end, line_voice, first))
    return lines


def parse_vtt(text: str) -> list[Cue]:
    if not text.lstrip("\ufeff \t\r\n").startswith("WEBVTT"):
        text = "WEBVTT\n\n" + text  # Some tools drop the header; the cues are still WebVTT.
    try:
        captions = webvtt.from_string(text).captions
    except (MalformedFileError, MalformedCaptionError, ValueError) as exc:
        raise unreadable(
            "it starts like a WebVTT (.vtt) file, but its captions could not be read."
        ) from exc
    return cues_from_lines([line for caption in captions for line in _lines(caption)])
