"""What synchronous=FULL costs in WAL mode: milliseconds per small committed write.

Run: .venv/bin/python bench/storage/bench_sync.py [--write]  (a throw-away file in the temp dir)
Each write is one INSERT of a 200-byte row in its own transaction, as a saved form is; the WAL
is synced at every commit under FULL and only at checkpoints under NORMAL.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _results import dated_machine_line  # noqa: E402
from _results import write_section as write_results  # noqa: E402

WRITES = 500


def per_write_ms(mode: str, folder: Path) -> list[float]:
    database = sqlite3.connect(folder / f"{mode}.sqlite3", isolation_level=None)
    database.execute("PRAGMA journal_mode=WAL")
    database.execute(f"PRAGMA synchronous={mode}")
    database.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    samples = []
    for _ in range(WRITES):
        start = time.perf_counter()
        database.execute("BEGIN IMMEDIATE")
        database.execute("INSERT INTO note (body) VALUES (?)", ["x" * 200])
        database.execute("COMMIT")
        samples.append((time.perf_counter() - start) * 1000)
    database.close()
    return sorted(samples)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="roundtwo-bench-"))
    lines = [
        "## SQLite durability: synchronous=FULL in WAL mode (storage)",
        "",
        dated_machine_line(".venv/bin/python bench/storage/bench_sync.py --write"),
        f"Data: {WRITES} single-row writes (200 bytes), each its own IMMEDIATE transaction, on "
        f"the machine's temporary directory ({folder.parent}).",
        "",
        "| synchronous | median ms per write | p90 ms | writes per second (median) |",
        "|---|---:|---:|---:|",
    ]
    for mode in ("NORMAL", "FULL"):
        samples = per_write_ms(mode, folder)
        median = statistics.median(samples)
        p90 = samples[int(0.9 * len(samples)) - 1]
        lines.append(f"| {mode} | {median:.3f} | {p90:.3f} | {1000 / median:.0f} |")
    lines += [
        "",
        "Why FULL anyway: a page save or a recording piece is one or a few commits, so a few "
        "milliseconds each is not felt, while NORMAL may lose the last commits acknowledged "
        "before a power cut (a process crash loses nothing under either).",
    ]
    section = "\n".join(lines) + "\n"
    print(section)
    if "--write" in sys.argv:
        write_results("sqlite-sync", section)


if __name__ == "__main__":
    main()
