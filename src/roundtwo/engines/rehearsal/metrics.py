"""Each measure of an attempt with its meaning and good range, so no figure stands unexplained."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Verdict = Literal["good", "fair", "work_on", "unmeasured"]

PACE_GOOD = (120.0, 160.0)  # conversational interview pace, words per minute
PACE_FAIR = (105.0, 180.0)
FILLERS_GOOD = 3.0  # per minute: listeners rarely notice fewer than this
FILLERS_FAIR = 6.0
PAUSES_GOOD = 2  # a pause to think is fine; several suggest losing the thread
PAUSES_FAIR = 4
MIN_VOICED_S = 3.0  # the speech engine gives no flat-voice verdict on less


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    value: float | None
    shown: str  # the value in words: "142 words per minute"
    verdict: Verdict
    meaning: str
    good_range: str
    higher_is_better: bool | None  # None: a range is best, not more or less


def metrics(report: dict[str, Any], target_seconds: int) -> list[Metric]:
    if not report.get("speech_detected"):
        return []
    return [
        pace(report),
        fillers(report),
        pauses(report),
        length(report, target_seconds),
        pitch(report.get("pitch") or {}),
        volume(report.get("volume") or {}),
    ]


def _band(value: float, good: tuple[float, float], fair: tuple[float, float]) -> Verdict:
    if good[0] <= value <= good[1]:
        return "good"
    return "fair" if fair[0] <= value <= fair[1] else "work_on"


def pace(report: dict[str, Any]) -> Metric:
    wpm = float(report.get("wpm") or 0.0)
    return Metric(
        "wpm",
        "Pace",
        wpm,
        f"{wpm:.0f} words per minute",
        _band(wpm, PACE_GOOD, PACE_FAIR),
        "How fast you speak while answering, from your first word to your last.",
        "120 to 160 words per minute: slower sounds hesitant, faster is hard to follow.",
        None,
    )


def fillers(report: dict[str, Any]) -> Metric:
    rate = float(report.get("fillers_per_min") or 0.0)
    count = int(report.get("filler_count") or 0)
    verdict: Verdict = (
        "good" if rate <= FILLERS_GOOD else "fair" if rate <= FILLERS_FAIR else "work_on"
    )
    return Metric(
        "fillers_per_min",
        "Filler words",
        rate,
        f"{count} in all, {rate:.1f} per minute",
        verdict,
        "Sounds and words that fill silence (um, uh, like, you know) rather than carry meaning.",
        "Up to 3 per minute goes unnoticed; above 6 per minute distracts from what you say.",
        False,
    )


def pauses(report: dict[str, Any]) -> Metric:
    count = int(report.get("long_pause_count") or 0)
    verdict: Verdict = (
        "good" if count <= PAUSES_GOOD else "fair" if count <= PAUSES_FAIR else "work_on"
    )
    return Metric(
        "long_pauses",
        "Long pauses",
        float(count),
        f"{count} pause{'s' if count != 1 else ''} longer than 2 seconds",
        verdict,
        "Silences of more than 2 seconds in the middle of the answer.",
        "0 to 2: a pause to think is fine; more suggests you lost the thread.",
        False,
    )


def length(report: dict[str, Any], target_seconds: int) -> Metric:
    spoken = float(report.get("speaking_time_s") or 0.0)
    low, high = target_seconds * 0.6, target_seconds * 1.3
    verdict: Verdict = (
        "good"
        if low <= spoken <= high
        else "fair"
        if target_seconds * 0.4 <= spoken <= target_seconds * 1.6
        else "work_on"
    )
    minutes, seconds = divmod(round(spoken), 60)
    return Metric(
        "speaking_time_s",
        "Speaking time",
        spoken,
        f"{minutes}:{seconds:02d} against a target of about {_clock(target_seconds)}",
        verdict,
        "How long you spoke, against the usual length for this kind of question.",
        f"{round(low)} to {round(high)} seconds for this question.",
        None,
    )


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def pitch(summary: dict[str, Any]) -> Metric:
    variation = summary.get("variation_st")
    if variation is None or float(summary.get("voiced_s") or MIN_VOICED_S) < MIN_VOICED_S:
        return _unmeasured(
            "pitch_variation",
            "Pitch variation",
            "Less than 3 seconds of voiced speech: too little to judge intonation.",
        )
    flat = bool(summary.get("flat"))
    return Metric(
        "pitch_variation",
        "Pitch variation",
        float(variation),
        f"{float(variation):.1f} semitones (range {summary.get('range_st')} semitones)",
        "work_on" if flat else "good",
        "How much your voice rises and falls; a flat voice sounds bored or read out.",
        "About 2 semitones of variation or more sounds lively; below that, monotone.",
        True,
    )


def volume(summary: dict[str, Any]) -> Metric:
    mean = summary.get("mean_dbfs")
    if mean is None:
        return _unmeasured("volume", "Volume", "Too little speech to measure.")
    quiet = bool(summary.get("too_quiet"))
    fading = bool(summary.get("fades_out") or summary.get("trails_off"))
    drop = summary.get("end_drop_db")
    notes = ["too quiet" if quiet else "loud enough"]
    if drop is not None:
        notes.append(f"sentence ends {drop} dB softer" + (": trailing off" if fading else ""))
    return Metric(
        "volume",
        "Volume",
        float(mean),
        f"{float(mean):.0f} dBFS; " + "; ".join(notes),
        "work_on" if quiet or fading else "good",
        "How loud you are, and whether your voice drops at the end of sentences.",
        "Steady to the last word of each sentence; natural ends are 0 to 4 dB softer, more "
        "than 8 dB sounds like trailing off.",
        None,
    )


def _unmeasured(key: str, label: str, why: str) -> Metric:
    return Metric(key, label, None, "not measured", "unmeasured", why, "", None)
