"""knowledge/crutch_words.json: lower-case entries, no duplicates, none that is a filler."""

from __future__ import annotations

from roundtwo import knowledge
from roundtwo.engines.speech.fillers import SOUNDS


def test_crutch_word_lists_are_lower_case_unique_and_never_fillers() -> None:
    data = knowledge.load("crutch_words")
    for key in ("words", "phrases", "hedge_not_after"):
        entries = data[key]
        assert entries and len(entries) == len(set(entries))
        assert all(e == e.lower().strip() for e in entries)
    assert all(" " not in w for w in data["words"])
    assert all(len(p.split()) >= 2 for p in data["phrases"])
    fillers = {"like", "you know", "i mean", "so"}
    assert not (set(data["words"]) | set(data["phrases"])) & fillers
    assert not any(SOUNDS.match(w) for w in data["words"])
