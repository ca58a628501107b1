"""Turn a written conversation (bench/transcripts/messy/*.script) into the file a tool exports.

A script's first line names the format (`format: teams-vtt | zoom-vtt | srt | docx-teams |
docx-older`); every other line is `Name: what they said`. Times run on at about 2.8 words a
second. Exports split long turns the way the tools do: Teams WebVTT and SubRip into cues of at
most 14 words, cut mid-sentence; Zoom repeats the name on every cue, SubRip only on a turn's first.
"""

from __future__ import annotations

import io

import docx

_CUE_WORDS = 14


def _lines(script: str) -> tuple[str, list[tuple[str, str]]]:
    head, *rest = [x for x in script.splitlines() if x.strip()]
    turns = []
    for line in rest:
        name, text = line.split(": ", 1)
        turns.append((name.strip(), text.strip()))
    return head.removeprefix("format:").strip(), turns


def _timed(turns: list[tuple[str, str]]) -> list[tuple[str, str, float, float, bool]]:
    """(name, chunk, start, end, first chunk of the turn) for every cue."""
    out, t = [], 1.0
    for name, text in turns:
        words = text.split()
        for i in range(0, len(words), _CUE_WORDS):
            chunk = words[i : i + _CUE_WORDS]
            length = 0.36 * len(chunk) + 0.2
            out.append((name, " ".join(chunk), t, t + length, i == 0))
            t += length + 0.2
        t += 0.4
    return out


def _stamp(seconds: float, comma: bool = False) -> str:
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{',' if comma else '.'}{ms:03d}"


def _vtt(cues: list[tuple[str, str, float, float, bool]], teams: bool) -> str:
    out = ["WEBVTT", ""]
    for n, (name, text, start, end, _) in enumerate(cues, 1):
        cue_id = f"3f2a9c1e-7b44-4d0a-9e61-5c8d2b7a0f13/{n}-0" if teams else str(n)
        body = f"<v {name}>{text}</v>" if teams else f"{name}: {text}"
        out += [cue_id, f"{_stamp(start)} --> {_stamp(end)}", body, ""]
    return "\n".join(out)


def _srt(cues: list[tuple[str, str, float, float, bool]]) -> str:
    out = []
    for n, (name, text, start, end, first) in enumerate(cues, 1):
        body = f"{name}: {text}" if first else text
        out += [str(n), f"{_stamp(start, True)} --> {_stamp(end, True)}", body, ""]
    return "\n".join(out)


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        first, *more = paragraph.split("\n")
        run = document.add_paragraph().add_run(first)
        for line in more:
            run.add_break()
            run.add_text(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def render(script: str) -> tuple[bytes, str]:
    """The exported bytes and the file extension a user's file would have."""
    kind, turns = _lines(script)
    cues = _timed(turns)
    if kind in {"teams-vtt", "zoom-vtt"}:
        return _vtt(cues, teams=kind == "teams-vtt").encode("utf-8"), ".vtt"
    if kind == "srt":
        return _srt(cues).encode("utf-8"), ".srt"
    if kind == "docx-teams":
        paragraphs = ["Interview", "7 December 2026, 10:00", "Transcript started"]
        for name, text, start, _, first in cues:
            if first:
                paragraphs += [f"{name}   {int(start // 60)}:{int(start % 60):02d}", text]
            else:
                paragraphs[-1] += " " + text
        return _docx(paragraphs), ".docx"
    if kind == "docx-older":
        stamp = "{}:{}:{:.3f}"
        paragraphs = [
            f"{stamp.format(int(s // 3600), int(s % 3600 // 60), s % 60)} --> "
            f"{stamp.format(int(e // 3600), int(e % 3600 // 60), e % 60)}\n{name}\n{text}"
            for name, text, s, e, _ in cues
        ]
        return _docx(paragraphs), ".docx"
    raise ValueError(f"unknown format {kind!r}")
