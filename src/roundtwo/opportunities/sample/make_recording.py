"""Make the sample's spoken answer once, so an installed Round Two needs no speech synthesizer.

Run from a checkout with espeak-ng installed (Debian: `apt install espeak-ng`):

    .venv/bin/python -m roundtwo.opportunities.sample.make_recording

It speaks the answer written in knowledge/demo_opportunity.json ("rehearsal" -> "spoken_text")
in a clear American voice at 150 words a minute, and stores it as Ogg/Opus (mono, 24 kbit/s),
the way a browser would send a recording, next to this file. Commit the result.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import av
import numpy as np

from roundtwo import knowledge

HERE = Path(__file__).parent
VOICE = ["-v", "en-us", "-s", "150", "-p", "45", "-g", "4"]  # -g: a short gap between words
RATE = 48_000  # Opus' own rate
BITRATE = 24_000


def speak(text: str) -> tuple[np.ndarray, int]:
    """espeak-ng's WAV as float samples with their rate."""
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "answer.wav"
        subprocess.run(["espeak-ng", *VOICE, "-w", str(wav), text], check=True)
        with av.open(str(wav)) as source:
            frames = [f.to_ndarray() for f in source.decode(audio=0)]
            rate = source.streams.audio[0].rate
    samples = np.concatenate(frames, axis=1).astype(np.float32)
    if samples.dtype.kind == "i" or np.abs(samples).max() > 1.5:
        samples = samples / 32768.0
    return samples.reshape(-1), rate


def to_opus(samples: np.ndarray, rate: int) -> bytes:
    """Resampled to 48 kHz, with half a second of quiet before and after, as a real take has."""
    quiet = np.zeros(rate // 2, dtype=np.float32)
    padded = np.concatenate([quiet, samples, quiet])
    resampled = np.interp(
        np.arange(int(len(padded) * RATE / rate)) * rate / RATE, np.arange(len(padded)), padded
    ).astype(np.float32)
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=RATE)
        stream.layout = "mono"
        stream.bit_rate = BITRATE
        frame = av.AudioFrame.from_ndarray(resampled.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = RATE
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return buffer.getvalue()


def main() -> int:
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed (Debian: apt install espeak-ng).", file=sys.stderr)
        return 1
    rehearsal = knowledge.load("demo_opportunity")["rehearsal"]
    target = HERE / rehearsal["recording"]
    target.write_bytes(to_opus(*speak(rehearsal["spoken_text"])))
    print(f"Wrote {target} ({target.stat().st_size // 1024} KB).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
