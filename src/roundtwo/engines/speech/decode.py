"""Decode an uploaded recording to 16 kHz mono float32, in a child process with limits."""

from __future__ import annotations

import subprocess
import sys
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


def decode_audio(data: bytes, filename: str = "") -> Samples:
    """The container is detected from the bytes, so a wrong extension does not matter."""
    if not data:
        raise SpeechError("The recording is empty.")
    if len(data) > MAX_BYTES:
        raise SpeechError(f"The recording is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    command = [sys.executable, "-I", str(CHILD)]
    command += [str(MAX_SECONDS), str(TIMEOUT_SECONDS), str(CHILD_MEMORY_BYTES)]
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise SpeechError("The recording took too long to decode.") from None
    if done.returncode == 3:
        raise SpeechError(done.stderr.decode("utf-8", "replace").strip())
    if done.returncode != 0:
        raise SpeechError(f"The recording {Path(filename).name!r} could not be decoded.".strip())
    return np.frombuffer(done.stdout, dtype="<f4").astype(np.float32)
