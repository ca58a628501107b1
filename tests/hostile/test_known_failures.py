"""The failures issue 12 found by hand, each pinned down, and the two last-resort guards."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from roundtwo.cli import main
from roundtwo.engines.research import extract_job
from roundtwo.engines.transcripts import TranscriptError, parse_transcript
from roundtwo.opportunities.demo import load_demo
from tests.conftest import make_opportunity
from tests.hostile.probes import row_counts

HUGE_INTEGER = b'{"format": "roundtwo-export", "version": ' + b"9" * 5000 + b"}"
DEEP_ARRAY = b"[" * 100_000 + b"]" * 100_000
DEEP_TRANSCRIPT = b'{"speakers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


def web_client(user: User) -> Client:
    client = Client(raise_request_exception=False)  # a crash must show up as a 500
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("data", "words"),
    [(HUGE_INTEGER, "5,000 digits"), (DEEP_ARRAY, "nests deeper")],
    ids=["huge-integer", "deep-array"],
)
def test_a_hostile_backup_is_refused_on_the_web_with_a_message_and_changes_nothing(
    alice: User, data: bytes, words: str
) -> None:
    load_demo(alice)
    before = row_counts()
    upload = SimpleUploadedFile("export.json", data, "application/json")
    response = web_client(alice).post(reverse("backup:page"), {"file": upload, "confirm": "on"})
    assert response.status_code == 200
    assert words in response.content.decode()
    assert row_counts() == before


@pytest.mark.parametrize(
    ("data", "words"),
    [(HUGE_INTEGER, "5,000 digits"), (DEEP_ARRAY, "nests deeper")],
    ids=["huge-integer", "deep-array"],
)
def test_a_hostile_backup_is_refused_by_the_cli_without_a_traceback(
    alice: User, tmp_path: Path, data: bytes, words: str
) -> None:
    load_demo(alice)
    before = row_counts()
    path = tmp_path / "export.json"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["import", str(path), "--user", "alice"])
    assert result.exit_code == 1
    assert words in result.output and "Nothing was changed" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert row_counts() == before


def test_a_transcript_that_starts_like_json_and_nests_deep_is_refused_on_the_web(
    alice: User,
) -> None:
    opportunity = make_opportunity(alice)
    upload = SimpleUploadedFile("interview.txt", DEEP_TRANSCRIPT, "text/plain")
    url = reverse("reflect:upload", args=[opportunity.pk])
    response = web_client(alice).post(url, {"file": upload})
    assert response.status_code == 200
    assert "looks like a JSON file" in response.content.decode()
    assert not opportunity.transcript_drafts.exists()


@pytest.mark.parametrize("command", [["speakers"], ["import", "--candidate", "Sam"]])
def test_a_transcript_that_starts_like_json_and_nests_deep_is_refused_by_the_cli(
    db: None, tmp_path: Path, command: list[str]
) -> None:
    path = tmp_path / "interview.txt"
    path.write_bytes(DEEP_TRANSCRIPT)
    result = CliRunner().invoke(main, ["transcript", command[0], str(path), *command[1:]])
    assert result.exit_code == 1
    assert "looks like a JSON file" in result.output


def test_a_transcript_naming_thousands_of_speakers_is_refused() -> None:
    data = b"".join(b"Speaker %d: hello there\n" % i for i in range(5000))
    with pytest.raises(TranscriptError, match="different speakers, far more than an interview has"):
        parse_transcript(data, "interview.txt")


def test_a_posting_of_nothing_but_brackets_is_read_in_one_pass() -> None:
    """The Markdown link pattern used to scan to the end from every "[": minutes for this."""
    posting = extract_job("[" * 100_000 + "]" * 100_000, source="x.txt", content_type="text/plain")
    assert posting.as_dict()["requirements"] == []


def test_a_parser_crash_on_an_upload_is_a_clear_page_and_saves_nothing(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    opportunity = make_opportunity(alice)
    before = row_counts()

    def crash(*args: object) -> None:
        raise RecursionError("a parser gave up")

    monkeypatch.setattr("roundtwo.reflect.importer.parse_transcript", crash)
    upload = SimpleUploadedFile("interview.vtt", b"WEBVTT\n", "text/vtt")
    response = web_client(alice).post(
        reverse("reflect:upload", args=[opportunity.pk]), {"file": upload}
    )
    assert response.status_code == 400
    assert "could not read the file" in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert row_counts() == before


def test_a_crash_in_a_cli_command_is_one_sentence_and_exit_status_one(
    db: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object) -> None:
        raise RecursionError("a parser gave up")

    monkeypatch.setattr("roundtwo.cli.transcript.parse_transcript", crash)
    path = tmp_path / "interview.vtt"
    path.write_bytes(b"WEBVTT\n")
    result = CliRunner().invoke(main, ["transcript", "speakers", str(path)])
    assert result.exit_code == 1
    assert "could not finish this command (RecursionError)" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
