from __future__ import annotations

from roundtwo.engines.transcripts import SpeakerSummary, list_speakers, parse_transcript

from .conftest import labelled


def test_speakers_are_listed_most_words_first_with_their_opening_words() -> None:
    data = labelled(
        "Jane Doe: Tell me about yourself.",
        "Sam Lee: I am a nurse on a surgical ward and I have been there for six years now.",
        "Tom Ray: Hi.",
        "Jane Doe: Thanks.",
    )
    assert list_speakers(parse_transcript(data, "t.txt")) == (
        SpeakerSummary("Sam Lee", 1, 17, "I am a nurse on a surgical ward and I have been…"),
        SpeakerSummary("Jane Doe", 2, 5, "Tell me about yourself. Thanks."),
        SpeakerSummary("Tom Ray", 1, 1, "Hi."),
    )


def test_equal_word_counts_keep_the_order_of_first_appearance() -> None:
    data = labelled("Bo: One two.", "Al: Three four.")
    assert [s.name for s in list_speakers(parse_transcript(data, "t.txt"))] == ["Bo", "Al"]
