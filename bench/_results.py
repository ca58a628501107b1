"""Shared by the bench scripts: describe this machine, and write one section of RESULTS.md.

A section sits between `<!-- NAME-bench:start -->` and `<!-- NAME-bench:end -->`; writing it
again replaces only what is between its markers, and a new section is appended at the end.
"""

from __future__ import annotations

import os
import platform
import re
from datetime import date
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> str:
    """'2 cores (`nproc` 2), AMD EPYC ..., Python 3.11.7'."""
    usable = len(os.sched_getaffinity(0))
    return (
        f"{os.cpu_count()} cores (`nproc` {usable}), {cpu_model()}, "
        f"Python {platform.python_version()}"
    )


def memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    return None


def dated_machine_line(command: str) -> str:
    """'Date: 2026-11-25. Machine: .... Command: `...`.' as the sections start."""
    return f"Date: {date.today().isoformat()}. Machine: {machine()}. Command: `{command}`."


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}-bench:start -->", f"<!-- {name}-bench:end -->"


def write_section(name: str, section: str, path: Path = RESULTS) -> None:
    """Replace (or append) the section called `name`; `section` is the Markdown between."""
    start, end = markers(name)
    block = f"{start}\n{section.rstrip()}\n{end}\n"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if start in text and end in text:
        pattern = re.escape(start) + r".*?" + re.escape(end) + r"\n?"
        text = re.sub(pattern, lambda _m: block, text, count=1, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text, encoding="utf-8")
