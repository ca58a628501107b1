"""How alike two drafts are in substance, and the panel warnings built on it.

The measure is the Jaccard index of the two texts' word trigrams (lower-cased, punctuation
dropped, each CJK character a word) after leaving out the trigrams made only of words our own
templates use: the share of the remaining three-word runs, in either text, that appear in both.
0 means no run of the user's content in common, 1 the same content. Trigrams rather than
single words, because one panel's drafts share a vocabulary by nature; the templates' own runs
are left out because `draft_all` varies the phrasing on purpose, and phrasing that differs
must not hide notes copied from one interviewer to another (nor phrasing that matches make
two different conversations look alike). `draft_all` also removes the names, the company and
the role, which every draft of a panel shares.

SIMILAR_AT 0.25, read off bench/followup/dev.json (bench.py reports both sides): drafts for
different interviewers of one panel score 0.13 at most, or 0.23 for the one pair that tells the
same story (which the shared-story warning names anyway); one interviewer's notes pasted under
another's name score 0.16 to 0.9, median 0.38, lower than one might expect because `draft_all`
then leads the copy with its second topic and another story. 11 of the 12 dev copies reach
0.25; the other shares a remark, which `draft_all` reports on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from . import phrases
from .text import tokens

SIMILAR_AT = 0.25
SHINGLE = 3
_PUNCTUATION = re.compile(r"[^\w\s]")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def words(text: str) -> list[str]:
    return tokens(_PUNCTUATION.sub(" ", text.casefold()))


@lru_cache(maxsize=1)
def template_words() -> frozenset[str]:
    """Every word the templates in phrases.py use, in both tones."""
    texts: list[str] = []
    for value in vars(phrases).values():
        texts += list(_strings(value))
    voiced = [phrases.voiced(t, "warm") for t in texts]
    return frozenset(w for t in texts + voiced for w in words(_PLACEHOLDER.sub(" ", t)))


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, tuple):
        for v in value:
            yield from _strings(v)


def shingles(text: str) -> set[tuple[str, ...]]:
    """The text's word trigrams that hold at least one word of its own content."""
    ws = words(text)
    if len(ws) < SHINGLE:
        ws += [""] * (SHINGLE - len(ws))
    common = template_words()
    grams = {tuple(ws[i : i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}
    return {g for g in grams if any(w and w not in common for w in g)}


def draft_similarity(a: str, b: str) -> float:
    """0..1: Jaccard index of the texts' content trigrams (see the module docstring)."""
    left, right = shingles(a), shingles(b)
    if not left and not right:
        return 0.0 if a.strip() != b.strip() else 1.0
    return len(left & right) / len(left | right)


def without(text: str, phrases_to_drop: Iterable[str]) -> str:
    """The text without the given names and phrases (and each word of them), longest first,
    so that what every draft of a panel shares does not count as likeness."""
    parts = {n for p in phrases_to_drop for n in (p, *p.split()) if len(n) > 1}
    for part in sorted(parts, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", " ", text)
    return text
