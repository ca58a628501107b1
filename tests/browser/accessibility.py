"""axe-core, pinned through npm (package.json), run inside the page under test.

The test side only: the app never serves axe-core; ./dev installs it into node_modules with
the other pinned front-end packages.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

REPO_DIR = Path(__file__).resolve().parents[2]
AXE_DIR = REPO_DIR / "node_modules" / "axe-core"
AXE_SCRIPT = AXE_DIR / "axe.min.js"
IMPACTS = ("critical", "serious", "moderate", "minor")
BLOCKING = ("critical", "serious")


@functools.cache
def axe_source() -> str:
    assert AXE_SCRIPT.is_file(), "axe-core is missing: run ./dev test (npm ci installs it)"
    return AXE_SCRIPT.read_text(encoding="utf-8")


def axe_version() -> str:
    return str(json.loads((AXE_DIR / "package.json").read_text())["version"])


@dataclass
class Violation:
    rule: str
    impact: str
    help: str
    targets: list[str]

    def describe(self) -> str:
        shown = ", ".join(self.targets[:3]) + (" …" if len(self.targets) > 3 else "")
        return f"{self.impact} {self.rule} ({self.help}): {shown}"


@dataclass
class Audit:
    """What axe found on one page, by impact; a rule counts once per element it flags."""

    url: str
    title: str
    violations: list[Violation] = field(default_factory=list)
    note: str = ""  # what the URL alone does not say, e.g. "before the sample"

    def count(self, impact: str) -> int:
        return sum(len(v.targets) for v in self.violations if v.impact == impact)

    def blocking(self) -> list[Violation]:
        return [v for v in self.violations if v.impact in BLOCKING]


def audit(page: Page, note: str = "") -> Audit:
    """Runs axe-core on the page as it is now (after load) and returns its violations."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # evaluated through the DevTools protocol, not added as a <script>: the app's
        # Content-Security-Policy (script-src 'self') rightly refuses inline scripts
        page.evaluate(axe_source())
    raw: list[dict[str, Any]] = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    found = [
        Violation(
            rule=v["id"],
            impact=v.get("impact") or "minor",
            help=v["help"],
            targets=[" ".join(map(str, node["target"])) for node in v["nodes"]],
        )
        for v in raw
    ]
    return Audit(url=page.url, title=page.title(), violations=found, note=note)


def table(audits: list[Audit], base_url: str) -> str:
    """A Markdown table of the counts per page, for the output and bench/RESULTS.md."""
    lines = [
        "| page | " + " | ".join(IMPACTS) + " | rules |",
        "| --- | " + " | ".join("---:" for _ in IMPACTS) + " | --- |",
    ]
    for a in audits:
        path = f"`{a.url.removeprefix(base_url) or '/'}`" + (f" ({a.note})" if a.note else "")
        rules = ", ".join(sorted({v.rule for v in a.violations})) or "none"
        counts = " | ".join(str(a.count(impact)) for impact in IMPACTS)
        lines.append(f"| {path} | {counts} | {rules} |")
    totals = " | ".join(str(sum(a.count(impact) for a in audits)) for impact in IMPACTS)
    lines.append(f"| **all {len(audits)} pages** | {totals} | |")
    return "\n".join(lines)


def blocking_report(audits: list[Audit]) -> str:
    lines = []
    for a in audits:
        for violation in a.blocking():
            lines.append(f"{a.url}: {violation.describe()}")
    return "\n".join(lines)
