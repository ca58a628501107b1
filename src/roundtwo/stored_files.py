"""Files the app makes for the user (exports, day packs), kept through Django's storage API.

They go to the default storage (STORAGES["default"]): the data directory's media folder by
default, owner-only (FILE_UPLOAD_PERMISSIONS 0600, folders 0700), or a bucket when a hosted
site configures one, so web processes and workers on different hosts see the same files.
A job row keeps the storage name. Rows from older versions keep an absolute path inside the
data directory; those are still read and removed, and never a path outside it.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import IO

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage


def save_new(folder: str, suffix: str, data: bytes) -> str:
    """Store `data` under a random name in `folder`; returns the storage name to keep."""
    return default_storage.save(f"{folder}/{uuid.uuid4().hex}{suffix}", ContentFile(data))


def _legacy_path(name: str) -> Path | None:
    """An absolute path an older version recorded, if it lies inside the data directory."""
    path = Path(name)
    if not path.is_absolute():
        return None
    inside = path.resolve().is_relative_to(Path(settings.DATA_DIR).resolve())
    return path if inside else None


def is_legacy(name: str) -> bool:
    return Path(name).is_absolute()


def exists(name: str) -> bool:
    if not name:
        return False
    if is_legacy(name):
        legacy = _legacy_path(name)
        return legacy is not None and legacy.is_file()
    return default_storage.exists(name)


def open_stored(name: str) -> IO[bytes]:
    """The file for reading; FileNotFoundError when it is gone."""
    if is_legacy(name):
        legacy = _legacy_path(name)
        if legacy is None:
            raise FileNotFoundError(name)
        return legacy.open("rb")
    handle: IO[bytes] = default_storage.open(name, "rb")
    return handle


def delete(name: str) -> None:
    if not name:
        return
    if is_legacy(name):
        legacy = _legacy_path(name)
        if legacy is not None:
            legacy.unlink(missing_ok=True)
        return
    default_storage.delete(name)
