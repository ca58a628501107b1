"""Experiments on the skills list's item precision, in the nested cross-validation of
skill_filter_cv.py (none of them shipped; figures in bench/RESULTS.md, "Research on real pages").

    .venv/bin/python bench/research/skill_item_cv.py collect CACHE [--crf-params JSON] [--bilou]
        [--edges] [--bag N] [--member-params JSON_LIST] [--gazetteer] [--stack K]
    .venv/bin/python bench/research/skill_item_cv.py nested CACHE [--extra knn_pos,knn_neg,emb_lr]
        [--edges] [--drop-unplaced] [--floor 0.61]

collect trains the 15 taggers of skill_filter_cv.py (5 outer, 10 pair) with other CRF settings
(--crf-params, --bilou) and records every item's filter features (--edges adds how the item sits
in its line). --bag N and --member-params make each of the 15 taggers an ensemble: the CRF of
its training postings plus N bootstrap CRFs (postings drawn with replacement from the same
training postings) and one CRF per settings dict of --member-params (all training postings);
their token marginals are averaged before decoding (the Viterbi decoding becomes each token's
most likely label). --gazetteer adds token features from the human span texts of the training
postings (out of posting: a training posting's features come from the other training postings'
spans only): where a known span text starts or continues, in how many places it was marked, and
how often the same words stand unmarked in those postings. --stack K makes each tagger two CRFs:
the usual one, then a second one that also reads the first one's P(not O) and P(B-) of the token
and its two neighbours each side; its training postings get those from first-stage CRFs trained
on the other K-1 parts of the training postings (out of posting), as a new posting gets them from
the first-stage CRF trained on all of them.

nested re-runs skill_filter_cv.py's nested selection on those items with extra
item features, all computed inside the training folds:

- knn_pos / knn_neg: mean WordLlama cosine of the item to its 5 nearest human spans (and correct
  items), and to its 5 nearest wrong items, of the training postings;
- emb_lr: a logistic model on the item's WordLlama vector, fitted on the same training items;
- line_lr: a logistic model on the WordLlama vector of the item's line, fitted on the training
  postings' lines, each labelled by whether a human span sits in it (a benefits line, a line
  about the company or about applying holds none);
- --drop-unplaced: leave out the lexicon's names that the text does not spell out (aliases'
  canonical names and verb-phrase names; a product change, measured to see what they cost).

A training row of fold a takes its references from the other training folds only; rows scored
(inner held-out fold, or the outer fold) take them from all training folds. Data: only
../shared/eval/research/jobs (50 SkillSpan postings, train and dev splits; the test split is
never read).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench" / "research")]

import skill_filter_cv as sfc  # noqa: E402
import train_skill_crf  # noqa: E402
from train_skill_crf import FOLDS, Score, load, locate  # noqa: E402

from roundtwo.engines.research import skill_filter, skill_tagger  # noqa: E402
from roundtwo.engines.research.skill_filter import Candidate  # noqa: E402
from roundtwo.engines.research.skill_tagger import Tagged, Token, lines, tokenize  # noqa: E402

K = 5
EDGES = ("p_before", "p_after", "line_cover", "starts_line", "after_colon", "items_in_line")
Row = dict[str, Any]
RowsOf = Callable[[str], list[Row]]
Refs = tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]


# -- collect ---------------------------------------------------------------------------------


def edges(c: Candidate, tagged: Tagged, text: str) -> dict[str, float]:
    """How the item sits in its line: a confident word just outside it (the tagger was unsure
    where the phrase ends), its share of the line, at the line's start or after a colon, and
    how many other items the line holds (a list of skills)."""
    line = tagged.line_at(c.start)
    start, end = (line[0], line[1]) if line else (c.start, c.end)
    before = tagged.probabilities(max(start, c.start - 40), c.start)
    after = tagged.probabilities(c.end, min(end, c.end + 40))
    head = text[start : c.start].strip(" \t•*-–·")
    others = sum(1 for a, b, _ in tagged.spans if start <= a < end and (a, b) != (c.start, c.end))
    return {
        "p_before": before[-1] if before and c.start > start else 0.0,
        "p_after": after[0] if after else 0.0,
        "line_cover": min(1.0, (c.end - c.start) / max(end - start, 1)),
        "starts_line": float(not head),
        "after_colon": float(head.endswith(":")),
        "items_in_line": min(others, 4) / 4,
    }


class Averaged:
    """Several CRFs read as one (the calls of pycrfsuite.Tagger that the engine makes): each
    token's label marginals averaged over the members; tag() is each token's most likely label,
    an I- after a token outside that kind read as B-. open(path) opens path and its members
    (path.m0.crfsuite, ...)."""

    def __init__(self) -> None:
        import pycrfsuite

        self._new = pycrfsuite.Tagger
        self.taggers: list[Any] = []
        self.marg: list[dict[str, float]] = []

    def open(self, path: str) -> None:
        for p in [Path(path), *sorted(Path(path).parent.glob(Path(path).stem + ".m*.crfsuite"))]:
            t = self._new()
            t.open(str(p))
            self.taggers.append(t)

    def labels(self) -> list[str]:
        return sorted({lab for t in self.taggers for lab in t.labels()})

    def set(self, feats: list[dict[str, Any]]) -> None:
        self.marg = [dict.fromkeys(self.labels(), 0.0) for _ in feats]
        for t in self.taggers:
            t.set(feats)
            for lab in t.labels():
                for i, m in enumerate(self.marg):
                    m[lab] += t.marginal(lab, i) / len(self.taggers)

    def marginal(self, label: str, i: int) -> float:
        return self.marg[i].get(label, 0.0)

    def tag(self) -> list[str]:
        out: list[str] = []
        for m in self.marg:
            best = max(m, key=m.__getitem__)
            if best.startswith("I-") and (not out or out[-1][2:] != best[2:]):
                best = "B-" + best[2:]
            out.append(best)
        return out


def _train_member(job: tuple[str, frozenset[int], str, int, dict[str, Any] | None]) -> str:
    """Member m of a tagger: a bootstrap sample of its training postings (params None), or all of
    them with other CRF settings."""
    name, left_out, cache, m, params = job
    path = Path(cache) / f"{name}.m{m}.crfsuite"
    if not path.exists():
        golds = [g for i, g in enumerate(load()) if i % FOLDS not in left_out]
        if params is None:
            rng = random.Random(f"{name}:{m}")
            golds = [rng.choice(golds) for _ in golds]
        tmp = path.with_suffix(".part")
        sfc.train(golds, tmp, {**sfc.PARAMS, **(params or {})})
        tmp.rename(path)
    return path.name


def train_members(cache: Path, bag: int, member_params: list[dict[str, Any]], workers: int) -> None:
    settings: list[dict[str, Any] | None] = [None] * bag + list(member_params)
    jobs = [
        (n, out, str(cache), m, p) for n, out in sfc.model_jobs() for m, p in enumerate(settings)
    ]
    with ProcessPoolExecutor(workers) as pool:
        for name in pool.map(_train_member, jobs):
            print("member", name, flush=True)


GAZ_LEN = 8  # longest span text (tokens) the gazetteer looks for
Phrase = tuple[str, ...]
Table = dict[Phrase, tuple[int, int]]  # span text -> (times marked, times seen)


class Gazetteer:
    """Per posting, its human span texts (lower-cased tokens) and how often any human span text
    of the 50 postings stands in it; table(files) sums them over the given postings."""

    def __init__(self, golds: list[dict]) -> None:
        self.marked: dict[str, Counter[Phrase]] = {}
        for g in golds:
            spans = (*g["skill_spans"], *g["knowledge_spans"])
            phrases = [_words(tokenize(s["text"])) for s in spans]
            self.marked[g["file"]] = Counter(
                q for q in phrases if 0 < len(q) <= GAZ_LEN and any(w[:1].isalpha() for w in q)
            )
        known = set().union(*self.marked.values())
        self.seen: dict[str, Counter[Phrase]] = {}
        for g in golds:
            c: Counter[Phrase] = Counter()
            for line, _ in lines(g["text"]):
                words = _words(tokenize(line))
                for i in range(len(words)):
                    c.update(q for n in range(1, GAZ_LEN + 1) if (q := words[i : i + n]) in known)
            self.seen[g["file"]] = c

    def table(self, files: list[str]) -> Table:
        marked: Counter[Phrase] = Counter()
        seen: Counter[Phrase] = Counter()
        for f in files:
            marked.update(self.marked[f])
            seen.update(self.seen[f])
        return {q: (n, max(n, seen[q])) for q, n in marked.items()}


def _words(toks: list[Token]) -> Phrase:
    return tuple(w.lower() for w, _, _ in toks)


def gazetteer_features(feats: list[dict[str, Any]], toks: list[Token], table: Table) -> None:
    """Longest known span text first, left to right: B/I of the match, and with it how many
    times it was marked (1, 2, 3+) and the share of its occurrences that were marked."""
    words = _words(toks)
    marks = ["O"] * len(words)
    i = 0
    while i < len(words):
        hit = next(
            ((n, table[q]) for n in range(min(GAZ_LEN, len(words) - i), 0, -1)
             if (q := words[i : i + n]) in table),
            None,
        )  # fmt: skip
        if hit is None:
            i += 1
            continue
        n, (marked, seen) = hit
        share = "hi" if marked / seen >= 0.6 else "mid" if marked / seen >= 0.25 else "lo"
        for j in range(i, i + n):
            marks[j] = f"{'B' if j == i else 'I'}|{min(marked, 3)}|{share}"
        i += n
    for i, f in enumerate(feats):
        f["gz"] = marks[i][:1]
        f["gz+"] = marks[i]
        f["gz_share"] = marks[i][-3:].strip("|") if marks[i] != "O" else "O"
        for d in (-1, 1):
            if 0 <= i + d < len(marks):
                f[f"{d}:gz"] = marks[i + d][:1]


class WithGazetteer:
    """Patches the training and tagging code so every line's features carry the gazetteer of
    the model's training postings; a training posting's own spans never count for it."""

    def __init__(self) -> None:
        self.gaz = Gazetteer(load())
        self.table: Table = {}
        self.train_files: list[str] = []
        self.plain = (skill_tagger.line_features, sfc.train, train_skill_crf._sequences,
                      sfc._collect_one)  # fmt: skip
        skill_tagger.line_features = self.line_features  # type: ignore[assignment]
        train_skill_crf.line_features = self.line_features  # type: ignore[assignment]
        sfc.train = self.train
        train_skill_crf._sequences = self.sequences
        sfc._collect_one = _collect_with_gazetteer  # pickled by name for the process pool
        global _GAZETTEER
        _GAZETTEER = self

    def line_features(self, text: str, toks: list[Token], section: str = "") -> list[dict]:
        feats = self.plain[0](text, toks, section)
        gazetteer_features(feats, toks, self.table)
        return feats

    def train(self, golds: list[dict], path: Path, params: dict) -> None:
        self.train_files = [g["file"] for g in golds]
        train_skill_crf._SEQUENCES.clear()
        self.plain[1](golds, path, params)

    def sequences(self, gold: dict) -> list[tuple[list[dict], list[str]]]:
        self.table = self.gaz.table([f for f in self.train_files if f != gold["file"]])
        return self.plain[2](gold)  # type: ignore[no-any-return]

    def collect_one(self, job: tuple[str, frozenset[int], str]) -> Any:
        files = [g["file"] for i, g in enumerate(load()) if i % FOLDS not in job[1]]
        self.table = self.gaz.table(files)
        return self.plain[3](job)


def stacked(feats: list[dict[str, Any]], marg: list[dict[str, float]]) -> list[dict[str, Any]]:
    """The line's features plus the first-stage marginals around each token."""
    out = []
    for i, f in enumerate(feats):
        g = dict(f)
        for d in (-2, -1, 0, 1, 2):
            if 0 <= i + d < len(marg):
                m = marg[i + d]
                inside = 1 - m.get("O", 0.0)
                g[f"{d}:s1"] = inside
                g[f"{d}:s1b"] = str(round(inside * 4))
                g[f"{d}:s1B"] = sum(p for lab, p in m.items() if lab.startswith("B-"))
        out.append(g)
    return out


class Stacked:
    """The first-stage CRF at path and the second at path.s2.crfsuite, read as one tagger."""

    def __init__(self) -> None:
        import pycrfsuite

        self.first, self.second = pycrfsuite.Tagger(), pycrfsuite.Tagger()

    def open(self, path: str) -> None:
        self.first.open(path)
        self.second.open(str(Path(path).with_suffix(".s2.crfsuite")))

    def set(self, feats: list[dict[str, Any]]) -> None:
        self.first.set(feats)
        labels = self.first.labels()
        marg = [{lab: self.first.marginal(lab, i) for lab in labels} for i in range(len(feats))]
        self.second.set(stacked(feats, marg))

    def labels(self) -> list[str]:
        return self.second.labels()  # type: ignore[no-any-return]

    def tag(self) -> list[str]:
        return self.second.tag()  # type: ignore[no-any-return]

    def marginal(self, label: str, i: int) -> float:
        return self.second.marginal(label, i)  # type: ignore[no-any-return]


def _train_second(job: tuple[str, frozenset[int], str, int]) -> str:
    """The second stage of a tagger: its training postings in K parts, each part's marginals
    from a first-stage CRF trained on the other parts."""
    import pycrfsuite

    name, left_out, cache, parts = job
    path = Path(cache) / f"{name}.s2.crfsuite"
    if path.exists():
        return path.name
    golds = [g for i, g in enumerate(load()) if i % FOLDS not in left_out]
    trainer = pycrfsuite.Trainer(verbose=False)
    for part in range(parts):
        first = Path(cache) / f"{name}.s1_{part}.crfsuite"
        if not first.exists():
            sfc.train([g for n, g in enumerate(golds) if n % parts != part], first, sfc.PARAMS)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(first))
        labels = tagger.labels()
        for g in golds[part::parts]:
            for feats, tags in train_skill_crf.sequences(g):
                tagger.set(feats)
                marg = [{lab: tagger.marginal(lab, i) for lab in labels} for i in range(len(feats))]
                trainer.append(stacked(feats, marg), tags)
    trainer.set_params(sfc.PARAMS)
    tmp = path.with_suffix(".part")
    trainer.train(str(tmp))
    tmp.rename(path)
    return path.name


def train_second(cache: Path, parts: int, workers: int) -> None:
    jobs = [(n, out, str(cache), parts) for n, out in sfc.model_jobs()]
    with ProcessPoolExecutor(workers) as pool:
        for name in pool.map(_train_second, jobs):
            print("second stage", name, flush=True)


_GAZETTEER: WithGazetteer | None = None


def _collect_with_gazetteer(job: tuple[str, frozenset[int], str]) -> Any:
    assert _GAZETTEER is not None
    return _GAZETTEER.collect_one(job)


def collect(args: argparse.Namespace) -> None:
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    # module settings are read by the forked workers of skill_filter_cv's process pools
    sfc.PARAMS = {**sfc.PARAMS, **json.loads(args.crf_params)}
    train_skill_crf.BILOU = args.bilou
    if args.edges:
        plain = skill_filter.features
        skill_filter.features = lambda c, t, x: {**plain(c, t, x), **edges(c, t, x)}  # type: ignore[assignment]
    print("CRF", sfc.PARAMS, "BILOU", args.bilou, "edges", args.edges, "bag", args.bag,
          "members", args.member_params, "gazetteer", args.gazetteer, "stack", args.stack,
          flush=True)  # fmt: skip
    if args.gazetteer:
        WithGazetteer()
    sfc.train_taggers(cache, args.workers)
    member_params = json.loads(args.member_params)
    if args.bag or member_params:
        train_members(cache, args.bag, member_params, args.workers)
        sfc.pycrfsuite = SimpleNamespace(Tagger=Averaged)  # read by sfc._collect_one
    if args.stack:
        assert not (args.bag or member_params or args.gazetteer), "--stack: plain CRFs only"
        train_second(cache, args.stack, args.workers)
        sfc.pycrfsuite = SimpleNamespace(Tagger=Stacked)
    sfc.collect(cache, args.workers)


# -- nested ----------------------------------------------------------------------------------


class Nested:
    def __init__(self, cache: Path, extra: list[str], drop_unplaced: bool) -> None:
        self.rows = pickle.loads((cache / "rows.pkl").read_bytes())  # noqa: S301
        self.golds = load()
        self.by_name = {g["file"]: g for g in self.golds}
        self.fold = {g["file"]: i % FOLDS for i, g in enumerate(self.golds)}
        self.files_of = {j: [f for f in self.by_name if self.fold[f] == j] for j in range(FOLDS)}
        self.extra = extra
        self.drop_unplaced = drop_unplaced
        self.vectors = self._embed(cache / "embeddings.pkl") if extra else {}
        for (_, _, f), rs in self.rows.items():
            for r in rs:
                r["file"] = f
        self.lines = self._lines(cache / "lines.pkl") if "line_lr" in extra else {}

    def _lines(self, path: Path) -> dict[str, tuple[list[int], np.ndarray, np.ndarray]]:
        """Per posting: each line's start, WordLlama vector and whether a human span is in it."""
        if path.exists():
            return pickle.loads(path.read_bytes())  # type: ignore[no-any-return]  # noqa: S301
        from roundtwo.engines.answers.loader import load_embedder

        embedder = load_embedder()
        assert embedder is not None, "WordLlama is needed for line_lr"
        out = {}
        for g in self.golds:
            spans = [(s["start"], s["end"]) for s in (*g["skill_spans"], *g["knowledge_spans"])]
            starts, texts, labels, at = [], [], [], 0
            for line in g["text"].split("\n"):
                end = at + len(line)
                starts.append(at)
                texts.append(line.strip() or "-")
                labels.append(any(a < end and b > at for a, b in spans))
                at = end + 1
            out[g["file"]] = (starts, np.asarray(embedder.embed(texts)), np.array(labels))
        path.write_bytes(pickle.dumps(out))
        return out

    def line_model(self, files: list[str]) -> np.ndarray:
        x = np.vstack([self.lines[f][1] for f in files])
        y = np.concatenate([self.lines[f][2] for f in files])
        return _logistic(x[y], x[~y])

    def line_vector(self, r: Row) -> np.ndarray | None:
        starts, vectors, _ = self.lines[r["file"]]
        at = self.by_name[r["file"]]["text"].lower().find(r["text"].lower())
        if at < 0:
            return None
        return vectors[bisect_right(starts, at) - 1]  # type: ignore[no-any-return]

    def _embed(self, path: Path) -> dict[str, np.ndarray]:
        if path.exists():
            return pickle.loads(path.read_bytes())  # type: ignore[no-any-return]  # noqa: S301
        from roundtwo.engines.answers.loader import load_embedder

        texts = {r["text"] for rs in self.rows.values() for r in rs}
        for g in self.golds:
            texts.update(s["text"] for s in (*g["skill_spans"], *g["knowledge_spans"]))
        ordered = sorted(texts)
        embedder = load_embedder()
        assert embedder is not None, "WordLlama is needed for --extra"
        out = dict(zip(ordered, embedder.embed(ordered), strict=True))
        path.write_bytes(pickle.dumps(out))
        return out

    def matrix(self, texts: list[str]) -> np.ndarray:
        width = len(next(iter(self.vectors.values())))
        return np.array([self.vectors[t] for t in texts], dtype=np.float32).reshape(-1, width)

    def refs(self, files: list[str], rows_of: RowsOf) -> Refs:
        pos: set[str] = set()
        neg: set[str] = set()
        for f in files:
            g = self.by_name[f]
            pos.update(s["text"] for s in (*g["skill_spans"], *g["knowledge_spans"]))
            for r in rows_of(f):
                if r["feats"] is not None and not r["feats"]["lexicon"]:
                    (pos if r["label"] else neg).add(r["text"])
        p, n = self.matrix(sorted(pos)), self.matrix(sorted(neg))
        emb = _logistic(p, n) if "emb_lr" in self.extra else None
        return p, n, emb, (self.line_model(files) if "line_lr" in self.extra else None)

    def augment(self, rows: list[Row], refs: Refs | None) -> list[Row]:
        if refs is None:
            return rows
        x = self.matrix([r["text"] for r in rows])
        near_pos, near_neg = _top_k(x @ refs[0].T), _top_k(x @ refs[1].T)
        out = []
        for i, r in enumerate(rows):
            if r["feats"] is None:
                out.append(r)
                continue
            f = {**r["feats"], "knn_pos": float(near_pos[i]), "knn_neg": float(near_neg[i])}
            if refs[2] is not None:
                f["emb_lr"] = _sigmoid(float(np.r_[x[i], 1.0] @ refs[2]))
            if refs[3] is not None:
                v = self.line_vector(r)
                f["line_lr"] = 0.5 if v is None else _sigmoid(float(np.r_[v, 1.0] @ refs[3]))
            out.append({**r, "feats": f})
        return out

    def model_on(self, universe: list[int], rows_of: RowsOf) -> tuple[Any, Refs | None]:
        """The filter fitted on the universe's folds, each fold's rows with kNN references from
        the other folds; and the references from all of them, for rows scored by it."""
        train_rows: list[Row] = []
        for a in universe:
            others = [f for b in universe if b != a for f in self.files_of[b]]
            refs = self.refs(others, rows_of) if self.extra else None
            for f in self.files_of[a]:
                train_rows += self.augment(rows_of(f), refs)
        every = [f for b in universe for f in self.files_of[b]]
        return sfc.fit(train_rows), (self.refs(every, rows_of) if self.extra else None)

    def kept(self, rows: list[Row], probs: list[float], t: float) -> list[Row]:
        out = _KEPT(rows, probs, t)
        return [r for r in out if r["feats"] is not None] if self.drop_unplaced else out

    def run(self) -> dict[str, Any]:
        sfc.kept_items = self.kept  # sfc.quick and sfc.choose read the kept items through it
        total = {s: Score() for s in ("dev", "train", "all")}
        per_fold, chosen = [], []
        curve: dict[int, sfc.Scored] = {d: {} for d in range(len(sfc.DECODINGS))}
        for k in range(FOLDS):
            inner = [j for j in range(FOLDS) if j != k]

            def inner_rows(f: str, d: int, k: int = k) -> list[Row]:
                j = self.fold[f]
                return self.rows[(f"pair_{min(j, k)}_{max(j, k)}", d, f)]  # type: ignore[no-any-return]

            by_decoding: dict[int, sfc.Scored] = {}
            for d in range(len(sfc.DECODINGS)):
                by_decoding[d] = {}
                for j in inner:
                    rows_of: RowsOf = lambda f, d=d: inner_rows(f, d)  # noqa: E731
                    model, refs = self.model_on([a for a in inner if a != j], rows_of)
                    for f in self.files_of[j]:
                        rs = self.augment(rows_of(f), refs)
                        by_decoding[d][f] = (rs, sfc.predict(model, rs))
            d_c, t_c = sfc.choose(self.by_name, by_decoding)
            chosen.append({"decoding": sfc.DECODINGS[d_c].__dict__, "threshold": t_c})
            fold_score = Score()
            for d in range(len(sfc.DECODINGS)):
                model, refs = self.model_on(inner, lambda f, d=d: inner_rows(f, d))
                for f in self.files_of[k]:
                    rs = self.augment(self.rows[(f"outer_{k}", d, f)], refs)
                    curve[d][f] = (rs, sfc.predict(model, rs))
                    if d != d_c:
                        continue
                    gold = self.by_name[f]
                    items = [r["text"] for r in self.kept(*curve[d][f], t_c)]
                    where = locate(gold["text"], items)
                    for s in (gold["split"], "all"):
                        total[s].add(gold, items, where)
                    fold_score.add(gold, items, where)
            per_fold.append(fold_score.figures())
        out: dict[str, Any] = {f"nested/{s}": sc.figures() for s, sc in total.items()}
        out["folds"] = {
            key: [round(p[key], 3) for p in per_fold] for key in ("loose_recall", "item_precision")
        }
        out["chosen"] = chosen
        # the curve's best precision at outer recall >= 0.60: a development figure (choosing a
        # point here means looking at the outer folds)
        best: dict[str, Any] = {}
        for d, scored in curve.items():
            for t in sfc.THRESHOLDS:
                r, p, n = sfc.quick(self.by_name, scored, t)
                if r >= 0.60 and p > best.get(str(d), {}).get("item_precision", 0.0):
                    best[str(d)] = {"threshold": t, "loose_recall": r, "item_precision": p,
                                    "items": n}  # fmt: skip
        out["curve_best_at_recall_0.60"] = best
        return out


_KEPT = sfc.kept_items


def _sigmoid(z: float) -> float:
    return float(1 / (1 + np.exp(-np.clip(z, -30, 30))))


def _top_k(sims: np.ndarray) -> np.ndarray:
    k = min(K, sims.shape[1])
    return np.sort(sims, axis=1)[:, -k:].mean(axis=1)  # type: ignore[no-any-return]


def _logistic(pos: np.ndarray, neg: np.ndarray, l2: float = 3.0) -> np.ndarray:
    """L2-penalised logistic regression on the vectors (Newton's method; bias not penalised)."""
    x = np.hstack([np.vstack([pos, neg]).astype(float), np.ones((len(pos) + len(neg), 1))])
    y = np.r_[np.ones(len(pos)), np.zeros(len(neg))]
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(25):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, x.T @ (p - y) + penalty * w)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def nested(args: argparse.Namespace) -> None:
    extra = [e for e in args.extra.split(",") if e]
    sfc.RECALL_FLOOR = args.floor
    sfc.FEATURES = (*skill_filter.FEATURES, *(EDGES if args.edges else ()), *extra)  # type: ignore[misc]
    result = Nested(Path(args.cache), extra, args.drop_unplaced).run()
    print(json.dumps({"features": list(sfc.FEATURES), "floor": args.floor,
                      "drop_unplaced": args.drop_unplaced, **result}, indent=1))  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect")
    c.add_argument("cache")
    c.add_argument("--crf-params", default="{}")
    c.add_argument("--bilou", action="store_true")
    c.add_argument("--edges", action="store_true")
    c.add_argument("--bag", type=int, default=0)
    c.add_argument("--gazetteer", action="store_true")
    c.add_argument("--stack", type=int, default=0)
    c.add_argument("--member-params", default="[]")
    c.add_argument("--workers", type=int, default=2)
    n = sub.add_parser("nested")
    n.add_argument("cache")
    n.add_argument("--extra", default="")
    n.add_argument("--edges", action="store_true")
    n.add_argument("--drop-unplaced", action="store_true")
    n.add_argument("--floor", type=float, default=sfc.RECALL_FLOOR)
    args = ap.parse_args()
    (collect if args.command == "collect" else nested)(args)


if __name__ == "__main__":
    main()
