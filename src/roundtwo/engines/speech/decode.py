"""Decode an uploaded recording to 16 kHz mono float32, in a child process with limits."""

from __future__ import annotations

import math
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .errors import SpeechError

RATE = 16_000
MAX_BYTES = 50 * 1024 * 1024
MAX_SECONDS = 10 * 60
TIMEOUT_SECONDS = 60
CHILD_MEMORY_BYTES = 2 * 1024**3
CHILD = Path(__file__).with_name("decode_child.py")

Samples = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Limits:
    """What one upload may cost: its size, its length, the decoder's time and memory."""

    max_bytes: int = MAX_BYTES
    max_seconds: int = MAX_SECONDS
    timeout_seconds: float = TIMEOUT_SECONDS
    memory_bytes: int = CHILD_MEMORY_BYTES


LIMITS = Limits()
TOO_SLOW = "The recording took too long to decode."


def decode_audio(data: bytes, filename: str = "", limits: Limits = LIMITS) -> Samples:
    """The container is detected from the bytes, so a wrong extension does not matter."""
    if not data:
        raise SpeechError("The recording is empty.")
    if len(data) > limits.max_bytes:
        raise SpeechError(f"The recording is larger than {limits.max_bytes // (1024 * 1024)} MB.")
    cpu_seconds = max(math.ceil(limits.timeout_seconds), 1)
    command = [sys.executable, "-I", str(CHILD)]
    command += [str(limits.max_seconds), str(cpu_seconds), str(limits.memory_bytes)]
    try:
        done = subprocess.run(
            command, input=data, capture_output=True, timeout=limits.timeout_seconds
        )
    except subprocess.TimeoutExpired:
        raise SpeechError(TOO_SLOW) from None
    if done.returncode == 3:
        raise SpeechError(done.stderr.decode("utf-8", "replace").strip())
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        raise SpeechError(TOO_SLOW)
    if done.returncode != 0:
        raise SpeechError(f"The recording {Path(filename).name!r} could not be decoded.")
    return np.frombuffer(done.stdout, dtype="<f4").astype(np.float32)
