"""Where recordings live on disk, and how the browser's pieces are put back together.

Recordings are the user's own voice and face: they stay in the data directory, are served
only to their owner (or through the review link the owner made), and go when the attempt goes.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from django.conf import settings

from roundtwo.private_files import open_private_append, private_dir, write_private
from roundtwo.rehearse.models import Attempt

MAX_RECORDING_BYTES = 50 * 1024 * 1024  # the speech engine's own limit
MAX_CHUNK_BYTES = 8 * 1024 * 1024
MEDIA_TYPES = {
    "audio/webm",
    "audio/ogg",
    "video/webm",
    "audio/mp4",
    "video/mp4",
    "audio/wav",
    "audio/x-wav",
    "audio/mpeg",
    "audio/flac",
}


class RecordingRefused(Exception):
    """A piece that cannot be kept; the message is for the user."""


def folder() -> Path:
    return private_dir(Path(settings.MEDIA_ROOT) / "rehearse")


def media_file(attempt: Attempt) -> Path | None:
    if not attempt.media_path:
        return None
    path = folder() / attempt.media_path
    return path if path.is_file() else None


def clean_media_type(value: str) -> str:
    base = value.split(";")[0].strip().lower()
    return base if base in MEDIA_TYPES else "application/octet-stream"


def append_chunk(attempt: Attempt, index: int, data: bytes) -> None:
    """Pieces must arrive in order: the browser sends the next only when this one is stored."""
    if attempt.status != Attempt.Status.RECORDING:
        raise RecordingRefused("This recording has already ended.")
    if index != attempt.chunks_received:
        raise RecordingRefused(f"Expected piece {attempt.chunks_received}, got {index}.")
    if len(data) > MAX_CHUNK_BYTES:
        raise RecordingRefused("A piece of the recording was too large.")
    path = folder() / (attempt.media_path or new_name())
    size = path.stat().st_size if path.exists() else 0
    if size + len(data) > MAX_RECORDING_BYTES:
        raise RecordingRefused("The recording passed 50 MB; it was stopped there.")
    with open_private_append(path) as out:
        out.write(data)
    attempt.media_path = path.name
    attempt.chunks_received += 1
    attempt.save(update_fields=["media_path", "chunks_received"])


def new_name() -> str:
    """Random, never the attempt's id: ids can be reused after a delete, files must not be."""
    return f"{uuid.uuid4().hex}.rec"


def store_upload(attempt: Attempt, data: bytes) -> None:
    path = folder() / new_name()
    write_private(path, data)
    attempt.media_path = path.name
    attempt.save(update_fields=["media_path"])


def delete_media(attempt: Attempt) -> None:
    path = media_file(attempt)
    if path is not None:
        path.unlink(missing_ok=True)
