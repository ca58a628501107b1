"""Cues to turns: clean the text, settle each speaker's name, merge a speaker's run of cues."""

from __future__ import annotations

from collections import Counter, defaultdict

from .labels import clean_name, name_key
from .model import Cue, Turn
from .timecodes import strip_inline_timestamps


def clean_text(raw: str) -> str:
    """Markup is the format readers' business (plain text may legitimately contain "<")."""
    return " ".join(strip_inline_timestamps(raw).split())


def _display_names(cues: list[Cue]) -> dict[str, str]:
    """One spelling per person: the most used, and never SHOUTING if another exists."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for cue in cues:
        if cue.speaker:
            name = clean_name(cue.speaker)
            spellings[name_key(name)][name] += 1
    display = {}
    for key, counts in spellings.items():
        ranked = sorted(counts, key=lambda n: (n.isupper(), -counts[n]))
        best = ranked[0]
        if best.isupper() and len(best) > 3:
            best = best.title()
        display[key] = best
    return display


def _with_ends(cues: list[Cue]) -> list[Cue]:
    """Formats that give only start times: a cue ends where the next one starts."""
    out = []
    for i, cue in enumerate(cues):
        end = cue.end
        if end is None and cue.start is not None and i + 1 < len(cues):
            end = cues[i + 1].start
        out.append(Cue(cue.speaker, cue.text, cue.start, end))
    return out


def _merge(run: list[Cue], speaker: str) -> Turn:
    starts = [c.start for c in run if c.start is not None]
    ends = [c.end for c in run if c.end is not None]
    text = " ".join(c.text for c in run)
    return Turn(speaker, text, starts[0] if starts else None, max(ends) if ends else None)


def build_turns(cues: list[Cue]) -> tuple[Turn, ...]:
    display = _display_names(cues)
    runs: list[tuple[str, list[Cue]]] = []
    speaker: str | None = None
    for cue in _with_ends(cues):
        if cue.speaker:
            speaker = display[name_key(cue.speaker)]
        text = clean_text(cue.text)
        if speaker is None or not text:
            continue  # words before the first name (a title, a date) belong to nobody
        cleaned = Cue(speaker, text, cue.start, cue.end)
        if runs and runs[-1][0] == speaker:
            runs[-1][1].append(cleaned)
        else:
            runs.append((speaker, [cleaned]))
    return tuple(_merge(run, name) for name, run in runs)
