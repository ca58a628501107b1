"""The three things most worth working on in one attempt, each with the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .metrics import PACE_GOOD, Metric


@dataclass(frozen=True)
class Improvement:
    title: str
    advice: str
    evidence: str  # quoted words or figures from this attempt
    weight: int  # higher first; content outweighs delivery when both are off


def improvements(
    report: dict[str, Any], measured: list[Metric], limit: int = 3
) -> list[Improvement]:
    found = content_improvements(report.get("content") or {})
    found += delivery_improvements(report, {m.key: m for m in measured})
    found.sort(key=lambda i: -i.weight)
    return found[:limit]


def content_improvements(content: dict[str, Any]) -> list[Improvement]:
    """The answer engine's feedback, which already quotes the answer, ranked by its own order."""
    if not content or content.get("refusal"):
        return []
    return [
        Improvement(
            _CONTENT_TITLES.get(item.get("kind", ""), "Content"),
            item["message"],
            item.get("evidence") or "",
            weight=90 - 5 * i,
        )
        for i, item in enumerate(
            f for f in content.get("feedback") or [] if not f.get("kind", "").startswith("strength")
        )
    ]


_CONTENT_TITLES = {
    "missing_result": "Say how it ended",
    "unquantified_result": "Put a number on the result",
    "missing_situation": "Set the scene",
    "missing_task": "Say what you were responsible for",
    "missing_action": "Say what you did",
    "no_story": "Tell one real example",
    "we_heavy": "Say what you did yourself",
    "too_short": "Give a fuller answer",
    "too_long": "Tighten the answer",
    "vague": "Be specific",
    "hedging": "Say it with conviction",
    "off_topic": "Answer the question asked",
    "reflection": "Say what you learned",
}


def delivery_improvements(report: dict[str, Any], by_key: dict[str, Metric]) -> list[Improvement]:
    found: list[Improvement] = []
    fillers = by_key.get("fillers_per_min")
    if fillers and fillers.verdict != "good":
        words = sorted({f["text"].strip(",.?!").lower() for f in report.get("fillers", [])})
        found.append(
            Improvement(
                "Fewer filler words",
                "Pause silently instead of filling the gap: a short silence sounds confident.",
                f"{fillers.shown}: " + ", ".join(f"“{w}”" for w in words[:5]),
                weight=80 if fillers.verdict == "work_on" else 55,
            )
        )
    pace = by_key.get("wpm")
    if pace and pace.verdict != "good" and pace.value is not None:
        fast = pace.value > PACE_GOOD[1]
        found.append(
            Improvement(
                "Slow down" if fast else "Pick up the pace",
                "Breathe at the end of each sentence and let the key number land."
                if fast
                else "Know your next point before you start the sentence; shorter sentences help.",
                pace.shown,
                weight=70 if pace.verdict == "work_on" else 50,
            )
        )
    found += _length_and_tone(by_key)
    pauses = by_key.get("long_pauses")
    if pauses and pauses.verdict == "work_on":
        found.append(
            Improvement(
                "Keep the thread",
                "Know the four STAR parts before you start, so you always know what comes next.",
                pauses.shown,
                weight=45,
            )
        )
    return found


def _length_and_tone(by_key: dict[str, Metric]) -> list[Improvement]:
    found: list[Improvement] = []
    length = by_key.get("speaking_time_s")
    if length and length.verdict != "good" and length.value is not None:
        short = length.value < 60
        found.append(
            Improvement(
                "Say more" if short else "Be briefer",
                "Add what you did and how it ended, with one number."
                if short
                else "Cut the background to two sentences and end on the result.",
                length.shown,
                weight=65 if length.verdict == "work_on" else 40,
            )
        )
    pitch = by_key.get("pitch_variation")
    if pitch and pitch.verdict == "work_on":
        found.append(
            Improvement(
                "Vary your voice",
                "Stress the one word that matters in each sentence; smile on the result.",
                pitch.shown,
                weight=50,
            )
        )
    volume = by_key.get("volume")
    if volume and volume.verdict == "work_on":
        found.append(
            Improvement(
                "Finish sentences strongly",
                "Keep your voice up to the last word; the end of a sentence carries the point.",
                volume.shown,
                weight=48,
            )
        )
    return found
