"""parse_transcript and list_speakers: bytes in, speaker turns out."""

from __future__ import annotations

from collections import Counter

from .decode import decode_text
from .detect import binary_format, text_format
from .docx_format import docx_lines
from .errors import unreadable
from .model import MAX_BYTES, SpeakerSummary, Transcript, Turn
from .srt_format import parse_srt
from .text_styles import parse_text, parse_text_lines
from .turns import build_turns
from .vtt import parse_vtt

_FIRST_WORDS = 12
MAX_SPEAKERS = 50  # a panel interview has a handful; more means the names were misread
_READERS = {"vtt": parse_vtt, "srt": parse_srt, "text": parse_text}


def _check_size(data: bytes) -> None:
    if not data.strip():
        raise unreadable("it is empty.")
    if len(data) > MAX_BYTES:
        size = len(data) / (1024 * 1024)
        raise unreadable(
            f"it is {size:.1f} MB and the limit is {MAX_BYTES // (1024 * 1024)} MB. "
            "Export only the interview, or split the file and import the part you need."
        )


def _check_speakers(turns: tuple[Turn, ...]) -> None:
    names = {turn.speaker for turn in turns}
    if not names:
        raise unreadable(
            "we could not find who is speaking. Each line or caption needs to start with the "
            'speaker\'s name, like "Jane Doe: ..." or "Jane Doe  0:03".'
        )
    if len(names) == 1:
        raise unreadable(
            f"we only found one speaker ({names.pop()}). An interview transcript needs at "
            "least you and one interviewer, each named."
        )
    if len(names) > MAX_SPEAKERS:
        raise unreadable(
            f"we found {len(names):,} different speakers, far more than an interview has, so "
            'the names were probably misread. Each turn needs to start with "Name: ...".'
        )


def parse_transcript(data: bytes, filename: str) -> Transcript:
    _check_size(data)
    fmt = binary_format(data, filename)
    if fmt == "docx":
        cues = parse_text_lines(docx_lines(data))
    else:
        text = decode_text(data)
        fmt = text_format(text, filename)
        cues = _READERS[fmt](text)
    turns = build_turns(cues)
    _check_speakers(turns)
    return Transcript(fmt, turns)


def list_speakers(transcript: Transcript) -> tuple[SpeakerSummary, ...]:
    turns: Counter[str] = Counter()
    words: Counter[str] = Counter()
    first: dict[str, list[str]] = {}
    for turn in transcript.turns:
        turns[turn.speaker] += 1
        said = turn.text.split()
        words[turn.speaker] += len(said)
        opening = first.setdefault(turn.speaker, [])
        opening.extend(said[: _FIRST_WORDS + 1 - len(opening)])
    order = {name: rank for rank, name in enumerate(first)}  # first appearance breaks ties
    summaries = []
    for name in sorted(order, key=lambda n: (-words[n], order[n])):
        opening = first[name]
        text = " ".join(opening[:_FIRST_WORDS]) + ("…" if len(opening) > _FIRST_WORDS else "")
        summaries.append(SpeakerSummary(name, turns[name], words[name], text))
    return tuple(summaries)
