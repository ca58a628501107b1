"""Dates as resumes write them ("Jan 2020", "01/2020", "2020", "Present") -> ISO strings.

Every date becomes "yyyy-mm", "yyyy" or "present"; nothing is guessed beyond what is written, so
"2019" stays a year and never becomes "2019-01".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = (
    r"(?<![a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?<!\d)(?:19|20)\d{2}(?!\d)"
_DATE = (
    rf"(?:{_MONTH},?\s*(?:{_YEAR}|'\d{{2}}(?!\d))"  # Jan 2020, Sept. 2019, Jan '20
    r"|(?<![\d/.])(?:0?[1-9]|1[0-2])\s?[/.]\s?(?:19|20)\d{2}(?!\d)"  # 01/2020, 1.2020
    r"|(?<!\d)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\d-])"  # 2020-01 (ISO)
    rf"|(?:(?:spring|summer|autumn|fall|winter)\s+)?{_YEAR})"  # 2020, Summer 2020
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|ongoing|to\s+date|date)\b"
_SEP = r"\s*(?:-{1,2}|–|—|~|→|>|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
_RANGE = re.compile(rf"(?P<start>{_DATE}){_SEP}(?P<end>{_DATE}|{_PRESENT})", re.I)
_SINCE = re.compile(rf"\b(?:since|from)\s+(?P<start>{_DATE})", re.I)
_SINGLE = re.compile(_DATE, re.I)
_PRESENT_ONLY = re.compile(rf"^{_PRESENT}$", re.I)


@dataclass(frozen=True)
class DateSpan:
    """A date range found in a line, and where it sits (to cut it out of a job header)."""

    start: str | None
    end: str | None
    begin: int
    finish: int


def normalise(raw: str) -> str | None:
    """One written date -> "yyyy-mm", "yyyy", "present", or None when it is not a date."""
    text = raw.strip().strip("()[],.").strip()
    if _PRESENT_ONLY.match(text):
        return "present"
    if m := re.fullmatch(r"((?:19|20)\d{2})-?(\d{2})?(?:-\d{2})?(?:T.*)?", text):
        year, month = m.group(1), m.group(2)
        return f"{year}-{month}" if month and 1 <= int(month) <= 12 else year
    if m := re.fullmatch(r"(\d{1,2})\s?[/.]\s?((?:19|20)\d{2})", text):
        return f"{m.group(2)}-{int(m.group(1)):02d}" if 1 <= int(m.group(1)) <= 12 else None
    if m := re.fullmatch(rf"({_MONTH}),?\s*('\d{{2}}|{_YEAR})", text, re.I):
        month = MONTHS[m.group(1)[:3].lower()]
        year = m.group(2)
        if year.startswith("'"):
            year = ("19" if int(year[1:]) > 50 else "20") + year[1:]
        return f"{year}-{month:02d}"
    if m := re.fullmatch(rf"(?:(?:spring|summer|autumn|fall|winter)\s+)?({_YEAR})", text, re.I):
        return m.group(1)
    return None


def find_range(line: str) -> DateSpan | None:
    """The first date range in the line ("Jan 2020 – Present", "since 2019"), or None."""
    if m := _RANGE.search(line):
        return DateSpan(normalise(m["start"]), normalise(m["end"]), m.start(), m.end())
    if m := _SINCE.search(line):
        return DateSpan(normalise(m["start"]), "present", m.start(), m.end())
    return None


def find_single(line: str) -> DateSpan | None:
    """A lone date ("2021", "June 2018"), for a job or a course that names only one."""
    if m := _SINGLE.search(line):
        return DateSpan(normalise(m.group(0)), None, m.start(), m.end())
    return None


def has_date(line: str) -> bool:
    return bool(_SINGLE.search(line))
