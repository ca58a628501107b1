"""Fillers from the words and from the sound, each filled pause counted once, with its time.

Whisper's text misses hesitations (it leaves out hums and an "uh" before a restart) and, in a
run of them, may write more "uh"s than were said. The sound misses the fillers that are words
("like", "you know"). So:

- a hesitation Whisper wrote near a level, voiced stretch (filled_pauses.py) is moved onto it
  (Whisper places "uh" up to 0.4 s late), and several on one stretch are one filled pause;
- a stretch where no word was heard, or only a hum spelt as letters ("M -M"), is a filler
  Whisper left out: it is added, with the source "sound";
- a stretch inside an ordinary word is a drawn-out syllable, not a filler: ignored, unless
  quiet on both sides shows it is a sound on its own and the word's timestamps run well past
  it (Whisper stretches a word's timestamps over a hesitation it did not write);
- every filler Whisper wrote is kept (source "words").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .filled_pauses import Stretch
from .fillers import core, find_fillers, is_sound
from .transcribe import Word

# a stretch that ordinary words cover for at most this share of its length lies between them
MAX_COVERED = 0.5
LOOSE_S = 0.3  # a word spanning this much more than the stretch was timed loosely
# Whisper's timestamps for a hesitation can sit this far from its sound
NEAR_S = 0.4
HUM = re.compile(r"^[hm]*m[hm]*$")  # "m", "hm", "mhm": letters Whisper writes for a hum
SOUND_TEXT = "uh"  # the sound alone cannot tell "uh" from "um" reliably: named for the common one


@dataclass(frozen=True)
class Filler(Word):
    source: str = "words"  # "words": Whisper wrote it; "sound": heard only in the sound


def _overlap(word: Word, stretch: Stretch) -> float:
    return max(0.0, min(word.end, stretch.end) - max(word.start, stretch.start))


def _covered(stretch: Stretch, words: tuple[Word, ...]) -> float:
    """The share of the stretch that ordinary (non-hesitation) words span."""
    seconds = sum(_overlap(w, stretch) for w in words if not is_hum(w))
    return seconds / max(stretch.end - stretch.start, 0.01)


def _stretched_over(stretch: Stretch, words: tuple[Word, ...]) -> bool:
    """A sound on its own (quiet both sides) under words whose timestamps run well past it:
    Whisper spread a neighbouring word over a hesitation it did not write. A short word said
    between two pauses ("..., I hope") is timed tightly and keeps its sound."""
    over = [w for w in words if not is_hum(w) and _overlap(w, stretch) > 0]
    loose = all(w.end - w.start - _overlap(w, stretch) >= LOOSE_S for w in over)
    return stretch.isolated and loose


def _near(word: Word, stretch: Stretch) -> bool:
    return word.start - NEAR_S < stretch.end and stretch.start < word.end + NEAR_S


def is_hum(word: Word) -> bool:
    """A hesitation or a hum Whisper spelt as letters ("M -M -M", "Hm")."""
    return is_sound(word) or bool(HUM.match(core(word)))


def count_fillers(words: tuple[Word, ...], stretches: tuple[Stretch, ...]) -> tuple[Filler, ...]:
    """Whisper's fillers, moved onto the filled pause they were heard in, plus the filled
    pauses Whisper left out; one filler per filled pause."""
    text = [Filler(w.text, w.start, w.end) for w in find_fillers(words)]
    found: list[Filler] = []
    used: set[int] = set()
    for stretch in stretches:
        near = [
            i for i, f in enumerate(text) if i not in used and is_sound(f) and _near(f, stretch)
        ]
        if near:
            used.update(near)
            found.append(Filler(text[near[0]].text, stretch.start, stretch.end))
        elif _covered(stretch, words) <= MAX_COVERED or _stretched_over(stretch, words):
            hums = [w for w in words if is_hum(w) and _overlap(w, stretch) > 0]
            name = "mm" if hums and not any(is_sound(w) for w in hums) else SOUND_TEXT
            found.append(Filler(name, stretch.start, stretch.end, "sound"))
    found += [f for i, f in enumerate(text) if i not in used]
    return tuple(sorted(found, key=lambda f: f.start))
