"""Which of the project's 21 competencies a posting asks for, from its duty and requirement lines.

Two signals, measured on the benchmark's dev split (bench/research): the competency keywords in
knowledge/competencies.json (matched at word starts, so "lead" finds "leading" but not
"misleading"), and WordLlama similarity between each line and the competency's full text. Raw
similarity separates poorly (every line is a little similar to everything), so each line's
similarities are standardised across the 21 competencies and a competency scores by its best
standardised line: on dev this took F1 from 0.47 (keywords alone) to 0.55.

The lines are embedded in one call and the competency texts once per process; similarities are
then dot products of unit vectors (WordLlama's own similarity() is the same cosine, one pair per
call, which cost 21 calls a line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from roundtwo.engines.answers.loader import load_embedder
from roundtwo.knowledge import load

MAX_LINES = 40  # a posting's real lines fit in 40; more are usually a page's other listings
KEYWORD_WEIGHT = 1.0  # a keyword anywhere in the lines
SIMILARITY_WEIGHT = 1.0  # per standard deviation above the line's mean similarity
MIN_SCORE = 2.0
MIN_SCORE_WITHOUT_MODEL = 1.0
MAX_COMPETENCIES = 4
# keyword prefixes that, in postings, mostly name something else
_FALSE_FRIENDS = {
    "organi": re.compile(r"organi[sz]ation", re.I),
    "market": re.compile(r"marketing|marketplace", re.I),
    "lead": re.compile(r"lead(s|ing)? (generation|gen|qualification)|leads\b", re.I),
    "service": re.compile(r"services\b|service (desk|management)", re.I),
    "results": re.compile(r"search results", re.I),
    "train": re.compile(r"training (data|models?)", re.I),
}


@dataclass(frozen=True)
class Competency:
    id: str
    text: str  # name, description, signals and keywords, for similarity
    keywords: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def competencies() -> tuple[Competency, ...]:
    out = []
    for c in load("competencies")["competencies"]:
        keywords = [k.lower() for k in c.get("keywords", [])]
        patterns = tuple((k, re.compile(r"(?<![\w-])" + re.escape(k), re.I)) for k in keywords)
        text = " ".join([f"{c['name']}. {c['description']}", *c["signals"], ", ".join(keywords)])
        out.append(Competency(c["id"], text, patterns))
    return tuple(out)


def keyword_hits(comp: Competency, line: str) -> int:
    hits = 0
    for keyword, pattern in comp.keywords:
        for m in pattern.finditer(line):
            friend = _FALSE_FRIENDS.get(keyword)
            if friend is not None and friend.match(line, m.start()):
                continue
            hits += 1
    return hits


@cache
def _competency_vectors() -> Any:
    """Unit vectors of the competency texts, one row each (numpy); None without WordLlama."""
    embedder = load_embedder()
    return None if embedder is None else embedder.embed([c.text for c in competencies()])


def standardised_similarity(lines: list[str]) -> dict[str, float] | None:
    """Per competency, its best line similarity in standard deviations above that line's mean
    over all competencies; None when WordLlama is unavailable."""
    embedder = load_embedder()
    if embedder is None or not lines:
        return None
    sims = (embedder.embed(lines) @ _competency_vectors().T).astype("float64")  # lines x comps
    spread = sims.std(axis=1, keepdims=True)  # population sd, as statistics.pstdev
    spread[spread == 0] = 1.0
    best = ((sims - sims.mean(axis=1, keepdims=True)) / spread).max(axis=0)
    return {comp.id: float(b) for comp, b in zip(competencies(), best, strict=True)}


def scores(lines: list[str]) -> tuple[dict[str, float], bool]:
    """Score per competency, and whether the similarity signal was available."""
    lines = [line for line in lines if line.strip()][:MAX_LINES]
    sims = standardised_similarity(lines)
    out = {}
    for comp in competencies():
        keyword = any(keyword_hits(comp, line) for line in lines)
        out[comp.id] = KEYWORD_WEIGHT * keyword + SIMILARITY_WEIGHT * (sims or {}).get(comp.id, 0.0)
    return out, sims is not None


def map_competencies(lines: list[str]) -> list[str]:
    """Competency ids, strongest first."""
    found, with_model = scores(lines)
    floor = MIN_SCORE if with_model else MIN_SCORE_WITHOUT_MODEL
    ranked = sorted(found.items(), key=lambda kv: -kv[1])
    return [cid for cid, score in ranked if score >= floor][:MAX_COMPETENCIES]
