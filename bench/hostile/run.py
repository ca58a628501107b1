"""The whole hostile-input corpus against every endpoint and CLI command that takes a file or
pasted text (the tests send a sample to the slower ones; this sends every file everywhere).

Run: .venv/bin/python bench/hostile/run.py [--only NAME ...] [--write]
(a throw-away data directory and SQLite, or DATABASE_URL; --write replaces the "hostile"
section of bench/RESULTS.md)

Counted per endpoint: probes, files accepted (kept, or queued for a background read), server
errors (HTTP 5xx), tracebacks in the page or the CLI output, CLI runs that ended in an uncaught
exception, refusals without a clear message, CLI refusals with exit status 0, refusals that
changed rows, and background jobs or attempts that did not end in a final state with a message.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT)]

from _results import (  # type: ignore[import-not-found,unused-ignore]  # noqa: E402
    dated_machine_line,
    write_section,
)

COMMAND = ".venv/bin/python bench/hostile/run.py --write"
CHECKS = {  # the column, and the words problems() uses for it
    "server errors": "HTTP 5",
    "tracebacks": "a traceback",
    "crashes": "crashed with",
    "no message": "without a clear message",
    "exit 0": "exit status 0",
    "changed rows": "rows changed",
}


@dataclass
class Tally:
    probes: int = 0
    accepted: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHECKS, 0))
    background: int = 0
    examples: list[str] = field(default_factory=list)


def setup() -> None:
    os.environ["ROUNDTWO_DATA_DIR"] = tempfile.mkdtemp(prefix="roundtwo-bench-hostile-")
    os.environ["DJANGO_SETTINGS_MODULE"] = "roundtwo.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's host name is allowed
    call_command("migrate", verbosity=0)


def run(only: list[str]) -> dict[str, Tally]:
    from django.contrib.auth.models import User

    from tests.conftest import make_opportunity
    from tests.hostile.corpus import corpus
    from tests.hostile.probes import ENDPOINTS, Target, background_problems, probe_once

    user = User.objects.create_user("alice", password="a calm evening of preparation")
    target = Target.make(user, make_opportunity(user), Path(tempfile.mkdtemp()))
    tallies: dict[str, Tally] = {}
    for endpoint in ENDPOINTS:
        if only and not any(word in endpoint.name for word in only):
            continue
        tally = tallies[endpoint.name] = Tally()
        started = time.perf_counter()
        for file in corpus():
            reply, problems = probe_once(endpoint, target, file)
            tally.probes += 1
            tally.accepted += reply.accepted
            for column, words in CHECKS.items():
                tally.counts[column] += any(words in problem for problem in problems)
            tally.examples += [f"{file.label}: {p}" for p in problems][:3]
        if endpoint.background:
            late = background_problems()
            tally.background = len(late)
            tally.examples += late[:3]
        tally.seconds = time.perf_counter() - started
        print(f"{endpoint.name}: {tally}", flush=True)
    return tallies


def section(tallies: dict[str, Tally], files: int) -> str:
    columns = ["probes", "accepted", *CHECKS, "background", "s"]
    rows = ["| endpoint | " + " | ".join(columns) + " |", "|---" + "|---:" * len(columns) + "|"]
    for name, tally in tallies.items():
        values = [tally.probes, tally.accepted, *tally.counts.values(), tally.background]
        rows.append(f"| {name} | " + " | ".join(map(str, values)) + f" | {tally.seconds:.0f} |")
    total = {column: sum(t.counts[column] for t in tallies.values()) for column in CHECKS}
    probes = sum(t.probes for t in tallies.values())
    return "\n".join(
        [
            "## Hostile input (issue 12, item 2)",
            "",
            dated_machine_line(COMMAND),
            f"Data: the generated corpus of tests/hostile/corpus.py, {files} files in 9 classes "
            "(archive bombs, deep nesting, huge numbers, truncated and lying headers, wrong "
            "types, empty, binary garbage under every accepted extension, very long lines, "
            "broken encodings), each sent to every endpoint and CLI command below: "
            f"{len(tallies)} endpoints, {probes} probes; SQLite.",
            "",
            f"Totals: {total['server errors']} server errors, {total['tracebacks']} tracebacks, "
            f"{total['crashes']} CLI crashes, {total['no message']} refusals without a message, "
            f"{total['changed rows']} refusals that changed rows, "
            f"{sum(t.background for t in tallies.values())} background jobs left unfinished or "
            "without a message. Accepted files were kept (an attachment, a pasted text, a "
            "transcript, a resume) or queued, and every background read or decoding then ended "
            "done or failed with a message.",
            "",
            *rows,
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="endpoints whose name has a word")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    setup()
    from tests.hostile.corpus import corpus

    tallies = run(args.only)
    text = section(tallies, len(corpus()))
    print(text)
    for tally in tallies.values():
        for example in tally.examples:
            print("  ", example)
    if args.write:
        write_section("hostile", text)


if __name__ == "__main__":
    main()
