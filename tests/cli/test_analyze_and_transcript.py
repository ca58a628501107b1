"""The stable CLI contracts: `roundtwo analyze answer --json` and `roundtwo transcript ...`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from roundtwo.cli import main
from tests.reflect.conftest import STRONG_ANSWER
from tests.reflect.test_transcript_import import TEAMS_VTT, WITH_QUESTIONS

CONTRACT_KEYS = {
    "sentences",
    "present",
    "quantified_result",
    "ownership",
    "score",
    "breakdown",
    "feedback",
    "followups",
    "refusal",
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def analyze(runner: CliRunner, *args: str, stdin: str | None = None) -> dict[str, object]:
    command = ["analyze", "answer", "--question", "Tell me about a process you fixed.", *args]
    result = runner.invoke(main, [*command, "--json"], input=stdin)
    assert result.exit_code == 0, result.output
    parsed: dict[str, object] = json.loads(result.output)
    return parsed


def test_an_answer_from_a_file_prints_the_documented_json(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "answer.txt"
    path.write_text(STRONG_ANSWER, encoding="utf-8")
    data = analyze(runner, "--file", str(path))
    assert set(data) == CONTRACT_KEYS
    sentences = data["sentences"]
    assert isinstance(sentences, list)
    assert " ".join(s["text"] for s in sentences) == STRONG_ANSWER
    present = data["present"]
    assert isinstance(present, dict)
    assert set(present) == {"situation", "task", "action", "result"}
    assert present["action"] and present["result"]
    assert data["refusal"] is None
    followups = data["followups"]
    assert isinstance(followups, list) and len(followups) >= 3


def test_an_empty_answer_on_standard_input_is_refused_in_the_refusal_field(
    runner: CliRunner,
) -> None:
    data = analyze(runner, stdin="   \n")
    refusal = data["refusal"]
    assert isinstance(refusal, dict) and refusal["reason"] == "empty"
    assert data["score"] == 0


def test_a_missing_question_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["analyze", "answer", "--json"], input="Some answer.")
    assert result.exit_code == 2


def test_the_readable_report_shows_score_and_follow_ups(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["analyze", "answer", "--question", "Tell me about a fix."], input=STRONG_ANSWER
    )
    assert result.exit_code == 0
    assert "Score:" in result.output and "Follow-ups to expect:" in result.output


def test_transcript_speakers_lists_everyone_most_words_first(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "round1.vtt"
    path.write_text(TEAMS_VTT, encoding="utf-8")
    result = runner.invoke(main, ["transcript", "speakers", str(path)])
    assert result.exit_code == 0, result.output
    names = [line.split("\t")[0] for line in result.output.splitlines()]
    assert names[0] == "Alex Kim"
    assert set(names) == {"Alex Kim", "Priya Nair", "Tom Becker"}


def test_transcript_import_prints_question_and_answer_pairs(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "round1.vtt"
    path.write_text(TEAMS_VTT, encoding="utf-8")
    command = ["transcript", "import", str(path), "--candidate", "Alex Kim", "--json"]
    result = runner.invoke(main, command)
    assert result.exit_code == 0, result.output
    pairs = json.loads(result.output)["pairs"]
    assert len(pairs) == 3
    assert {"question", "asked_by", "answer", "start", "end"} <= set(pairs[0])
    assert pairs[0]["asked_by"] == "Priya Nair" and pairs[0]["start"] is not None
    assert pairs[1]["follow_up_of"] == 0


def test_transcript_import_keeps_the_candidates_own_questions_apart(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "round1.vtt"
    path.write_text(WITH_QUESTIONS, encoding="utf-8")
    command = ["transcript", "import", str(path), "--candidate", "Alex Kim", "--json"]
    data = json.loads(runner.invoke(main, command).output)
    assert len(data["pairs"]) == 3
    assert [q["question"] for q in data["candidate_questions"]] == [
        "How many people work on the night shift at the new site?"
    ]
    assert data["candidate_questions"][0]["answered_by"] == "Tom Becker"


def test_transcript_import_of_a_binary_file_fails_clearly(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    result = runner.invoke(main, ["transcript", "import", str(path), "--candidate", "Me"])
    assert result.exit_code == 1
    assert "Error:" in result.output


SPEECH = Path("/work/shared/eval/speech")


@pytest.mark.skipif(not (SPEECH / "jfk.wav").exists(), reason="the shared speech set is absent")
def test_analyze_audio_prints_the_documented_json(runner: CliRunner) -> None:
    result = runner.invoke(main, ["analyze", "audio", str(SPEECH / "jfk.wav"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in ("duration_s", "speech_detected", "transcript", "words", "wpm", "fillers"):
        assert key in data
    assert data["speech_detected"] and "country" in data["transcript"].lower()
    assert data["filler_count"] == 0
    assert data["crutch_words"] == [] and data["crutch_word_count"] == 0


def test_analyze_audio_of_a_corrupt_file_fails_clearly(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "answer.webm"
    path.write_bytes(b"not audio at all" * 100)
    result = runner.invoke(main, ["analyze", "audio", str(path), "--json"])
    assert result.exit_code == 1 and "Error:" in result.output
