"""One-fold check of a spaCy NER tagger against the CRF (not shipped; bench/RESULTS.md).

    .venv/bin/python bench/research/skill_spacy_fold.py WORKDIR [--fold 0]

Trains spaCy's CPU "efficiency" NER pipeline (`spacy init config -l en -p ner -o efficiency`,
no pretrained vectors) on the 40 postings outside the fold (35 to train, the first 5 for spaCy's
own model choice) and scores it, line by line as the CRF reads, on the fold's 10 postings next to
the CRF trained on the same 40 postings (Viterbi and P(O) < 0.9). Data: only
../shared/eval/research/jobs; SkillSpan's test split is never read.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench" / "research")]

import pycrfsuite  # noqa: E402
import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.util import filter_spans  # noqa: E402
from train_skill_crf import FOLDS, PARAMS, Score, load, train  # noqa: E402

from roundtwo.engines.research.skill_tagger import Decoding, lines, tag_text  # noqa: E402


def docs(golds: list[dict], nlp: spacy.language.Language) -> list[Doc]:
    """One doc per line the CRF reads, with the human spans as entities (skills first)."""
    out = []
    for g in golds:
        spans = [(s["start"], s["end"], "SKILL") for s in g["skill_spans"]]
        spans += [(s["start"], s["end"], "KNOW") for s in g["knowledge_spans"]]
        for line, off in lines(g["text"]):
            doc = nlp.make_doc(line)
            ents = [
                doc.char_span(a - off, b - off, label=kind, alignment_mode="expand")
                for a, b, kind in spans
                if a >= off and b <= off + len(line)
            ]
            doc.ents = filter_spans([e for e in ents if e is not None])
            out.append(doc)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("workdir")
    ap.add_argument("--fold", type=int, default=0)
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    golds = load()
    test = [g for i, g in enumerate(golds) if i % FOLDS == args.fold]
    rest = [g for i, g in enumerate(golds) if i % FOLDS != args.fold]
    blank = spacy.blank("en")
    DocBin(docs=docs(rest[5:], blank)).to_disk(work / "train.spacy")
    DocBin(docs=docs(rest[:5], blank)).to_disk(work / "dev.spacy")
    spacy_cli = [sys.executable, "-m", "spacy"]
    subprocess.run([*spacy_cli, "init", "config", "-l", "en", "-p", "ner", "-o", "efficiency",
                    "-F", str(work / "config.cfg")], check=True)  # fmt: skip
    start = time.perf_counter()
    subprocess.run([*spacy_cli, "train", str(work / "config.cfg"), "--output", str(work / "out"),
                    "--paths.train", str(work / "train.spacy"), "--paths.dev",
                    str(work / "dev.spacy"), "--training.max_epochs", "20",
                    "--training.max_steps", "3000", "--training.patience", "800",
                    "--nlp.batch_size", "256"], check=True)  # fmt: skip
    print("spaCy training (s):", round(time.perf_counter() - start, 1))
    nlp = spacy.load(work / "out" / "model-best")
    crf_path = Path(tempfile.mkdtemp()) / "fold.crfsuite"
    train(rest, crf_path, PARAMS)
    crf = pycrfsuite.Tagger()
    crf.open(str(crf_path))
    scores = {name: Score() for name in ("spacy", "crf viterbi", "crf P(O)<0.9")}
    for g in test:
        parts = lines(g["text"])
        spans = []
        for doc, (_, off) in zip(nlp.pipe([line for line, _ in parts]), parts, strict=True):
            spans += [(off + e.start_char, off + e.end_char) for e in doc.ents]
        scores["spacy"].add(g, list(dict.fromkeys(g["text"][a:b] for a, b in spans)), spans)
        for name, decoding in (("crf viterbi", Decoding()), ("crf P(O)<0.9", Decoding(0.9))):
            found = [(a, b) for a, b, _ in tag_text(crf, g["text"], decoding).spans]
            items = list(dict.fromkeys(g["text"][a:b] for a, b in found))
            scores[name].add(g, items, found)
    for name, score in scores.items():
        print(name, {k: round(v, 3) if isinstance(v, float) else v
                     for k, v in score.figures().items()})  # fmt: skip


if __name__ == "__main__":
    main()
