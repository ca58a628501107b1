"""Job header lines -> title, organisation, dates and place, in whatever order they come.

"Senior Data Engineer, Portline Ltd — Jan 2020 – Present", "Portline Ltd | Bristol | 2019-2023"
followed by "Data Engineer", and "2019 – 2023  Data Engineer at Portline" all give the same fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bullets import strip_marker
from .dates import DateSpan, find_range, find_single
from .words import (
    ACTION_VERBS,
    CITIES,
    COUNTRIES,
    EMPLOYMENT_TYPES,
    ORG_WORDS,
    ROLE_WORDS,
    US_STATES,
    WORK_MODES,
)

_STRONG_SEPARATORS = re.compile(r"\s*(?:\||\s[—–-]\s|[·•]|\t|\s{2,}|\s/\s)\s*")
_AT = re.compile(r"\s+(?:at|@)\s+", re.I)
_SMALL_WORDS = {"of", "and", "at", "the", "for", "in", "to", "a", "an", "&", "on", "with"}
_DURATION = re.compile(r"(?:\d+\s*(?:yrs?|years?|mos?|months?)\s*)+", re.I)  # LinkedIn's "(2 yrs)"
MAX_HEADER_WORDS = 14


@dataclass(frozen=True)
class Header:
    title: str | None
    organisation: str | None
    location: str | None
    start: str | None
    end: str | None


def header_date(line: str) -> DateSpan | None:
    """The dates that make a line a job header: a range anywhere, or a lone date at either end
    ("Data Engineer, Portline (2021)"). A date inside a sentence is an achievement's date."""
    if strip_marker(line)[0]:
        return None
    span = find_range(line)
    if span is None and (single := find_single(line)):
        before = line[: single.begin].strip(" ,|()[]-–—·")
        after = line[single.finish :].strip(" ,|()[]-–—·.")
        span = single if not before or not after else None
    if span is None:
        return None
    rest = line[: span.begin] + " " + line[span.finish :]
    return span if len(rest.split()) <= MAX_HEADER_WORDS else None


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z&'./-]*", text)


def looks_like_header(line: str) -> bool:
    """A short line without a marker or a full stop that reads like a title or a name."""
    text = line.strip()
    words = _words(text)
    if not words or strip_marker(text)[0] or len(text.split()) > MAX_HEADER_WORDS:
        return False
    if text.endswith((".", "!", "?", ";")) or text[0].islower():
        return False
    if words[0].lower() in ACTION_VERBS or re.search(r"\d+\s*%|[£$€]\s*\d", text):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised >= max(1, 0.6 * len(content)) or bool(_STRONG_SEPARATORS.search(text))


def part_kind(part: str) -> str:
    """ "title", "organisation", "location", "type" (contract, part-time) or "unknown"."""
    low = part.lower().strip(" ()[]")
    words = low.replace(",", " ").split()
    if low in EMPLOYMENT_TYPES:
        return "type"
    if low in WORK_MODES or low in COUNTRIES or low in CITIES or part.strip() in US_STATES:
        return "location"
    if words[-1] in ROLE_WORDS:  # "Healthcare Assistant", "Bank Teller", "Head of Digital"
        return "title"
    if any(w in ORG_WORDS for w in words):  # "Ltd" wins over "Lead" in "Lead Generation Ltd"
        return "organisation"
    if any(w in ROLE_WORDS or w.rstrip("s") in ROLE_WORDS for w in words):
        return "title"
    return "unknown"


def is_location_line(line: str) -> bool:
    """ "Bristol, England, United Kingdom" on its own line under a job header."""
    parts = split_parts(line)
    return bool(parts) and all(part_kind(p) == "location" for p in parts)


def is_organisation_line(line: str) -> bool:
    """A line that names only an employer, as above several roles held there."""
    kinds = [part_kind(p) for p in split_parts(line)]
    return "organisation" in kinds and not {"title", "unknown"} & set(kinds)


def names_a_role_or_firm(line: str) -> bool:
    return any(part_kind(p) in {"title", "organisation"} for p in split_parts(line))


def split_parts(text: str) -> list[str]:
    """Header text without its dates -> its parts, split on |, dashes, "at", brackets, commas."""
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    text = re.sub(r"[()\[\]]", " | ", text)
    parts: list[str] = []
    for chunk in _STRONG_SEPARATORS.split(text):
        for piece in _AT.split(chunk):
            parts += [p.strip(" ,;:-–—") for p in piece.split(",")]
    return [p for p in parts if re.search(r"[A-Za-z]", p) and not _DURATION.fullmatch(p)]


def _merge_locations(parts: list[str], kinds: list[str]) -> tuple[list[str], list[str]]:
    """ "Bristol", "UK" -> "Bristol, UK". An unknown part just before a country is taken for its
    city only when enough other parts are left to name the title and the organisation."""
    spare = sum(1 for k in kinds if k in {"title", "organisation", "unknown"}) - 2
    out_parts: list[str] = []
    out_kinds: list[str] = []
    for part, kind in zip(parts, kinds, strict=True):
        previous = out_kinds[-1] if out_kinds else None
        city = previous == "unknown" and spare > 0 and part.lower() not in WORK_MODES
        if kind == "location" and (previous == "location" or city):
            spare -= previous == "unknown"
            out_parts[-1] = f"{out_parts[-1]}, {part}"
            out_kinds[-1] = "location"
        else:
            out_parts.append(part)
            out_kinds.append(kind)
    return out_parts, out_kinds


def parse_header(lines: list[str]) -> Header:
    """One job's header lines (one to three) -> its fields."""
    span: DateSpan | None = None
    parts: list[str] = []
    for line in lines:
        found = header_date(line) if span is None else None
        if found:
            span = found
            line = line[: found.begin] + " | " + line[found.finish :]
        parts += split_parts(line)
    parts, kinds = _merge_locations(parts, [part_kind(p) for p in parts])
    fields: dict[str, str] = {}
    for part, kind in zip(parts, kinds, strict=True):
        if kind in {"title", "organisation", "location"}:
            fields.setdefault(kind, part)
    for part, kind in zip(parts, kinds, strict=True):
        if kind == "unknown":
            slot = next((s for s in ("title", "organisation") if s not in fields), None)
            if slot:
                fields[slot] = part
    return Header(
        title=fields.get("title"),
        organisation=fields.get("organisation"),
        location=fields.get("location"),
        start=span.start if span else None,
        end=span.end if span else None,
    )
