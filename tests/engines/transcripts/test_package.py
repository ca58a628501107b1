from __future__ import annotations

import dataclasses

import roundtwo.engines.transcripts as transcripts
from roundtwo.engines.transcripts import MAX_BYTES, QAPair, SpeakerSummary, Transcript, Turn


def test_the_package_exports_exactly_the_public_api() -> None:
    assert sorted(transcripts.__all__) == sorted(
        [
            "parse_transcript",
            "list_speakers",
            "pair_questions",
            "TranscriptError",
            "Transcript",
            "Turn",
            "SpeakerSummary",
            "QAPair",
            "MAX_BYTES",
            "closing_questions",
            "AskedQuestion",
        ]
    )
    assert MAX_BYTES == 5 * 1024 * 1024
    assert issubclass(transcripts.TranscriptError, ValueError)


def test_the_result_types_are_frozen_dataclasses_with_the_documented_fields() -> None:
    fields = {
        Turn: ["speaker", "text", "start", "end"],
        Transcript: ["format", "turns"],
        SpeakerSummary: ["name", "turns", "words", "first_words"],
        QAPair: ["question", "asked_by", "answer", "start", "end", "follow_up_of", "remarks"],
    }
    for cls, names in fields.items():
        assert [f.name for f in dataclasses.fields(cls)] == names
        assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_the_package_docstring_explains_the_pairing_rules() -> None:
    doc = transcripts.__doc__ or ""
    assert "follow_up_of" in doc and "back-channel" in doc
