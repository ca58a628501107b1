"""The accessibility audit's counts per page, for bench/RESULTS.md (issue 17).

Runs the browser test that crawls the filled sample and audits each page with axe-core
(tests/browser/test_accessibility_audit.py), collects the Markdown tables it writes, and puts
them in the "accessibility" section of bench/RESULTS.md with the date, machine and load.

    .venv/bin/python bench/a11y/run.py [--write]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from _results import dated_machine_line, write_section  # noqa: E402

from tests.browser.accessibility import axe_version  # noqa: E402

TEST = "tests/browser/test_accessibility_audit.py"
NOTES = """\
- Counted by axe-core's impact levels; a rule counts once per element it flags. The test fails
  on any serious or critical violation; moderate and minor ones are listed here to fix.
- Pages are found by following the GET links of the sample from the workspace and the
  dashboard (every link of the site except downloads, recordings and sign-out), one page per
  URL shape (`/plan/3/edit/` stands for every task's edit page), plus the first-run page, the
  empty dashboard, a form sent empty with its errors, and the sign-in page.
- The keyboard test (tests/browser/test_rehearse_journey.py) also audits the report of a spoken
  answer and its review form: 0 serious or critical there too.
- Before the fixes of issue 17 (same date and sample, 44 pages: two per URL shape then): 0
  critical, 0 serious, 3 moderate (`heading-order` on two round-one question editors,
  `landmark-one-main` on the day pack); with the sample of the i17-sample branch merged in
  (50 pages, its spoken answer's report included): 0 of any impact after the fixes."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        tables = Path(scratch, "tables.md")
        env = dict(os.environ, ROUNDTWO_A11Y_TABLE=str(tables), ROUNDTWO_DATA_DIR=scratch)
        load = os.getloadavg()[0]
        began = time.monotonic()
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", TEST],
            cwd=REPO,
            env=env,
            check=False,
        )
        seconds = time.monotonic() - began
        found = tables.read_text(encoding="utf-8") if tables.exists() else ""
    if run.returncode != 0 or not found:
        sys.exit("the audit test failed: nothing written")
    section = "\n\n".join(
        [
            "## Accessibility audit (issue 17)",
            dated_machine_line("bench/a11y/run.py --write")
            + f" axe-core {axe_version()} (npm, pinned). Both tests took {seconds:.0f} s"
            + f" (pytest included), load average {load:.1f} at the start.",
            found.strip(),
            NOTES,
        ]
    )
    print(section)
    if args.write:
        write_section("accessibility", section)


if __name__ == "__main__":
    main()
