"""Read a response body under the size cap and the deadline, never holding more than the cap."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

import requests

from .errors import timed_out, too_large
from .policy import Deadline

Progress = Callable[[int, int | None], None]
_CHUNK = 64 * 1024


def declared_length(response: requests.Response) -> int | None:
    """Content-Length, when it counts the bytes we will get (not when the body is compressed)."""
    if response.headers.get("Content-Encoding", "identity").lower() != "identity":
        return None
    try:
        length = int(response.headers.get("Content-Length", ""))
    except ValueError:
        return None
    return length if length >= 0 else None


@contextlib.contextmanager
def _watchdog(response: requests.Response, deadline: Deadline) -> Iterator[threading.Event]:
    """Shut the socket when the deadline passes, waking a read blocked on a silent server.

    The read timeout requests applies is per socket read, so a server sending a byte now and
    then could otherwise keep us reading long past the deadline.
    """
    fired = threading.Event()

    def fire() -> None:
        fired.set()
        with contextlib.suppress(Exception):  # already closed or released: nothing to wake
            response.raw.shutdown()

    timer = threading.Timer(deadline.remaining(), fire)
    timer.daemon = True
    timer.start()
    try:
        yield fired
    finally:
        timer.cancel()


def _read(response: requests.Response, max_bytes: int, progress: Progress | None) -> bytes:
    total = declared_length(response)
    body = bytearray()
    while True:
        # read1 returns what one socket read gives (decompressed at most _CHUNK at a time), so
        # a trickling server and a compressed bomb are both seen chunk by chunk.
        chunk = response.raw.read1(_CHUNK, decode_content=True)
        if not chunk:
            return bytes(body)
        body += chunk
        if len(body) > max_bytes:
            raise too_large(max_bytes)
        if progress is not None:
            progress(len(body), total)


def read_body(
    response: requests.Response,
    max_bytes: int,
    deadline: Deadline,
    progress: Progress | None = None,
) -> bytes:
    total = declared_length(response)
    if total is not None and total > max_bytes:
        raise too_large(max_bytes)
    with _watchdog(response, deadline) as expired:
        try:
            body = _read(response, max_bytes, progress)
        except Exception:
            if expired.is_set():  # the shut socket broke the read: say why
                raise timed_out(deadline.seconds) from None
            raise
    if expired.is_set():  # the shut socket looked like the end of the body
        raise timed_out(deadline.seconds)
    return body
