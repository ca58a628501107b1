"""Reading requirement lines: must versus nice, years of experience, education."""

from __future__ import annotations

import re

from .blocks import clean
from .model import RequirementKind

# "ideally" and "preferably" mid-line qualify one clause of a must ("4+ years in CRM, ideally
# at a consumer app"); only at the start do they make the whole line a nice-to-have
_NICE = re.compile(
    r"\b(nice to have|nice-to-have|a plus|a bonus|bonus|plus if|preferred|desirable"
    r"|an advantage|advantageous|would be (great|nice|helpful|an asset)|not required"
    r"|not essential|optional|great if|even better|helpful|beneficial|good to have)\b"
    r"|^\W*(ideally|preferably|plus)\b",
    re.I,
)
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "a couple of": 2, "several": 3,
}  # fmt: skip
_NUM = r"(\d{1,2}|" + "|".join(_NUMBERS) + r")"
_YEARS = re.compile(
    rf"\b(?:at least|minimum(?: of)?|min\.?|over|more than|no less than)?\s*{_NUM}"
    rf"\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*{_NUM}\s*\+?\s*)?(?:years?|yrs?)\b",
    re.I,
)
_DEGREE = re.compile(
    r"\b(bachelor'?s?|master'?s?|ph\.?d|doctorate|b\.?sc|m\.?sc|b\.?a\b|m\.?a\b|mba|b\.?eng|m\.?eng"
    r"|degree|diploma|a-levels?|gcses?|high school|university|graduate|qualified teacher status"
    r"|qts|pgce|nmc|hcpc|cpa|aca|acca|cima|cfa|chartered|llb|lpc|sqe|qualified solicitor"
    r"|registered nurse|nvq|btec)\b",
    re.I,
)


def requirement_kind(text: str, default: RequirementKind = "must") -> RequirementKind:
    return "nice" if _NICE.search(text) else default


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def years_experience(texts: list[str]) -> int | None:
    """The largest minimum of years asked for ("5+ years", "at least three years", "3-5
    years" -> 3). Years that describe the company ("founded 20 years ago") rarely sit in
    requirement lines, which is all this is given."""
    found = []
    for text in texts:
        for m in _YEARS.finditer(text):
            tail = text[m.end() : m.end() + 40].lower()
            if re.match(r"\s*(old|ago|of age)\b", tail):
                continue
            value = _number(m.group(1))
            if 0 < value <= 30:
                found.append(value)
    return max(found) if found else None


def education(texts: list[str]) -> str | None:
    """The first requirement clause that names a degree or qualification."""
    for text in texts:
        m = _DEGREE.search(text)
        if m is None:
            continue
        clause = re.split(r"(?<=[.;])\s+", text)
        for part in clause:
            if _DEGREE.search(part):
                return clean(part).rstrip(".;")
    return None
