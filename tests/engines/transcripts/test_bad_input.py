from __future__ import annotations

import pytest

from roundtwo.engines.transcripts import (
    MAX_BYTES,
    TranscriptError,
    pair_questions,
    parse_transcript,
)

from .conftest import labelled

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 4
PREFIX = "This file is not a transcript we can read: "


def _error(data: bytes, filename: str) -> str:
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, filename)
    assert isinstance(caught.value, ValueError)
    return str(caught.value)


def test_an_empty_file_is_refused_with_a_clear_message() -> None:
    assert _error(b"", "empty.vtt") == PREFIX + "it is empty."
    assert _error(b"  \n\n ", "blank.txt") == PREFIX + "it is empty."


def test_a_file_over_five_megabytes_is_refused_with_its_size() -> None:
    data = b"Ann: hello there.\nBob: hi!\n" * (MAX_BYTES // 20)
    assert len(data) > MAX_BYTES == 5 * 1024 * 1024
    message = _error(data, "huge.txt")
    assert message.startswith(PREFIX) and "limit is 5 MB" in message


def test_a_png_is_refused_as_binary() -> None:
    message = _error(PNG, "screenshot.png")
    assert message.startswith(PREFIX) and "binary" in message


def test_random_bytes_without_nuls_are_refused_as_binary() -> None:
    data = bytes((i * 37 + 11) % 256 for i in range(4000)).replace(b"\x00", b"\x01")
    assert "binary" in _error(data, "mystery.bin")


def test_a_pdf_and_an_old_word_file_are_refused_with_what_to_do_instead() -> None:
    assert ".docx" in _error(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "t.pdf")
    assert ".docx" in _error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "t.doc")


def test_a_damaged_docx_or_another_zip_is_refused() -> None:
    assert "Word (.docx)" in _error(b"PK\x03\x04" + b"not really a zip" * 10, "t.docx")


def test_an_unknown_format_is_refused_and_names_the_formats_we_read() -> None:
    message = _error(b'{"speakers": ["Ann", "Bob"], "text": "hello"}', "export.json")
    assert message.startswith(PREFIX) and "JSON" in message and ".vtt" in message
    assert "web page" in _error(b"<!DOCTYPE html><html><body>Hi</body></html>", "t.html")


def test_a_file_with_no_speaker_names_is_refused() -> None:
    data = b"So tell me about yourself.\nI have been a nurse for six years.\nGreat, thanks.\n"
    message = _error(data, "unlabelled.txt")
    assert message.startswith(PREFIX) and "who is speaking" in message


def test_captions_without_any_names_are_refused() -> None:
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n\n00:00:02.000 --> 00:00:03.000\nHi.\n"
    )
    assert "who is speaking" in _error(data, "t.vtt")


def test_a_transcript_with_only_one_speaker_is_refused() -> None:
    data = labelled("Jane Doe: Hello.", "Jane Doe: Is anyone there?", "Jane Doe: I'll wait.")
    message = _error(data, "t.txt")
    assert message.startswith(PREFIX) and "only found one speaker (Jane Doe)" in message


def test_a_vtt_whose_captions_cannot_be_read_is_refused() -> None:
    data = b"WEBVTT\n\n00:00:99.000 --> 00:00:01.000\nAnn: hi\n"
    assert _error(data, "t.vtt").startswith(PREFIX)


def test_a_candidate_who_is_not_a_speaker_is_refused_with_the_speakers_listed() -> None:
    transcript = parse_transcript(labelled("Ann Lee: Why?", "Bo Chen: Because."), "t.txt")
    with pytest.raises(TranscriptError) as caught:
        pair_questions(transcript, "Carla")
    assert str(caught.value) == (
        "“Carla” is not one of the speakers in this transcript. Choose one of: Ann Lee, Bo Chen."
    )
