"""The judgement of one attempt: every figure explained, the top three, the change, the marks."""

from __future__ import annotations

from typing import Any

from roundtwo.engines.rehearsal import (
    compare,
    improvements,
    marked_transcript,
    metrics,
    pace_over_time,
)


def spoken(**overrides: Any) -> dict[str, Any]:
    report: dict[str, Any] = {
        "speech_detected": True,
        "wpm": 140.0,
        "fillers_per_min": 1.0,
        "filler_count": 2,
        "fillers": [{"text": "um", "start": 0.0, "end": 0.4}],
        "long_pause_count": 0,
        "pauses": [],
        "speaking_time_s": 110.0,
        "pitch": {"variation_st": 3.1, "range_st": 9.0, "flat": False},
        "volume": {"mean_dbfs": -22.0, "end_drop_db": 2.0, "too_quiet": False, "fades_out": False},
        "words": [],
        "content": None,
    }
    report.update(overrides)
    return report


def test_every_measure_says_what_it_means_and_what_range_is_good() -> None:
    for m in metrics(spoken(), 120):
        assert m.meaning and m.good_range and m.shown
    assert {m.key: m.verdict for m in metrics(spoken(), 120)}["wpm"] == "good"


def test_an_answer_nobody_heard_has_no_measures_at_all() -> None:
    assert metrics({"speech_detected": False}, 120) == []


def test_a_fast_filler_heavy_answer_puts_those_first_with_the_figures_as_evidence() -> None:
    report = spoken(wpm=195.0, fillers_per_min=9.0, filler_count=12)
    top = improvements(report, metrics(report, 120))
    assert [i.title for i in top[:2]] == ["Fewer filler words", "Slow down"]
    assert "9.0 per minute" in top[0].evidence and "“um”" in top[0].evidence


def test_content_feedback_outranks_delivery_and_strengths_are_not_improvements() -> None:
    content = {
        "refusal": None,
        "feedback": [
            {"kind": "strength_action", "message": "Clear actions.", "evidence": ""},
            {"kind": "missing_result", "message": "Finish with the outcome.", "evidence": "I did"},
        ],
    }
    report = spoken(wpm=100.0, content=content)
    top = improvements(report, metrics(report, 120))
    assert top[0].title == "Say how it ended"
    assert all("Clear actions" not in i.advice for i in top)


def test_a_flat_voice_and_a_fading_end_are_named() -> None:
    report = spoken(
        pitch={"variation_st": 1.2, "range_st": 3.0, "flat": True},
        volume={"mean_dbfs": -30.0, "end_drop_db": 9.0, "too_quiet": False, "trails_off": True},
    )
    titles = {i.title for i in improvements(report, metrics(report, 120), limit=10)}
    assert {"Vary your voice", "Finish sentences strongly"} <= titles


def test_a_second_attempt_with_fewer_fillers_reads_as_better_and_noise_as_the_same() -> None:
    before = metrics(spoken(fillers_per_min=6.0, wpm=140.0), 120)
    after = metrics(spoken(fillers_per_min=2.0, wpm=144.0), 120)
    changes = {c.key: c.direction for c in compare(before, after)}
    assert changes["fillers_per_min"] == "better"
    assert changes["wpm"] == "same"


def test_pace_moving_into_the_good_band_counts_as_better() -> None:
    changes = {
        c.key: c.direction
        for c in compare(metrics(spoken(wpm=190.0), 120), metrics(spoken(wpm=150.0), 120))
    }
    assert changes["wpm"] == "better"


def test_a_multi_word_filler_marks_each_of_its_words_and_pauses_sit_before_the_next_word() -> None:
    report = spoken(
        words=[
            {"text": "you", "start": 0.0, "end": 0.2},
            {"text": "know,", "start": 0.2, "end": 0.5},
            {"text": "we", "start": 3.0, "end": 3.2},
        ],
        fillers=[{"text": "you know", "start": 0.0, "end": 0.5}],
        pauses=[{"start": 0.5, "end": 3.0}],
    )
    tokens = marked_transcript(report)
    assert [t.mark for t in tokens] == ["filler", "filler", ""]
    assert tokens[2].pause_before == 2.5


def test_pace_over_time_shows_a_speed_up_in_a_long_answer() -> None:
    words = [{"text": "w", "start": i * 0.5, "end": i * 0.5 + 0.3} for i in range(40)]
    words += [{"text": "w", "start": 20 + i * 0.25, "end": 20 + i * 0.25 + 0.2} for i in range(120)]
    stretches = pace_over_time({"words": words})
    assert [round(s.wpm, -1) for s in stretches] == [120, 240, 240]
    assert pace_over_time({"words": words[:10]}) == []
