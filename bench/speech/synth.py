"""Labelled speech clips made with espeak-ng: text runs and silences of known length.

    .venv/bin/python bench/speech/synth.py OUT.wav --voice en-us --wpm 150 \\
        --say "{Um}, I led the team." --pause 3 --say "We shipped it, {uh}, early."
    .venv/bin/python bench/speech/synth.py OUT.wav --demo   # the browser test's clip

Markup in the text: `{um}` is a filler (one entry, even for "{you know}"), `[like]` an ordinary
use of a word a filler counter might take for one; the braces and brackets are not spoken. Each
text run is spoken by its own `espeak-ng` call, its edge silence trimmed, and the runs are joined
with the silences asked for, so every silence's place in the clip is known to the sample.
Spellings: said by espeak-ng at the start of a sentence, "um", "umm", "uh", "er", "erm" and
"hmm" were reported as fillers in 4 of 4 voices, "mm" 3, "ah" 2, "uhh" 1 (bench/RESULTS.md,
speech section); Whisper writes "erm" and "hmm" as "um"/"umm" at times, which is still a filler.
"Ummm" and "Uhhh" were dropped in a first try, and so was "Er" before "the project was late",
so the labelled scripts use um, uh, erm and hmm.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tempfile
import wave
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt

ESPEAK = "espeak-ng"
ESPEAK_RATE = 22_050
FRAME_S = 0.01
TRIM_DBFS = -45.0  # espeak's own lead-in and tail are digital silence or very near it
MARKUP = re.compile(r"\{([^}]*)\}|\[([^\]]*)\]|([^{}\[\]]+)")

Kind = Literal["word", "filler", "ordinary"]
Audio = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Say:
    text: str


@dataclass(frozen=True)
class Silence:
    seconds: float


Segment = Say | Silence


@dataclass(frozen=True)
class Token:
    """One labelled unit: a word, a filler (maybe two words) or an ordinary 'like'/'so'."""

    text: str
    kind: Kind


@dataclass(frozen=True)
class Span:
    start: float
    end: float


@dataclass(frozen=True)
class Labels:
    voice: str
    wpm: int
    rate: int
    duration_s: float
    speech: Span  # first spoken sample to last
    runs: tuple[Span, ...]  # each text run, trimmed
    silences: tuple[Span, ...]  # each silence placed between runs
    tokens: tuple[Token, ...]

    @property
    def words(self) -> list[str]:
        """The reference words (a two-word filler gives two), lower case, no punctuation."""
        return [w for t in self.tokens for w in normal_words(t.text)]

    @property
    def fillers(self) -> list[str]:
        return [t.text.lower() for t in self.tokens if t.kind == "filler"]

    def long_silences(self, seconds: float = 2.0) -> list[Span]:
        return [s for s in self.silences if s.end - s.start > seconds]

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "words": self.words, "fillers": self.fillers}


def normal_words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ")).split()


def parse_markup(text: str) -> tuple[str, list[Token]]:
    """'{Um}, I [like] it.' -> ('Um, I like it.', [Um/filler, I/word, like/ordinary, it/word])."""
    spoken, tokens = [], []
    for filler, ordinary, plain in MARKUP.findall(text):
        spoken.append(filler or ordinary or plain)
        if filler or ordinary:
            tokens.append(Token(filler or ordinary, "filler" if filler else "ordinary"))
        else:
            tokens += [Token(w, "word") for w in plain.split() if normal_words(w)]
    return "".join(spoken), tokens


def speak(text: str, voice: str, wpm: int) -> Audio:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "run.wav"
        command = [ESPEAK, "-v", voice, "-s", str(wpm), "-w", str(path), text]
        subprocess.run(command, check=True, capture_output=True)
        samples, rate = read_wav(path)
    if rate != ESPEAK_RATE:
        raise RuntimeError(f"espeak-ng wrote {rate} Hz, expected {ESPEAK_RATE}")
    return samples


def read_wav(path: Path) -> tuple[Audio, int]:
    with wave.open(str(path), "rb") as src:
        rate, raw = src.getframerate(), src.readframes(src.getnframes())
    return (np.frombuffer(raw, dtype="<i2") / 32768).astype(np.float32), rate


def write_wav(path: Path, samples: Audio, rate: int) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())


def trim(samples: Audio, rate: int) -> Audio:
    """Cut the edge frames quieter than TRIM_DBFS, keeping 10 ms either side."""
    frame = int(rate * FRAME_S)
    count = samples.size // frame
    rms = np.sqrt(np.mean(samples[: count * frame].reshape(count, frame) ** 2, axis=1))
    loud = np.flatnonzero(20 * np.log10(np.maximum(rms, 1e-9)) > TRIM_DBFS)
    if loud.size == 0:
        return samples[:0]
    first, last = max(loud[0] - 1, 0), min(loud[-1] + 2, count)
    return samples[first * frame : last * frame]


def synthesize(
    script: Sequence[Segment],
    voice: str,
    wpm: int,
    out: Path,
    *,
    lead_in: float = 0.6,
    tail: float = 0.8,
    noise_dbfs: float | None = -60.0,
    join_s: float = 0.25,
) -> Labels:
    """Write a WAV of the script to `out` and return where everything in it is.

    Consecutive text runs are joined by `join_s` of silence (a breath, not a labelled silence);
    `noise_dbfs` adds a faint steady hiss so that silences are not digital zero, as in a room.
    """
    rate = ESPEAK_RATE
    pieces: list[Audio] = []
    runs: list[Span] = []
    silences: list[Span] = []
    tokens: list[Token] = []
    previous: Segment | None = None
    for segment in script:
        if isinstance(segment, Silence):
            start = lead_in + sum(p.size for p in pieces) / rate
            silences.append(Span(round(start, 3), round(start + segment.seconds, 3)))
            pieces.append(np.zeros(int(segment.seconds * rate), np.float32))
        else:
            if isinstance(previous, Say):
                pieces.append(np.zeros(int(join_s * rate), np.float32))
            spoken, found = parse_markup(segment.text)
            audio = trim(speak(spoken, voice, wpm), rate)
            start = lead_in + sum(p.size for p in pieces) / rate
            runs.append(Span(round(start, 3), round(start + audio.size / rate, 3)))
            pieces.append(audio)
            tokens += found
        previous = segment
    body = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
    samples = np.concatenate(
        [np.zeros(int(lead_in * rate), np.float32), body, np.zeros(int(tail * rate), np.float32)]
    )
    if noise_dbfs is not None:
        hiss = np.random.default_rng(7).standard_normal(samples.size) * 10 ** (noise_dbfs / 20)
        samples = (samples + hiss).astype(np.float32)
    write_wav(out, samples, rate)
    speech = Span(runs[0].start, runs[-1].end) if runs else Span(0.0, 0.0)
    duration = round(samples.size / rate, 3)
    return Labels(voice, wpm, rate, duration, speech, tuple(runs), tuple(silences), tuple(tokens))


def script_from_json(items: Sequence[str | float]) -> list[Segment]:
    """The labels files write a script as a list: a string is spoken, a number is silence."""
    return [Silence(float(i)) if isinstance(i, int | float) else Say(i) for i in items]


# The browser test's clip (tests/engines/speech/test_synthetic.py builds the same): 2 fillers,
# 1 long pause (3.0 s), an ordinary "like", about 17 s.
DEMO_VOICE, DEMO_WPM = "en-us", 150
DEMO_SCRIPT: tuple[Segment, ...] = (
    Say("{Um}, the project I'm proudest of was moving our warehouse to a new site."),
    Silence(3.0),
    Say("We had three weeks, {uh}, and I wrote the plan on the first day."),
    Say("It went live on time, and I [like] how the team still talks about it."),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="the WAV file to write")
    parser.add_argument("--voice", default=DEMO_VOICE, help="an espeak-ng voice, e.g. en-gb+f3")
    parser.add_argument("--wpm", type=int, default=DEMO_WPM, help="espeak-ng's speed (-s)")
    parser.add_argument("--say", action="append", default=[], help="a text run (markup ok)")
    parser.add_argument("--pause", action="append", type=float, help="a silence, in seconds")
    parser.add_argument("--demo", action="store_true", help="the browser test's clip")
    args = parser.parse_args()
    if args.demo:
        script: list[Segment] = list(DEMO_SCRIPT)
    else:
        script = []
        pauses = list(args.pause or [])
        for i, text in enumerate(args.say):
            script.append(Say(text))
            if i < len(args.say) - 1 and pauses:
                script.append(Silence(pauses.pop(0)))
    labels = synthesize(script, args.voice, args.wpm, args.out)
    print(json.dumps(labels.as_dict(), indent=1))


if __name__ == "__main__":
    main()
