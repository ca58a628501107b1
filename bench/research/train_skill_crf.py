"""Train the skill and knowledge span tagger (engines/research/skill_tagger.py) and measure it.

    .venv/bin/python bench/research/train_skill_crf.py            # 5-fold CV, then train on all
    .venv/bin/python bench/research/train_skill_crf.py --cv-only  # figures only, model untouched
    .venv/bin/python bench/research/train_skill_crf.py --by-source  # tech <-> house, no filter
    .venv/bin/python bench/research/train_skill_crf.py --no-filter  # 5-fold, no filter

Data: ../shared/eval/research/jobs, 50 SkillSpan postings from its public train and dev splits
(MIT / CC BY 4.0; Zhang et al., NAACL 2022), cleared of overlap with SkillSpan's test split.
Nothing else is read: SkillSpan's test split is how the project is judged. Cross-validation is
by posting (5 folds, posting i in fold i mod 5 of the sorted file names), so no posting is scored
by a model that saw it. The shipped model is then trained on all 50 postings with the same
settings; training is deterministic (L-BFGS), so the same data gives the same file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench" / "research")]

import pycrfsuite  # noqa: E402
from real import DATA, item_matches, span_found  # noqa: E402

from roundtwo.engines.research import extract_job, skill_filter, skill_tagger  # noqa: E402
from roundtwo.engines.research.skill_tagger import (  # noqa: E402
    MODEL,
    line_features,
    lines,
    section_words,
    tag_text,
    tokenize,
)

FOLDS = 5
BILOU = False  # BIO tags; bench/research/skill_item_cv.py --bilou tried BILOU (not better)
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def load() -> list[dict]:
    golds = [json.loads(x) for x in (DATA / "jobs" / "jobs_gold.jsonl").open()]
    for g in golds:
        g["text"] = (DATA / g["file"]).read_text(encoding="utf-8")
    return sorted(golds, key=lambda g: g["file"])


_SEQUENCES: dict[str, list[tuple[list[dict], list[str]]]] = {}
_RULES: dict[str, list[str]] = {}


def sequences(gold: dict) -> list[tuple[list[dict], list[str]]]:
    """(features, BIO tags) per line; a skill span wins where the two layers overlap."""
    if gold["file"] not in _SEQUENCES:
        _SEQUENCES[gold["file"]] = _sequences(gold)
    return _SEQUENCES[gold["file"]]


def _sequences(gold: dict) -> list[tuple[list[dict], list[str]]]:
    marks: dict[int, str] = {}
    for kind, key in (("SKILL", "skill_spans"), ("KNOW", "knowledge_spans")):
        for span in gold[key]:
            for pos in range(span["start"], span["end"]):
                marks.setdefault(pos, f"{kind}:{span['start']}")
    out = []
    parts = lines(gold["text"])
    for (line, offset), section in zip(parts, section_words(parts), strict=True):
        toks = tokenize(line, offset)
        tags, prev = [], None
        for _, a, _ in toks:
            mark = marks.get(a)
            if mark is None:
                tags.append("O")
            else:
                tags.append(("I-" if mark == prev else "B-") + mark.split(":")[0])
            prev = mark
        local = [(w, a - offset, b - offset) for w, a, b in toks]
        out.append((line_features(line, local, section), bilou(tags) if BILOU else tags))
    return out


def bilou(tags: list[str]) -> list[str]:
    """BIO to BILOU: a one-token span is U-, the last token of a longer one L-."""
    out = []
    for i, tag in enumerate(tags):
        ends = i + 1 == len(tags) or tags[i + 1] != "I-" + tag[2:]
        if tag != "O" and ends:
            tag = ("U-" if tag.startswith("B-") else "L-") + tag[2:]
        out.append(tag)
    return out


def train(golds: list[dict], path: Path, params: dict) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for gold in golds:
        for feats, tags in sequences(gold):
            trainer.append(feats, tags)
    trainer.set_params(params)
    trainer.train(str(path))


@contextmanager
def tagger_in_use(tagger: pycrfsuite.Tagger | None) -> Iterator[None]:
    """extract_job with the given tagger (None: the lexicon and rules alone)."""
    shipped = skill_tagger._tagger
    skill_tagger._tagger = lambda: tagger  # type: ignore[assignment]
    try:
        yield
    finally:
        skill_tagger._tagger = shipped


class Score:
    def __init__(self) -> None:
        self.c = dict.fromkeys(
            ["gold", "found", "items", "matched", "s_tp", "pred", "o_pred", "o_gold"], 0
        )

    def add(self, gold: dict, items: list[str], spans: list[tuple[int, int]]) -> None:
        golds = [*gold["skill_spans"], *gold["knowledge_spans"]]
        texts = [s["text"] for s in golds]
        gset = {(s["start"], s["end"]) for s in golds}
        pset = set(spans)
        c = self.c
        c["gold"] += len(texts)
        c["found"] += sum(1 for t in texts if span_found(t, items))
        c["items"] += len(items)
        c["matched"] += sum(1 for i in items if item_matches(i, texts))
        c["s_tp"] += len(pset & gset)
        c["pred"] += len(pset)
        c["o_pred"] += sum(1 for a, b in pset if any(a < e and s < b for s, e in gset))
        c["o_gold"] += sum(1 for s, e in gset if any(a < e and s < b for a, b in pset))

    def figures(self) -> dict[str, float]:
        c = self.c
        g_spans = c["gold"]

        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        sp = c["s_tp"] / c["pred"] if c["pred"] else 0.0
        sr = c["s_tp"] / g_spans
        op = c["o_pred"] / c["pred"] if c["pred"] else 0.0
        orr = c["o_gold"] / g_spans
        return {
            "loose_recall": c["found"] / g_spans,
            "item_precision": c["matched"] / c["items"] if c["items"] else 0.0,
            "items": c["items"], "gold_spans": g_spans,
            "strict_p": sp, "strict_r": sr, "strict_f1": f1(sp, sr),
            "overlap_p": op, "overlap_r": orr, "overlap_f1": f1(op, orr),
        }  # fmt: skip


def rules_items(gold: dict) -> list[str]:
    """The lexicon and rules alone: the shipped tagger saw every posting, so it is left out."""
    if gold["file"] not in _RULES:
        with tagger_in_use(None):
            _RULES[gold["file"]] = job_items(gold)
    return _RULES[gold["file"]]


def job_items(gold: dict) -> list[str]:
    return list(extract_job(gold["text"], source="x", content_type="text/plain").skills)


def locate(text: str, items: list[str]) -> list[tuple[int, int]]:
    low = text.lower()
    return [(i, i + len(t)) for t in items if (i := low.find(t.lower())) >= 0]


RUNS = ("rules", "crf", "crf+rules")


def by_posting(golds: list[dict]) -> list[int]:
    return [i % FOLDS for i in range(len(golds))]


def by_source(golds: list[dict]) -> list[int]:
    """Fold 0: SkillSpan's "tech" postings (StackOverflow), fold 1: "house" (a job board)."""
    return [0 if "source=tech" in g["source"] else 1 for g in golds]


def cross_validate(
    golds: list[dict], params: dict, tmp: Path, fold_of: list[int] | None = None
) -> dict[str, dict[str, Any]]:
    """Every figure on postings the fold's model did not see; "crf+rules" is extract_job's
    skills list with the fold's model in place of the shipped one."""
    fold_of = fold_of or by_posting(golds)
    scores = {n: {s: Score() for s in ("dev", "train", "all")} for n in RUNS}
    folds: dict[str, list[dict[str, float]]] = {n: [] for n in RUNS}
    for fold in sorted(set(fold_of)):
        test = [g for g, f in zip(golds, fold_of, strict=True) if f == fold]
        train([g for g, f in zip(golds, fold_of, strict=True) if f != fold], tmp, params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(tmp))
        per = {n: Score() for n in RUNS}
        for gold in test:
            spans = [(a, b) for a, b, _ in tag_text(tagger, gold["text"]).spans]
            crf_items = list(dict.fromkeys(gold["text"][a:b] for a, b in spans))
            rules = rules_items(gold)
            with tagger_in_use(tagger):
                both = job_items(gold)
            runs = {
                "rules": (rules, locate(gold["text"], rules)),
                "crf": (crf_items, spans),
                "crf+rules": (both, locate(gold["text"], both)),
            }
            for name, (items, where) in runs.items():
                per[name].add(gold, items, where)
                for split in (gold["split"], "all"):
                    scores[name][split].add(gold, items, where)
        for name in RUNS:
            folds[name].append(per[name].figures())
    out: dict[str, dict[str, Any]] = {
        f"{n}/{s}": sc.figures() for n, by in scores.items() for s, sc in by.items()
    }
    for name in RUNS:
        out[f"{name}/folds"] = spread(folds[name])
    return out


def spread(figs: list[dict[str, float]]) -> dict[str, Any]:
    """Mean, standard deviation and the per-fold values of the two target figures."""
    out: dict[str, Any] = {}
    for key in ("loose_recall", "item_precision", "gold_spans", "items"):
        values = [f[key] for f in figs]
        out[key] = {"mean": statistics.mean(values), "sd": statistics.stdev(values),
                    "folds": values}  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--c1", type=float, nargs="*", default=[PARAMS["c1"]])
    ap.add_argument(
        "--by-source",
        action="store_true",
        help="train on one SkillSpan source, score the other (the item filter off: its weights "
        "saw both); figures only",
    )
    ap.add_argument("--no-filter", action="store_true", help="the item filter off; figures only")
    args = ap.parse_args()
    golds = load()
    tmp = Path(tempfile.mkdtemp()) / "skill_crf_cv.crfsuite"
    fold_of = by_source(golds) if args.by_source else by_posting(golds)
    if args.by_source or args.no_filter:
        args.cv_only = True
        skill_filter.active = lambda: None  # type: ignore[assignment]
    results = {}
    for c1 in args.c1:
        params = {**PARAMS, "c1": c1}
        results[c1] = cross_validate(golds, params, tmp, fold_of)
        for key, fig in results[c1].items():
            print(f"c1={c1} {key}: " + ", ".join(
                f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in fig.items()
            ), flush=True)  # fmt: skip
    tmp.unlink(missing_ok=True)
    if args.cv_only:
        return
    (ROOT / "bench" / "research" / "skill_crf_cv.json").write_text(
        json.dumps({str(k): v for k, v in results.items()}, indent=1) + "\n"
    )
    train(golds, MODEL, PARAMS)
    print(f"model: {MODEL} ({MODEL.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
