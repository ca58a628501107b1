"""Where recordings live on disk, and how the browser's pieces are put back together.

Recordings are the user's own voice and face: they stay in the data directory, are served
only to their owner (or through the review link the owner made), and go when the attempt goes.
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction

from roundtwo.private_files import open_private_append, private_dir, write_private
from roundtwo.rehearse.models import Attempt

MAX_RECORDING_BYTES = 50 * 1024 * 1024  # the speech engine's own limit
MAX_CHUNK_BYTES = 8 * 1024 * 1024
# an upload is written before its attempt is saved: only files older than this can be orphans
ORPHAN_AGE = timedelta(minutes=10)
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

    def __init__(self, message: str, expected: int | None = None) -> None:
        super().__init__(message)
        self.expected = expected  # the piece the server waits for


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


def append_chunk(attempt: Attempt, index: int, data: bytes) -> Attempt:
    """Store piece `index` once, whatever the races; returns the attempt as it now stands.

    The browser sends the next piece only when this one is stored, but it retries a piece whose
    answer it missed, and two copies can race. The check and the append happen under a lock on
    the attempt's row (SQLite's IMMEDIATE transactions take the database's write lock), so the
    second copy sees the count the first one stored and is refused.
    """
    if len(data) > MAX_CHUNK_BYTES:
        raise RecordingRefused("A piece of the recording was too large.", attempt.chunks_received)
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.status != Attempt.Status.RECORDING:
            raise RecordingRefused("This recording has already ended.", locked.chunks_received)
        if index != locked.chunks_received:
            raise RecordingRefused(
                f"Expected piece {locked.chunks_received}, got {index}.", locked.chunks_received
            )
        locked.media_path = locked.media_path or new_name()
        locked.media_bytes = write_piece(folder() / locked.media_path, locked.media_bytes, data)
        locked.chunks_received += 1
        locked.save(update_fields=["media_path", "media_bytes", "chunks_received"])
    return locked


def write_piece(path: Path, stored: int | None, data: bytes) -> int:
    """Append after the stored pieces; bytes past them are from a write whose save was lost."""
    with open_private_append(path) as out:
        size = out.seek(0, os.SEEK_END)
        if stored is not None and size > stored:
            out.truncate(stored)
            size = stored
        if size + len(data) > MAX_RECORDING_BYTES:
            raise RecordingRefused("The recording passed 50 MB; it was stopped there.")
        out.write(data)
        return size + len(data)


def remove_orphans(older_than: timedelta = ORPHAN_AGE) -> int:
    """Delete recordings no attempt refers to (deleted attempts, an upload cut short)."""
    cutoff = time.time() - older_than.total_seconds()
    kept = set(Attempt.objects.exclude(media_path="").values_list("media_path", flat=True))
    removed = 0
    for path in folder().glob("*.rec"):
        if path.name not in kept and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


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
