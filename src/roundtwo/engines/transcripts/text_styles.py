"""Plain-text transcripts: the label styles people paste or export.

- "Name: text" per line, unlabelled lines continuing the last speaker;
- "[00:01:02] Name: text", "(00:01:02) Name: text", "00:01:02 Name: text";
- "Name  0:03" alone on a line, the words on the following lines (Otter, Teams copy, Teams .docx);
- older Teams blocks: "0:0:0.0 --> 0:0:5.120", then the name, then the words.
"""

from __future__ import annotations

import re

from .labelled import cues_from_lines
from .labels import looks_like_name
from .model import Cue, Line
from .timecodes import CLOCK, clock_seconds

_ARROW = re.compile(rf"^\s*(?P<start>{CLOCK})\s*-->\s*(?P<end>{CLOCK})\s*$")
_LOOSE_NAME = re.compile(r"^[^\W\d_][\w'’.,\- ()]{0,60}$")


def _arrow_name(line: str) -> str | None:
    """The name line of an older Teams block ("Doe, Jane", "Jane Doe (Guest)")."""
    line = line.strip()
    if not _LOOSE_NAME.match(line) or line.endswith((".", ",")):
        return None
    words = line.replace(",", " ").split()
    return line if len(words) <= 5 and looks_like_name(line.split("(")[0]) else None


def _arrow_lines(lines: list[str]) -> list[Line]:
    out: list[Line] = []
    times: tuple[float | None, float | None] | None = None
    expecting_name = False
    for raw in lines:
        arrow = _ARROW.match(raw)
        if arrow:
            times = clock_seconds(arrow["start"]), clock_seconds(arrow["end"])
            expecting_name = True
            continue
        if not raw.strip():
            continue
        start, end = times or (None, None)
        name = _arrow_name(raw) if expecting_name else None
        if name:
            out.append(Line("", start, end, voice=name))
        else:
            out.append(Line(raw, start, end, block_start=expecting_name))
        expecting_name = False
    return out


def parse_text_lines(lines: list[str]) -> list[Cue]:
    if sum(1 for line in lines if _ARROW.match(line)) >= 2:
        return cues_from_lines(_arrow_lines(lines))
    return cues_from_lines([Line(line, block_start=False) for line in lines])


def parse_text(text: str) -> list[Cue]:
    return parse_text_lines(text.splitlines())
