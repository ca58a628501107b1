"""Compare decoding rules for the skill tagger on cached cross-validated marginals.

    .venv/bin/python bench/research/skill_decode_cv.py CACHE.pkl

Each setting is scored on the outer folds; the "nested" row picks, for each outer fold, the
setting that does best on that fold's inner predictions (its 40 training postings tagged by
models that did not see them) and scores it on the outer fold only.
"""

from __future__ import annotations

import itertools
import pickle
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench" / "research")]

from train_skill_crf import FOLDS, Score, load, locate, rules_items  # noqa: E402

from roundtwo.engines.research.skill_tagger import Decoding, spans_from_marginals  # noqa: E402

Setting = tuple[float, float, str]  # O threshold, span confidence floor, lexicon policy


def decode(rec: dict, theta: float, floor: float) -> list[tuple[int, int]]:
    spans = spans_from_marginals(rec["toks"], rec["tags"], rec["marg"], Decoding(theta, floor))
    return [(a + rec["offset"], b + rec["offset"]) for a, b, _ in spans]


def items_for(gold: dict, recs: list[dict], s: Setting) -> tuple[list[str], list[tuple[int, int]]]:
    theta, floor, policy = s
    text = gold["text"]
    spans = [span for rec in recs for span in decode(rec, theta, floor)]
    crf = list(dict.fromkeys(text[a:b] for a, b in spans))
    rules = rules_items(gold)
    seen = {i.lower() for i in crf}
    if policy == "all":
        extra = [r for r in rules if r.lower() not in seen]
    elif policy == "uncovered":
        extra = []
        for r, (a, b) in zip(rules, locate_all(text, rules), strict=True):
            if r.lower() in seen:
                continue
            if a < 0 or not any(x <= a and b <= y for x, y in spans):
                extra.append(r)
    elif policy.startswith("ctx"):
        # the lexicon's names where the tagger itself gives the words some chance of a span
        floor_ctx = float(policy.split(":")[1].rstrip("+"))
        keep_unplaced = policy.endswith("+")
        extra = []
        for r, (a, b) in zip(rules, locate_all(text, rules), strict=True):
            if r.lower() in seen:
                continue
            conf = context_confidence(recs, a, b)
            if (conf is None and keep_unplaced) or (conf is not None and conf >= floor_ctx):
                extra.append(r)
    else:
        extra = []
    items = crf + extra
    return items, spans + locate(text, extra)


def context_confidence(recs: list[dict], a: int, b: int) -> float | None:
    if a < 0:
        return None
    for rec in recs:
        off = rec["offset"]
        if off <= a < off + len(rec["line"]):
            idx = [i for i, (_, x, y) in enumerate(rec["toks"]) if x + off >= a and y + off <= b]
            if idx:
                return max(1 - rec["marg"][i]["O"] for i in idx)
    return None


def locate_all(text: str, items: list[str]) -> list[tuple[int, int]]:
    low = text.lower()
    out = []
    for t in items:
        i = low.find(t.lower())
        out.append((i, i + len(t)) if i >= 0 else (-1, -1))
    return out


def score(golds: dict, preds: dict, s: Setting) -> dict:
    sc = Score()
    for f, recs in preds.items():
        items, spans = items_for(golds[f], recs, s)
        sc.add(golds[f], items, spans)
    return sc.figures()


def choose(golds: dict, inner: dict, grid: list[Setting], floor_p: float) -> Setting:
    figs = {s: score(golds, inner, s) for s in grid}
    ok = [s for s in grid if figs[s]["item_precision"] >= floor_p]
    if ok:
        return max(ok, key=lambda s: figs[s]["loose_recall"])
    return max(grid, key=lambda s: figs[s]["item_precision"])


def main() -> None:
    cache = pickle.loads(Path(sys.argv[1]).read_bytes())  # noqa: S301 (our own cache file)
    golds = {g["file"]: g for g in load()}
    thetas = [0.0, 0.7, 0.8, 0.9]
    floors = [0.0, 0.5, 0.55, 0.6, 0.65]
    grid = list(itertools.product(thetas, floors, ["all", "none", "ctx:0.1"]))
    allpreds = {f: r for fold in cache["outer"].values() for f, r in fold.items()}
    for s in grid if "--nested" not in sys.argv else []:
        fig = score(golds, allpreds, s)
        per = [score(golds, cache["outer"][k], s) for k in range(FOLDS)]
        print(
            s,
            f"R {fig['loose_recall']:.3f} P {fig['item_precision']:.3f} items {fig['items']}",
            "folds R " + " ".join(f"{p['loose_recall']:.2f}" for p in per),
            "P " + " ".join(f"{p['item_precision']:.2f}" for p in per),
            flush=True,
        )
    if cache["inner"]:
        for floor_p in (0.85, 0.86, 0.87):
            sc = Score()
            chosen = []
            per = []
            for k in range(FOLDS):
                s = choose(golds, cache["inner"][k], grid, floor_p)
                chosen.append(s)
                fsc = Score()
                for f, recs in cache["outer"][k].items():
                    items, spans = items_for(golds[f], recs, s)
                    sc.add(golds[f], items, spans)
                    fsc.add(golds[f], items, spans)
                per.append(fsc.figures())
            fig = sc.figures()
            rs = [p["loose_recall"] for p in per]
            ps = [p["item_precision"] for p in per]
            print(
                f"nested floor {floor_p}:",
                f"R {fig['loose_recall']:.3f} P {fig['item_precision']:.3f} items {fig['items']}",
                f"strict F1 {fig['strict_f1']:.3f} overlap F1 {fig['overlap_f1']:.3f}",
                f"fold R {statistics.mean(rs):.3f}+-{statistics.stdev(rs):.3f}",
                f"fold P {statistics.mean(ps):.3f}+-{statistics.stdev(ps):.3f}",
                chosen,
            )


if __name__ == "__main__":
    main()
