"""An upload that cannot be a recording is told apart by its first bytes, before it is stored."""

from __future__ import annotations

import numpy as np
import pytest

from roundtwo.engines.speech.sniff import looks_like_recording

from .conftest import wav_bytes
from .test_formats import FORMATS, encode

TONE = np.sin(np.arange(16_000) / 16_000 * 2 * np.pi * 220).astype(np.float32) * 0.3


@pytest.mark.parametrize(("container", "codec", "rate", "name"), FORMATS)
def test_every_container_people_upload_looks_like_a_recording(
    container: str, codec: str, rate: int, name: str
) -> None:
    assert looks_like_recording(encode(TONE, container, codec, rate)[:64])


def test_a_wav_file_looks_like_a_recording() -> None:
    assert looks_like_recording(wav_bytes(TONE)[:64])


@pytest.mark.parametrize(
    "data",
    [b"This is text named .wav", b"%PDF-1.7", b"PK\x03\x04", b"RIFF", b"RIFF\0\0\0\0AVI ", b""],
)
def test_text_documents_archives_and_bare_headers_do_not(data: bytes) -> None:
    assert not looks_like_recording(data)
