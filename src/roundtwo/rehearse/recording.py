"""Where recordings live, and how the browser's pieces are put back together.

Recordings are the user's own voice and face: they are served only to their owner (or through
the review link the owner made), and go when the attempt goes.

While the candidate speaks, the pieces are appended to one file on the web host's disk
(`media/rehearse/NAME.rec`; `media_path` is then the bare file name), under a lock on the
attempt's row. When the recording ends it is sealed: moved into the default storage as
`rehearse/NAME.rec` (`media_path` then holds that storage name), where every worker reads it,
on this host or another. With the default storage (the data directory's media folder) the
storage name is the very same file, so sealing moves nothing. A bare name whose attempt has
ended is a recording made by an older version, read from the pieces folder as before.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO

from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import transaction
from django.utils import timezone

from roundtwo import stored_files
from roundtwo.private_files import open_private_append, private_dir
from roundtwo.rehearse.models import Attempt

MAX_RECORDING_BYTES = 50 * 1024 * 1024  # the speech engine's own limit
MAX_CHUNK_BYTES = 8 * 1024 * 1024
STORED_FOLDER = "rehearse"  # in the default storage
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
    """The pieces folder on this host: recordings still arriving (and older versions' files)."""
    return private_dir(Path(settings.MEDIA_ROOT) / "rehearse")


def is_stored(name: str) -> bool:
    """A storage name ("rehearse/NAME.rec"), not a file in this host's pieces folder."""
    return "/" in name


def piece_file(attempt: Attempt) -> Path | None:
    """The recording's file in this host's pieces folder, if it is there."""
    if not attempt.media_path or is_stored(attempt.media_path):
        return None
    path = folder() / attempt.media_path
    return path if path.is_file() else None


def open_recording(attempt: Attempt) -> IO[bytes] | None:
    """The recording for reading, wherever it is kept; None when it is gone (or elsewhere)."""
    name = attempt.media_path
    if name and is_stored(name):
        try:
            return stored_files.open_stored(name) if default_storage.exists(name) else None
        except FileNotFoundError:  # deleted between the two calls
            return None
    piece = piece_file(attempt)
    return piece.open("rb") if piece is not None else None


def read_recording(attempt: Attempt) -> bytes | None:
    """All of the recording: the decoder takes bytes, so a worker needs no local copy."""
    handle = open_recording(attempt)
    if handle is None:
        return None
    with handle:
        return handle.read()


def has_recording(attempt: Attempt) -> bool:
    name = attempt.media_path
    if name and is_stored(name):
        return default_storage.exists(name)
    return piece_file(attempt) is not None


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


def seal(locked: Attempt) -> None:
    """Put an ended recording where every worker reads it; call under the row's lock.

    Bytes past `media_bytes` are from a piece whose save was lost: they are cut off first. With
    the default storage in the data directory the storage name is this same file; otherwise the
    file is copied into the storage and the piece file goes once the new name is committed.
    """
    piece = piece_file(locked)
    if piece is None:
        return
    if locked.media_bytes is not None and piece.stat().st_size > locked.media_bytes:
        os.truncate(piece, locked.media_bytes)
    name = f"{STORED_FOLDER}/{piece.name}"
    if not _is_same_file(name, piece):
        with piece.open("rb") as source:
            name = default_storage.save(name, File(source, name=piece.name))
        transaction.on_commit(lambda: piece.unlink(missing_ok=True))
    locked.media_path = name
    locked.save(update_fields=["media_path"])


def _is_same_file(name: str, piece: Path) -> bool:
    # only a FileSystemStorage's path is a file (an in-memory storage answers with a path too)
    if not isinstance(default_storage, FileSystemStorage):
        return False
    target = Path(default_storage.path(name))
    return target.is_file() and target.samefile(piece)


def remove_orphans(older_than: timedelta = ORPHAN_AGE) -> int:
    """Delete recordings no attempt refers to (deleted attempts, an upload cut short)."""
    cutoff = time.time() - older_than.total_seconds()
    names = Attempt.objects.exclude(media_path="").values_list("media_path", flat=True)
    kept = {Path(name).name for name in names}
    removed = 0
    for path in folder().glob("*.rec"):
        if path.name not in kept and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed += 1
    return removed + _remove_stored_orphans(kept, timezone.now() - older_than)


def _remove_stored_orphans(kept: set[str], cutoff: datetime) -> int:
    """The same in the default storage (the pieces folder itself, with the default storage)."""
    try:
        _folders, files = default_storage.listdir(STORED_FOLDER)
    except FileNotFoundError:
        return 0
    removed = 0
    for file in files:
        name = f"{STORED_FOLDER}/{file}"
        if file.endswith(".rec") and file not in kept and _modified_before(name, cutoff):
            default_storage.delete(name)
            removed += 1
    return removed


def _modified_before(name: str, cutoff: datetime) -> bool:
    try:
        return default_storage.get_modified_time(name) < cutoff
    except (FileNotFoundError, NotImplementedError):  # gone meanwhile; a storage without times
        return False


def new_name() -> str:
    """Random, never the attempt's id: ids can be reused after a delete, files must not be."""
    return f"{uuid.uuid4().hex}.rec"


def store_upload(attempt: Attempt, data: bytes) -> None:
    """A whole file arrives at once: it goes to the storage straight away."""
    attempt.media_path = stored_files.save_new(STORED_FOLDER, ".rec", data)
    attempt.save(update_fields=["media_path"])


def recording_files(names: Iterable[str]) -> tuple[list[Path], list[str]]:
    """Where these recordings are: files in this host's pieces folder, and storage names."""
    names = [name for name in names if name]
    return [folder() / n for n in names if not is_stored(n)], [n for n in names if is_stored(n)]


def delete_media(attempt: Attempt) -> None:
    name = attempt.media_path
    if name and is_stored(name):
        stored_files.delete(name)
        return
    piece = piece_file(attempt)
    if piece is not None:
        piece.unlink(missing_ok=True)
