"""Everything Round Two keeps in its data directory is readable by its owner only.

The directory is 0700 and every file 0600. The process umask (set when the settings load)
makes that the default for anything written; the helpers here also set the mode explicitly,
so a file stays private even when the umask was changed after start, and `tighten` mends a
data directory made by an older version.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
PRIVATE_UMASK = 0o077


def restrict_process() -> None:
    """Files and folders this process creates from now on are its owner's alone."""
    os.umask(PRIVATE_UMASK)


def private_dir(path: Path) -> Path:
    """The folder, made 0700 with every parent it had to make (as the XDG spec asks too)."""
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        folder.chmod(PRIVATE_DIR)
    path.chmod(PRIVATE_DIR)
    return path


def _open_private(path: Path, flags: int) -> int:
    descriptor = os.open(path, flags | os.O_CREAT, PRIVATE_FILE)
    path.chmod(PRIVATE_FILE)
    return descriptor


def write_private(path: Path, data: bytes) -> None:
    with os.fdopen(_open_private(path, os.O_WRONLY | os.O_TRUNC), "wb") as out:
        out.write(data)


def open_private_append(path: Path) -> BinaryIO:
    return os.fdopen(_open_private(path, os.O_WRONLY | os.O_APPEND), "ab")


def key_file(path: Path, make: Callable[[], str]) -> str:
    """Read a key kept in a file, making it on first use; several processes may race here.

    The key is written to a temporary name and linked into place, so no process ever reads a
    half-written key, and the first process to link wins.
    """
    if path.exists():
        return path.read_text().strip()
    draft = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
    write_private(draft, make().encode())
    try:
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink()
    return path.read_text().strip()


def tighten(directory: Path) -> int:
    """Make an existing data directory private; returns how many modes were changed."""
    changed = 0
    for root, folders, files in os.walk(directory):
        for name, mode in [(".", PRIVATE_DIR)] + [(f, PRIVATE_FILE) for f in files]:
            path = Path(root) / name
            if path.is_symlink():
                continue
            if path.stat().st_mode & 0o777 != mode:
                path.chmod(mode)
                changed += 1
        folders[:] = [f for f in folders if not (Path(root) / f).is_symlink()]
    return changed
