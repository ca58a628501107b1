"""Speech samples as Chrome's MediaRecorder sends them, for benchmarks that post recordings."""

from __future__ import annotations

import io
from typing import Any

import av
import numpy as np

RATE = 16_000  # the speech engine's sample rate (engines.speech.decode.RATE)


def as_webm(samples: np.ndarray[Any, Any]) -> bytes:
    """WebM with Opus at 48 kHz, mono, from 16 kHz float samples."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="webm") as out:
        stream = out.add_stream("libopus", rate=48_000)
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48_000)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = RATE
        for chunk in resampler.resample(frame):
            for packet in stream.encode(chunk):  # type: ignore[attr-defined]
                out.mux(packet)
        for packet in stream.encode(None):  # type: ignore[attr-defined]
            out.mux(packet)
    return buffer.getvalue()
