"""Timings for the fetcher and the document reader, all on this machine, no network.

    .venv/bin/python bench/fetch/bench.py

Fetch: a 1 MB page from a loopback server (robots.txt checked too: 404), median of 20.
Documents: a bare interpreter start, the parsing child's start-up (a one-page PDF, almost all of
it interpreter plus pypdf import), a 20-page PDF and a short .docx through read_document,
median of 10 each.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from roundtwo.engines.documents import read_document  # noqa: E402
from roundtwo.engines.fetch import FetchPolicy, fetch  # noqa: E402
from tests.engines.documents.builders import make_docx, make_pdf  # noqa: E402

PAGE = b"<p>" + b"x" * (1024 * 1024 - 3)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:
        body, status = (PAGE, 200) if self.path == "/page" else (b"", 404)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def bench_fetch() -> float:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/page"
    policy = FetchPolicy(allowed_hosts=frozenset({f"127.0.0.1:{server.server_address[1]}"}))
    try:
        return median_ms(lambda: fetch(url, policy), 20)
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    bare = [sys.executable, "-I", "-c", "pass"]
    one_page = make_pdf(["Hello"])
    twenty = make_pdf([f"Page {n}: notes for the second-round interview." for n in range(20)])
    cv = make_docx(["Jane Doe", "Platform engineer."], table=[["Skill", "Years"], ["Go", "5"]])
    rows = [
        ("fetch: 1 MB local page", bench_fetch()),
        ("python -I start, nothing imported", median_ms(lambda: subprocess.run(bare), 10)),
        ("child start-up (1-page PDF)", median_ms(lambda: read_document(one_page, "a.pdf"), 10)),
        ("read_document: 20-page PDF", median_ms(lambda: read_document(twenty, "b.pdf"), 10)),
        ("read_document: short .docx", median_ms(lambda: read_document(cv, "cv.docx"), 10)),
    ]
    for name, ms in rows:
        print(f"{name:40} {ms:8.1f} ms")


if __name__ == "__main__":
    main()
