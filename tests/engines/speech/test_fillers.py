"""Filler and restart rules on hand-made word lists (no audio, no model)."""

from __future__ import annotations

from roundtwo.engines.speech.fillers import find_fillers, find_restarts
from roundtwo.engines.speech.transcribe import Word


def words(text: str) -> tuple[Word, ...]:
    return tuple(Word(t, i * 0.5, i * 0.5 + 0.4) for i, t in enumerate(text.split()))


def filler_texts(text: str) -> list[str]:
    return [w.text for w in find_fillers(words(text))]


def test_hesitation_sounds_are_always_fillers() -> None:
    assert filler_texts("Um, I led the team. Uh, and then hmm we shipped. Erm, mm.") == [
        "um",
        "uh",
        "hmm",
        "erm",
        "mm",
    ]


def test_er_meaning_her_is_not_a_filler() -> None:
    assert filler_texts("I hardly know 'er.") == []


def test_lexical_like_is_not_a_filler() -> None:
    assert filler_texts("MFA is, like, putty. People talk like this. I like it.") == []


def test_like_set_off_before_a_clause_is_a_filler() -> None:
    assert filler_texts("It was, like, really hard. Like, we had no time.") == ["like", "like"]


def test_like_set_off_in_a_sentence_that_runs_on_is_a_filler() -> None:
    assert filler_texts("It was, like, real intense because the launch was Monday.") == ["like"]
    assert filler_texts("MFA is, like, putty. It feels, like, home.") == []


def test_rhetorical_so_is_not_a_filler_but_so_um_is() -> None:
    assert filler_texts("And so, my fellow Americans ask not.") == []
    assert filler_texts("So, um, I started again.") == ["so", "um"]


def test_you_know_and_i_mean_count_as_one_filler_each() -> None:
    assert filler_texts("We were, you know, late. I mean, it worked.") == ["you know", "i mean"]
    assert filler_texts("Do you know the answer?") == []


def test_repeated_words_are_restarts_not_fillers() -> None:
    found = find_restarts(words("I I decided that we- we should ship."))
    assert [w.text for w in found] == ["I I", "we- we"]
    assert find_restarts(words("Word. Word. Ha ha.")) == ()
