"""Whisper's fillers joined with the filled pauses heard in the sound (no audio, no model)."""

from __future__ import annotations

from roundtwo.engines.speech.filled_pauses import Stretch
from roundtwo.engines.speech.filler_count import count_fillers
from roundtwo.engines.speech.transcribe import Word


def said(*items: tuple[str, float, float]) -> tuple[Word, ...]:
    return tuple(Word(text, start, end) for text, start, end in items)


def test_a_filled_pause_between_words_that_whisper_left_out_is_counted_from_the_sound() -> None:
    words = said(("We", 0.0, 0.2), ("shipped", 0.2, 0.6), ("it.", 1.3, 1.5))
    found = count_fillers(words, (Stretch(0.7, 1.1, 110.0),))
    assert [(f.start, f.end, f.source) for f in found] == [(0.7, 1.1, "sound")]


def test_whisper_writing_uh_twice_on_one_filled_pause_counts_it_once() -> None:
    words = said(("Uh,", 0.5, 0.7), ("uh,", 0.7, 0.9), ("so", 1.2, 1.4), ("I", 1.4, 1.5))
    found = count_fillers(words, (Stretch(0.45, 0.95, 110.0),))
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (0.45, 0.95)


def test_two_separate_hesitations_are_two_fillers() -> None:
    words = said(("Uh,", 0.5, 0.9), ("uh,", 1.3, 1.7), ("so", 2.0, 2.2), ("I", 2.2, 2.4))
    stretches = (Stretch(0.5, 0.9, 110.0), Stretch(1.3, 1.7, 108.0))
    assert len(count_fillers(words, stretches)) == 2


def test_whispers_late_timestamp_is_moved_onto_the_sound_of_the_filler() -> None:
    words = said(("tense,", 4.8, 5.2), ("uh,", 5.95, 6.0), ("because", 6.1, 6.5))
    found = count_fillers(words, (Stretch(5.3, 5.75, 105.0),))
    assert [(f.text, f.start, f.end, f.source) for f in found] == [("uh", 5.3, 5.75, "words")]


def test_a_drawn_out_syllable_inside_a_word_is_not_a_filler() -> None:
    words = said(("So", 0.0, 0.2), ("we", 0.2, 0.4), ("waited", 0.4, 1.2))
    assert count_fillers(words, (Stretch(0.6, 0.9, 120.0),)) == ()


def test_a_hum_whisper_spelt_as_letters_is_one_mm() -> None:
    words = said(("budget.", 0.0, 0.5), ("M", 1.0, 1.1), ("-M", 1.1, 1.2), ("I", 1.6, 1.7))
    found = count_fillers(words, (Stretch(0.95, 1.3, 100.0),))
    assert [(f.text, f.source) for f in found] == [("mm", "sound")]


def test_a_filler_whisper_wrote_with_no_sound_found_is_kept() -> None:
    words = said(("Um,", 0.0, 0.3), ("I", 0.4, 0.5), ("led", 0.5, 0.7))
    assert [f.text for f in count_fillers(words, ())] == ["um"]


def test_a_hesitation_under_a_loosely_timed_word_is_counted_but_a_short_word_is_not() -> None:
    alone = (Stretch(2.42, 2.81, 112.0, isolated=True),)
    loose = said(("Americans", 1.8, 2.36), ("ask", 2.36, 3.86), ("not", 3.86, 4.5))
    assert [f.source for f in count_fillers(loose, alone)] == ["sound"]
    tight = said(("one,", 9.8, 10.14), ("I", 10.26, 10.34), ("hope.", 10.34, 10.59))
    assert count_fillers(tight, (Stretch(10.27, 10.43, 110.0, isolated=True),)) == ()
