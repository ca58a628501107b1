""" "5+ years of Python" checked against the dates of the jobs that match the requirement."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from roundtwo.engines.resume import Experience

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15,
}  # fmt: skip
_YEARS = re.compile(
    r"\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s*\+?\s*(?:or more |plus )?years?\b", re.I
)
MID_YEAR = 6  # a year written alone ("2019") is taken as its middle, neither start nor end


def years_asked(text: str) -> float | None:
    m = _YEARS.search(text)
    if not m:
        return None
    word = m.group(1).lower()
    return float(NUMBER_WORDS.get(word) or int(word))


def _month(value: str | None, today: date) -> int | None:
    if value is None:
        return None
    if value == "present":
        return today.year * 12 + today.month - 1
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return int(m.group(1)) * 12 + int(m.group(2)) - 1
    if re.fullmatch(r"\d{4}", value):
        return int(value) * 12 + MID_YEAR - 1
    return None


def span(job: Experience, today: date) -> tuple[int, int] | None:
    start, end = _month(job.start, today), _month(job.end, today)
    if start is None or end is None or end < start:
        return None
    return start, end + 1


def total_years(jobs: Sequence[Experience], today: date) -> float:
    """Years covered by the jobs' dates; overlapping jobs are not counted twice."""
    spans = sorted(s for s in (span(j, today) for j in jobs) if s)
    months, reach = 0, None
    for start, end in spans:
        start = max(start, reach) if reach is not None else start
        if end > start:
            months += end - start
            reach = end
    return months / 12


@dataclass(frozen=True)
class YearsCheck:
    asked: float
    shown: float
    jobs: tuple[str, ...]

    @property
    def enough(self) -> bool:
        return self.shown >= self.asked

    def note(self) -> str:
        if not self.jobs:
            return (
                f"The role asks for {self.asked:g} years; none of your dated jobs holds the "
                "evidence matched here, so the years could not be checked."
            )
        verdict = "enough" if self.enough else f"the role asks for {self.asked:g}"
        return f"About {self.shown:.1f} years in {', '.join(self.jobs)}: {verdict}."


def _dated(job: Experience) -> str:
    return f"{job.label} ({job.start or '?'} to {job.end or '?'})"


def check_years(
    requirement: str,
    matched_texts: Sequence[str],
    title_matches: Sequence[Experience],
    experiences: Sequence[Experience],
    today: date,
) -> YearsCheck | None:
    """None when the requirement asks for no years or no jobs were given."""
    asked = years_asked(requirement)
    if asked is None or not experiences:
        return None
    texts = set(matched_texts)
    jobs = [j for j in experiences if j in title_matches or any(b in texts for b in j.bullets)]
    return YearsCheck(asked, total_years(jobs, today), tuple(_dated(j) for j in jobs))
