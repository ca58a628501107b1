"""Audio as browsers record it and as people upload it: every container reads the same way."""

from __future__ import annotations

import io
from typing import Any, cast

import av
import numpy as np
import pytest

from roundtwo.engines.speech import SpeechError, analyze_audio
from roundtwo.engines.speech.decode import RATE, decode_audio

from .conftest import EVAL, need_eval

FORMATS = [  # (container, codec, sample rate, file name)
    ("webm", "libopus", 48_000, "answer.webm"),
    ("ogg", "libopus", 48_000, "answer.ogg"),
    ("mp3", "libmp3lame", 44_100, "answer.mp3"),
    ("mp4", "aac", 44_100, "answer.m4a"),
    ("flac", "flac", 16_000, "answer.flac"),
]


def encode(samples: np.ndarray[Any, Any], container: str, codec: str, rate: int) -> bytes:
    """Re-encode 16 kHz mono samples the way a browser or a phone would store them."""
    resampled = np.interp(
        np.arange(int(len(samples) * rate / RATE)) * RATE / rate,
        np.arange(len(samples)),
        samples,
    ).astype(np.float32)
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=container) as out:
        stream = cast(av.AudioStream, out.add_stream(codec, rate=rate))
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(resampled.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return buffer.getvalue()


@pytest.mark.parametrize(("container", "codec", "rate", "name"), FORMATS)
def test_a_recording_in_each_format_is_transcribed(
    container: str, codec: str, rate: int, name: str
) -> None:
    need_eval()
    samples = decode_audio((EVAL / "jfk.wav").read_bytes(), "jfk.wav")
    data = encode(np.asarray(samples, dtype=np.float32), container, codec, rate)
    result = analyze_audio(data, name).as_dict()
    assert result["speech_detected"], name
    assert "country" in result["transcript"].lower()
    assert result["duration_s"] == pytest.approx(11.0, abs=0.3)


def test_a_video_with_no_sound_track_is_refused_clearly() -> None:
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mp4") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height = 64, 64
        stream.pix_fmt = "yuv420p"
        for _ in range(10):
            frame = av.VideoFrame.from_ndarray(np.zeros((64, 64, 3), np.uint8), format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    with pytest.raises(SpeechError):
        analyze_audio(buffer.getvalue(), "camera.mp4")
