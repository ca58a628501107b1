"""Cache the tagger's per-token marginals under cross-validation, so decoding rules can be
compared (and tuned inside the training folds only) without retraining.

    .venv/bin/python bench/research/skill_cv_cache.py OUT.pkl [--inner]

Outer folds: posting i of the sorted file names in fold i mod 5 (as train_skill_crf.py). With
--inner, each outer fold's 40 training postings are split again into 4 inner folds and every
inner posting is tagged by a model that did not see it: decoding settings are then chosen on
those inner predictions only, never on the outer fold they are scored on.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench" / "research")]

import pycrfsuite  # noqa: E402
from train_skill_crf import FOLDS, PARAMS, load, train  # noqa: E402

from roundtwo.engines.research.skill_tagger import (  # noqa: E402
    line_features,
    lines,
    section_words,
    tokenize,
)


def tag_posting(tagger: pycrfsuite.Tagger, text: str) -> list[dict]:
    """Per line: offset, tokens, Viterbi tags and per-token marginals of every label."""
    labels = tagger.labels()
    out = []
    parts = lines(text)
    for (line, offset), section in zip(parts, section_words(parts), strict=True):
        toks = tokenize(line)
        if not toks:
            continue
        tagger.set(line_features(line, toks, section))
        tags = tagger.tag()
        marg = [{lab: tagger.marginal(lab, i) for lab in labels} for i in range(len(toks))]
        out.append({"line": line, "offset": offset, "toks": toks, "tags": tags, "marg": marg})
    return out


def run(golds: list[dict], train_idx: list[int], test_idx: list[int], tmp: Path) -> dict:
    train([golds[i] for i in train_idx], tmp, PARAMS)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp))
    return {golds[i]["file"]: tag_posting(tagger, golds[i]["text"]) for i in test_idx}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--inner", action="store_true")
    args = ap.parse_args()
    golds = load()
    tmp = Path(tempfile.mkdtemp()) / "m.crfsuite"
    cache: dict = {"outer": {}, "inner": {}}
    for fold in range(FOLDS):
        test = [i for i in range(len(golds)) if i % FOLDS == fold]
        rest = [i for i in range(len(golds)) if i % FOLDS != fold]
        cache["outer"][fold] = run(golds, rest, test, tmp)
        print("outer", fold, flush=True)
        if args.inner:
            inner: dict = {}
            for k in range(FOLDS - 1):
                itest = [i for n, i in enumerate(rest) if n % (FOLDS - 1) == k]
                itrain = [i for n, i in enumerate(rest) if n % (FOLDS - 1) != k]
                inner.update(run(golds, itrain, itest, tmp))
                print(" inner", fold, k, flush=True)
            cache["inner"][fold] = inner
    Path(args.out).write_bytes(pickle.dumps(cache))


if __name__ == "__main__":
    main()
