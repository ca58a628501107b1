"""Crutch words are listed apart from fillers (no audio, no model)."""

from __future__ import annotations

from roundtwo.engines.speech.crutch_words import find_crutch_words
from roundtwo.engines.speech.fillers import find_fillers
from roundtwo.engines.speech.transcribe import Word


def words(text: str) -> tuple[Word, ...]:
    return tuple(Word(t, i * 0.5, i * 0.5 + 0.4) for i, t in enumerate(text.split()))


def test_actually_basically_and_a_hedging_kind_of_are_crutch_words_not_fillers() -> None:
    said = words("Actually, it was basically kind of late, to be honest.")
    assert [w.text for w in find_crutch_words(said)] == [
        "actually",
        "basically",
        "kind of",
        "to be honest",
    ]
    assert find_fillers(said) == ()


def test_kind_of_after_a_determiner_is_an_ordinary_noun_phrase() -> None:
    assert find_crutch_words(words("What kind of bug was it? The sort of person I trust.")) == ()


def test_a_crutch_phrase_keeps_the_time_of_its_first_and_last_word() -> None:
    (found,) = find_crutch_words(words("It was sort of fine."))
    assert (found.start, found.end) == (1.0, 1.9)
