"""Runs in a child process: decode audio bytes from stdin to 16 kHz mono float32 on stdout.

Kept free of roundtwo imports so the parent can start it by path with `python -I`; a decoder
crash or a hostile file then only takes down this process. Exit code 3 means a known failure
whose sentence is on stderr.
"""

from __future__ import annotations

import io
import resource
import sys
from typing import Any, NoReturn

RATE = 16_000


def limit_resources(cpu_seconds: int, memory_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


def fail(sentence: str) -> NoReturn:
    sys.stderr.write(sentence)
    sys.exit(3)


def stated_seconds(container: Any, stream: Any) -> float:
    """The length the file's header claims, or 0 when it claims none."""
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return float(container.duration) / 1_000_000  # av.time_base
    return 0.0


def decode(data: bytes, max_seconds: float) -> bytes:
    import av
    import numpy as np

    try:
        container = av.open(io.BytesIO(data), mode="r")
    except (av.error.FFmpegError, ValueError, IndexError):
        fail("This file is not an audio recording we can read.")
    too_long = f"This recording is longer than {int(max_seconds // 60)} minutes."
    with container:
        if not container.streams.audio:
            fail("This file has no sound track.")
        stream = container.streams.audio[0]
        # the header's length refuses a long file at once; counting samples catches a lying one
        if stated_seconds(container, stream) > max_seconds + 1:
            fail(too_long)
        # one-second output frames: far fewer Python round trips than one per 20 ms packet
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE, frame_size=RATE)
        chunks: list[np.ndarray] = []
        total = 0
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunk = out.to_ndarray().reshape(-1).astype(np.float32)
                    chunks.append(chunk)
                    total += chunk.size
                if total > max_seconds * RATE:
                    fail(too_long)
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1).astype(np.float32))
        except (av.error.FFmpegError, ValueError) as exc:
            if not chunks:
                fail("This recording is damaged and could not be decoded.")
            del exc  # a damaged tail after good audio: keep what decoded
    if not chunks:
        fail("This file contains no audio samples.")
    return np.concatenate(chunks).astype("<f4").tobytes()


def main() -> None:
    max_seconds, cpu_seconds, memory_bytes = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    limit_resources(cpu_seconds, memory_bytes)
    data = sys.stdin.buffer.read()
    try:
        decoded = decode(data, max_seconds)
    except MemoryError:
        fail("This recording needs too much memory to decode.")
    sys.stdout.buffer.write(decoded)


if __name__ == "__main__":
    main()
