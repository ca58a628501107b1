"""The labelled cases behind the thresholds: enough of them, valid labels, a third held out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parents[3] / "bench" / "fit"
STATUSES = {"covered", "partly", "not_covered"}


def personas() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for split in ("dev", "holdout"):
        out += json.loads((BENCH / f"{split}.json").read_text(encoding="utf-8"))["personas"]
    return out


def test_there_are_sixty_requirement_cases_and_thirty_value_cases_across_professions() -> None:
    data = personas()
    requirements = [r for p in data for r in p["requirements"]]
    values = [v for p in data for v in p["values"]]
    assert len(requirements) >= 60 and len(values) >= 30
    assert len({p["profession"] for p in data}) >= 15
    assert {r["gold"] for r in requirements} == STATUSES
    assert {v["gold"] for v in values} == {"shown", "no"}
    assert {r["kind"] for r in requirements} == {"must", "nice"}


def test_about_a_third_of_the_cases_is_held_out() -> None:
    data = personas()
    held = [r for p in data if p["split"] == "holdout" for r in p["requirements"]]
    share = len(held) / sum(len(p["requirements"]) for p in data)
    assert 0.28 <= share <= 0.4


def test_evidence_ids_are_unique_and_jobs_point_at_real_evidence() -> None:
    ids = [e["id"] for p in personas() for e in p["evidence"]]
    assert len(ids) == len(set(ids))
    for persona in personas():
        own = {e["id"] for e in persona["evidence"]}
        for job in persona.get("experiences", []):
            assert set(job["bullets"]) <= own
