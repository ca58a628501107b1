"""Real clips from the shared evaluation set; each is analysed once per test run."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import tempfile
import wave
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from roundtwo.engines.speech import analyze_audio


def find_eval() -> Path:
    """The shared set sits beside the checkout here; a clone elsewhere names it or skips."""
    candidates = [
        os.environ.get("ROUNDTWO_SPEECH_EVAL", ""),
        str(Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "speech"),
        "/work/shared/eval/speech",
    ]
    for candidate in filter(None, candidates):
        if (Path(candidate) / "manifest.jsonl").is_file():
            return Path(candidate)
    return Path(candidates[1])


EVAL = find_eval()


def need_eval() -> None:
    if not (EVAL / "manifest.jsonl").is_file():
        pytest.skip(f"the speech evaluation set is not at {EVAL}")


@cache
def manifest() -> dict[str, dict[str, Any]]:
    need_eval()
    lines = (EVAL / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["file"]: row for row in map(json.loads, filter(None, lines))}


@cache
def report(name: str) -> dict[str, Any]:
    need_eval()
    return analyze_audio((EVAL / name).read_bytes(), name).as_dict()


def wav_bytes(samples: np.ndarray[Any, Any], rate: int = 16_000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


def need_espeak() -> None:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (Debian package espeak-ng)")


def espeak(text: str, voice: str = "en-us", wpm: int = 150) -> np.ndarray[Any, Any]:
    """Speech from espeak-ng as 16 kHz float samples, its edge silence kept."""
    need_espeak()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "said.wav"
        command = ["espeak-ng", "-v", voice, "-s", str(wpm), "-w", str(path), text]
        subprocess.run(command, check=True, capture_output=True)
        with wave.open(str(path), "rb") as src:
            rate, raw = src.getframerate(), src.readframes(src.getnframes())
    samples = np.frombuffer(raw, dtype="<i2") / 32768
    times = np.arange(int(samples.size * 16_000 / rate)) * rate / 16_000
    return np.interp(times, np.arange(samples.size), samples).astype(np.float32)


def silence(seconds: float) -> np.ndarray[Any, Any]:
    return np.zeros(int(seconds * 16_000), dtype=np.float32)
