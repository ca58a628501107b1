"""Transcripts, fillers and pace on real recordings from /work/shared/eval/speech."""

from __future__ import annotations

import re

import pytest

from .conftest import manifest, report

CLEAN_CLIPS = ["jfk.wav", "falsetto.wav", "falsetto2.wav", "mfa_thoughts.wav"]
# the traps (lexical "like", "'er" = her, rhetorical "so") plus odd voices and laughter
FILLER_FREE_CLIPS = [
    "jfk.wav",
    "falsetto2.wav",
    "mfa_apex.wav",
    "mfa_bottle.wav",
    "mfa_putty.wav",
    "mfa_poofy.wav",
    "mfa_puddy.wav",
    "mfa_reallylong.wav",
    "mfa_er.wav",
    "mfa_erpause.wav",
    "mfa_her.wav",
    "mfa_laughter.wav",
    "mfa_breaths.wav",
    "mfa_creaky.wav",
    "mfa_exaggerated.wav",
    "mfa_theapprox.wav",
    "whisper.wav",
]


def normalise(text: str) -> list[str]:
    return re.sub(r"[^a-z' ]+", " ", text.lower()).split()


def word_error_rate(reference: list[str], hypothesis: list[str]) -> float:
    row = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        prev, row[0] = row[0], i
        for j, hyp in enumerate(hypothesis, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ref != hyp))
    return row[-1] / max(len(reference), 1)


def test_every_clip_used_here_is_in_the_shared_manifest() -> None:
    assert set(CLEAN_CLIPS) <= set(manifest())


@pytest.mark.parametrize("name", CLEAN_CLIPS)
def test_clean_clips_are_transcribed_close_to_the_reference(name: str) -> None:
    reference = normalise(manifest()[name]["transcript_normalized"])
    assert word_error_rate(reference, normalise(report(name)["transcript"])) <= 0.35


@pytest.mark.parametrize("name", FILLER_FREE_CLIPS)
def test_clips_without_fillers_report_none(name: str) -> None:
    result = report(name)
    assert result["speech_detected"]
    assert result["fillers"] == []
    assert result["filler_count"] == 0


def test_jfk_pace_is_twenty_two_words_over_the_speaking_time() -> None:
    result = report("jfk.wav")
    expected = 22 / result["speaking_time_s"] * 60
    assert result["wpm"] == pytest.approx(expected, rel=0.15)
    assert 9.0 <= result["speaking_time_s"] <= 11.0


def test_word_timestamps_are_ordered_and_inside_the_clip() -> None:
    result = report("jfk.wav")
    starts = [w["start"] for w in result["words"]]
    assert starts == sorted(starts)
    assert all(0 <= w["start"] <= w["end"] <= result["duration_s"] + 0.1 for w in result["words"])


def test_tone_has_a_pitch_and_a_volume() -> None:
    result = report("jfk.wav")
    assert 70 < result["pitch"]["median_hz"] < 400
    assert result["volume"]["mean_dbfs"] < 0
    assert result["content"] is None and result["message"] is None
