"""The parsing child: limits itself, reads the file from stdin, writes JSON to stdout.

Started by sandbox.py as `python -I -c ... <kind> <memory_mb> <cpu_seconds>`. It imports only the
one parser it needs, after its limits are in place, and answers in JSON (never pickle), so even a
child taken over by a malicious file can only hand the parent a string to validate.
"""

from __future__ import annotations

import json
import sys
import traceback
from typing import Any

from .errors import DocumentError
from .model import MAX_TEXT_CHARS, Extracted

MAX_OUTPUT_BYTES = 64 * 1024 * 1024  # far above MAX_TEXT_CHARS as UTF-8 JSON


def limit_resources(memory_mb: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # not on Windows: there only the parent's timeout applies
        return
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    # CPU time backs up the parent's wall-clock kill should the parent itself die.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (MAX_OUTPUT_BYTES, MAX_OUTPUT_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def parse(kind: str, data: bytes) -> Extracted:
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(data)
    if kind == "docx":
        from .docx_reader import read_docx

        return read_docx(data)
    raise ValueError(f"no parser for {kind!r}")


def answer(kind: str, data: bytes) -> dict[str, Any]:
    try:
        found = parse(kind, data)
    except DocumentError as exc:  # the parent words the message; only the kind crosses over
        return {"error": exc.kind}
    except MemoryError:
        return {"error": "too_large"}
    except Exception:  # every way a hostile file can break a parser ends here
        traceback.print_exc(file=sys.stderr)
        return {"error": "corrupt"}
    if len(found.text) > MAX_TEXT_CHARS:
        return {"error": "too_large"}
    title = _clean(found.title) if found.title else None
    return {"text": _clean(found.text), "title": title, "pages": found.pages}


def _clean(text: str) -> str:
    """Lone surrogates (broken PDF font maps make them) cannot be written as UTF-8: replace them."""
    return text.encode("utf-8", errors="replace").decode("utf-8")


def main() -> None:
    kind, memory_mb, cpu_seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    limit_resources(memory_mb, cpu_seconds)
    data = sys.stdin.buffer.read()
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a library that prints must not corrupt the answer
    result = answer(kind, data)
    out.write(json.dumps(result, ensure_ascii=False).encode("utf-8"))
    out.flush()
