"""Crutch words: "actually", "basically", "kind of"... counted apart from the fillers.

A filler fills a silence ("um", "you know"); a crutch word is a real word said out of habit.
Both weaken an answer, but a candidate works on them differently, so the report keeps them
apart. The lists live in knowledge/crutch_words.json. "kind of" and "sort of" count only as a
hedge ("it was kind of late"), not after a word that makes them a noun phrase ("what kind of
bug", "the sort of person").
"""

from __future__ import annotations

from functools import cache

from roundtwo import knowledge

from .fillers import core
from .transcribe import Word


@cache
def _lists() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    data = knowledge.load("crutch_words")
    phrases = tuple(sorted((tuple(p.split()) for p in data["phrases"]), key=len, reverse=True))
    return frozenset(data["words"]), phrases, frozenset(data["hedge_not_after"])


def _phrase_at(words: tuple[Word, ...], i: int) -> int:
    """How many words starting at `i` form a crutch phrase (0 when none)."""
    _, phrases, not_after = _lists()
    said = [core(w) for w in words[i : i + 5]]
    for phrase in phrases:
        if tuple(said[: len(phrase)]) != phrase:
            continue
        hedge = phrase[-1] == "of" and len(phrase) == 2
        if hedge and i > 0 and core(words[i - 1]) in not_after:
            return 0
        return len(phrase)
    return 0


def find_crutch_words(words: tuple[Word, ...]) -> tuple[Word, ...]:
    singles, _, _ = _lists()
    found: list[Word] = []
    i = 0
    while i < len(words):
        span = _phrase_at(words, i) or (1 if core(words[i]) in singles else 0)
        if span:
            text = " ".join(core(w) for w in words[i : i + span])
            found.append(Word(text, words[i].start, words[i + span - 1].end))
        i += max(span, 1)
    return tuple(found)
