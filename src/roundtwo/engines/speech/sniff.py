"""Could these bytes be a recording? The container's magic bytes only, so a file that cannot be
one (text named .wav, a PDF, an archive) is refused while the user waits, before it is stored.
The decoder in its child process still has the last word on everything that passes."""

from __future__ import annotations

_AT_START = (b"ID3", b"fLaC", b"OggS", b"\x1aE\xdf\xa3", b"caff", b".snd", b"#!AMR")
_RIFF_KINDS = (b"WAVE", b"RF64")
NOT_A_RECORDING = (
    "This file is not a recording Round Two can read. Upload WAV, MP3, M4A, FLAC, OGG or WebM."
)


def looks_like_recording(data: bytes) -> bool:
    if data.startswith(_AT_START):
        return True
    if data[:4] in (b"RIFF", b"RF64") and data[8:12] in _RIFF_KINDS:
        return True
    if data[:4] == b"FORM" and data[8:12] in (b"AIFF", b"AIFC"):
        return True
    if data[4:8] == b"ftyp":  # MP4, M4A, 3GP, QuickTime
        return True
    return len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0  # MPEG/AAC frame sync
