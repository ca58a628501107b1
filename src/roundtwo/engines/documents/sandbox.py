"""Run a PDF or Word parser in a separate, resource-limited Python process.

A hostile or broken file can make a parser loop, allocate without end or crash the interpreter;
in a child process that costs the child, never the app. The child gets a memory ceiling
(RLIMIT_AS), a CPU ceiling, a wall-clock timeout after which it is killed, an empty environment
(no app secrets to leak) and isolated mode (-I: no PYTHON* variables, no user site, no current
directory on sys.path). Its answer is JSON in a temporary file whose size the child's
RLIMIT_FSIZE caps, validated here before anything of it is trusted.
"""

from __future__ import annotations

import json
import logging
import math
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

from .errors import DocumentError, corrupt, empty, encrypted, no_text_layer, too_large
from .model import MAX_TEXT_CHARS, Extracted

log = logging.getLogger(__name__)

_SRC = Path(__file__).resolve().parents[3]  # the directory that holds the roundtwo package
_BOOT = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); "
    "from roundtwo.engines.documents.worker import main; main()"
)
_WHAT = {"pdf": "PDF", "docx": "Word document"}


def child_command(kind: str, memory_mb: int, timeout: float) -> list[str]:
    cpu_seconds = math.ceil(timeout) + 1
    return [sys.executable, "-I", "-c", _BOOT, str(_SRC), kind, str(memory_mb), str(cpu_seconds)]


def _run(command: list[str], data: bytes, timeout: float, out: IO[bytes], err: IO[bytes]) -> int:
    child = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=out, stderr=err, env={"LC_ALL": "C.UTF-8"}
    )
    try:
        child.communicate(data, timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        raise DocumentError(
            "timeout",
            f"Reading this file took longer than {timeout:g} seconds, so Round Two stopped. "
            "It may be damaged or unusually complex: try saving it again, or paste the text.",
        ) from None
    return child.returncode


def _read_answer(out: IO[bytes]) -> dict[str, Any] | None:
    out.seek(0)
    raw = out.read()
    try:
        answer = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return answer if isinstance(answer, dict) else None


def _error(kind: str, error: object, memory_mb: int) -> DocumentError:
    """The error for a kind the child reported, worded here: the child's words are not trusted."""
    if error == "too_large":
        return too_large(f"reading it needs more than {memory_mb} MB of memory, or it is very long")
    if error == "empty":
        return empty(_WHAT[kind])
    if error == "encrypted":
        return encrypted()
    if error == "no_text_layer" and kind == "pdf":
        return no_text_layer()
    return corrupt(_WHAT[kind])


def _to_result(kind: str, answer: dict[str, Any], memory_mb: int) -> Extracted:
    if "error" in answer:
        raise _error(kind, answer["error"], memory_mb)
    text, title, pages = answer.get("text"), answer.get("title"), answer.get("pages")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        raise corrupt(_WHAT[kind])
    if not (title is None or isinstance(title, str)):
        raise corrupt(_WHAT[kind])
    if not (pages is None or (type(pages) is int and pages >= 0)):
        raise corrupt(_WHAT[kind])
    return Extracted(text=text, title=title, pages=pages)


def parse_in_child(kind: str, data: bytes, *, timeout: float, memory_mb: int) -> Extracted:
    command = child_command(kind, memory_mb, timeout)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        code = _run(command, data, timeout, out, err)
        answer = _read_answer(out) if code == 0 else None
        if answer is None:
            err.seek(0)
            tail = err.read()[-2000:].decode("utf-8", errors="replace")
            log.warning("document parser child exited with %s: %s", code, tail)
            # Out of memory while still starting up dies before it can answer.
            raise _error(kind, "too_large" if "MemoryError" in tail else "corrupt", memory_mb)
    return _to_result(kind, answer, memory_mb)
