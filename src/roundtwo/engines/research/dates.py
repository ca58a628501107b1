"""Dates written in page text, as ISO strings (yyyy-mm-dd, or yyyy-mm when the day is missing)."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"((?:19|20)\d{2})"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd", re.compile(rf"\b{_YEAR}-(\d{{2}})-(\d{{2}})\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("dmy_num", re.compile(rf"\b(\d{{1,2}})[./](\d{{1,2}})[./]{_YEAR}\b")),
    ("my", re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)),
    ("ym", re.compile(rf"\b{_YEAR}-(\d{{2}})\b(?!-)")),
)


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _month(name: str) -> int:
    return _MONTHS[name.lower()[:3]]


def _from_match(kind: str, m: re.Match[str]) -> str | None:
    g = m.groups()
    if kind == "ymd":
        return _iso(int(g[0]), int(g[1]), int(g[2]))
    if kind == "dmy":
        return _iso(int(g[2]), _month(g[1]), int(g[0]))
    if kind == "mdy":
        return _iso(int(g[2]), _month(g[0]), int(g[1]))
    if kind == "dmy_num":  # day first, as in most of the world; 03/12 stays 3 December
        first, second = int(g[0]), int(g[1])
        day, month = (second, first) if second > 12 >= first else (first, second)
        return _iso(int(g[2]), month, day)
    if kind == "my":
        return _iso(int(g[1]), _month(g[0]), None)
    return _iso(int(g[0]), int(g[1]), None)


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full or month date in the text: (iso, start, end)."""
    best: tuple[str, int, int] | None = None
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            iso = _from_match(kind, m)
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
            if iso:
                break
    return best
