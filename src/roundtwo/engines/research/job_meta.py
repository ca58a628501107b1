"""A posting's title, company, location and employment type: schema.org first, then the page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .blocks import Block, clean, strip_punct, words
from .document import Document
from .structured import Item, text

_NOT_A_TITLE = re.compile(
    r"\b(careers?|jobs?|join us|work with us|open (roles|positions)|vacanc)", re.I
)
_TITLE_PREFIX = re.compile(
    r"^(job|role|position|vacancy|job title|we are hiring|we're hiring)\s*:\s*", re.I
)
_SEPARATORS = re.compile(r"\s+[|–—·•-]\s+|\s*\|\s*")
_LABEL = re.compile(r"^\s*([A-Za-z ]{2,25}?)\s*[:：]\s*(\S.{0,120})$")
_CAREERS_SUFFIX = re.compile(
    r"\b(careers?|jobs?|job application for|vacancies|vacancy|hiring)\b\s*$|^(vacancy|job)\s*:\s*",
    re.I,
)
_NOT_COMPANY = re.compile(
    r"^(us|the company|the role|the team|the job|you|this role|the opportunity|the position)$", re.I
)
_EMPLOYMENT = {
    "FULL_TIME": "Full-time", "PART_TIME": "Part-time", "CONTRACTOR": "Contract",
    "TEMPORARY": "Temporary", "INTERN": "Internship", "VOLUNTEER": "Volunteer",
    "PER_DIEM": "Per diem", "OTHER": "Other", "SEASONAL": "Temporary",
}  # fmt: skip
_EMPLOYMENT_TEXT = (
    ("Full-time", r"full[- ]?time"),
    ("Part-time", r"part[- ]?time"),
    ("Fixed-term", r"fixed[- ]term"),
    ("Internship", r"internship|intern\b"),
    ("Contract", r"contract(or)?\b(?! (negotiation|management|law|review|drafting))|freelance"),
    ("Temporary", r"temporary|\btemp\b"),
    ("Permanent", r"permanent"),
)
_EMPLOYMENT_IN_PROSE = re.compile(
    r"\b(full[- ]time|part[- ]time|fixed[- ]term|internship|permanent (role|position|contract)"
    r"|\d+[- ]month contract|contract (role|position|basis)|freelance (role|position|basis))\b",
    re.I,
)
_PLACE = re.compile(r"^[A-Z][\w.'’-]*(?:[ ,/]+[A-Z(][\w.'’()-]*){0,5}$")
_PIECES = re.compile(r"\s[|·•–—-]\s")
_EMPLOYMENT_WORD = re.compile(
    r"^(permanent|temporary|contract|fixed[- ]term|full[- ]time|part[- ]time|freelance|seasonal"
    r"|self[- ]employed|internship)\b",
    re.I,
)
# last words of organisation names, so "Castleford Foods, Wakefield" under a title reads as
# company and town while "Leeds, United Kingdom" stays a place
_ORG_WORDS = {
    "ltd", "limited", "llp", "plc", "group", "inc", "gmbh", "llc", "council", "trust", "care",
    "foods", "consulting", "consultancy", "school", "academy", "college", "university",
    "hospital", "hospitals", "pharmacy", "vets", "services", "partners", "bank", "insurance",
    "analytical", "instruments", "health", "healthcare", "agency", "association", "studio",
    "labs", "systems", "solutions", "logistics", "energy", "media", "courier", "foundation",
    "charity", "clinic", "practice", "surgery", "hotel", "hotels", "restaurant", "nhs",
}  # fmt: skip
_WORK_MODE = re.compile(r"^(fully )?(remote|hybrid|on-?site)\b", re.I)


def labels(blocks: list[Block], limit: int = 60) -> dict[str, str]:
    """ "Location: Berlin" lines and "Location | Berlin" table rows near the top, keyed by
    lower-case label."""
    found: dict[str, str] = {}
    for block in blocks[:limit]:
        parts = re.split(r"\s[|·•]\s", block.text)
        if len(parts) == 2 and re.fullmatch(r"[A-Za-z ]{2,25}", parts[0]):
            parts = [f"{parts[0]}: {parts[1]}"]  # a table row: "Location | Leeds"
        for part in parts:
            m = _LABEL.match(part)
            if m and len(words(m.group(1))) <= 3:
                found.setdefault(m.group(1).strip().lower(), clean(m.group(2)))
    return found


def _label(blocks: list[Block], *names: str) -> str | None:
    found = labels(blocks)
    return next((found[n] for n in names if found.get(n)), None)


def _clean_title(value: str, page_title: bool = False) -> str:
    """Drop "Job:" prefixes and " at Company"; a <title> also loses "| Company Careers"."""
    value = _TITLE_PREFIX.sub("", clean(value))
    value = re.split(r"\s+at\s+[A-Z]", value)[0]
    if page_title:
        value = _SEPARATORS.split(value)[0]
    return strip_punct(value) or value


def _first_heading(blocks: list[Block]) -> str | None:
    headings = [b for b in blocks if b.kind == "heading" and b.level <= 2]
    for block in headings[:3]:
        if not _NOT_A_TITLE.search(block.text) and len(words(block.text)) <= 14:
            return block.text
    return None


def _first_line(blocks: list[Block]) -> str | None:
    """Plain text: the first short line."""
    first = next((b for b in blocks if b.text.strip()), None)
    if first is not None and first.kind != "item" and 0 < len(words(first.text)) <= 10:
        return first.text
    return None


def job_title(doc: Document, posting: Item | None) -> str | None:
    raw = text(posting.get("title")) if posting else None
    raw = raw or _label(doc.blocks, "job title", "role", "position") or _first_heading(doc.blocks)
    if raw:
        return _clean_title(raw)
    if doc.title:
        return _clean_title(doc.title, page_title=True)
    line = _first_line(doc.blocks)
    return _clean_title(line) if line else None


def _company_at(value: str | None) -> str | None:
    """ "Product Designer at Quillmark" -> "Quillmark"."""
    m = re.search(r"\s+at\s+([A-Z][\w&.' -]{1,40}?)(?:\s*[|–—(-]|$)", value or "")
    return strip_punct(m.group(1)) if m else None


def _company_from_title(value: str | None, title: str | None) -> str | None:
    """The piece of a page <title> that is not the job title: "Analyst - Acme Careers"."""
    for piece in _SEPARATORS.split(value or ""):
        piece = strip_punct(_CAREERS_SUFFIX.sub("", strip_punct(piece)))
        if not piece or len(words(piece)) > 6 or _NOT_A_TITLE.fullmatch(piece):
            continue
        if title is None or not _same(piece, title):
            return piece
    return None


def _same(a: str, b: str) -> bool:
    wa, wb = set(words(a.lower())), set(words(b.lower()))
    return bool(wa) and len(wa & wb) / len(wa) >= 0.6


def _company_from_text(blocks: list[Block]) -> str | None:
    for block in blocks[:80]:
        if block.kind == "heading":
            m = re.match(r"^about\s+(.{2,40})$", block.text.strip(), re.I)
            if m and not _NOT_COMPANY.match(strip_punct(m.group(1))):
                return strip_punct(m.group(1))
        m = re.search(r"\b(?:At|Join)\s+([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})[,!]", block.text)
        if m:
            return m.group(1)
    return None


def company_name(doc: Document, posting: Item | None) -> str | None:
    org = text(posting.get("hiringOrganization")) if posting else None
    title = job_title(doc, posting)
    return (
        org
        or _label(doc.blocks, "company", "employer", "organisation", "organization")
        or _company_at(next((b.text for b in doc.blocks if b.kind == "heading"), None))
        or _company_at(doc.title)
        or doc.site_name
        or _subtitle(doc.blocks).company
        or _org_line(doc.blocks).company
        or _company_from_title(doc.title, title)
        or _company_from_text(doc.blocks)
    )


def _address(value: Any) -> str | None:
    if isinstance(value, list):
        parts = [a for a in (_address(v) for v in value) if a]
        return "; ".join(dict.fromkeys(parts)) or None
    if not isinstance(value, dict):
        return text(value)
    address = value.get("address", value)
    if isinstance(address, dict):
        keys = ("addressLocality", "addressRegion", "addressCountry")
        parts = [p for p in (text(address.get(k)) for k in keys) if p]
        joined = ", ".join(dict.fromkeys(parts))
        return joined or text(address.get("streetAddress")) or text(value.get("name"))
    return text(address)


def _structured_location(posting: Item) -> str | None:
    place = _address(posting.get("jobLocation"))
    remote = "TELECOMMUTE" in str(posting.get("jobLocationType") or "").upper()
    if remote:
        return f"{place} or remote" if place else "Remote"
    return place


@dataclass(frozen=True)
class _Subtitle:
    location: str | None = None
    company: str | None = None


def _looks_like_org(piece: str) -> bool:
    parts = piece.split()
    return len(parts) >= 2 and (parts[0] == "The" or parts[-1].lower().strip(".") in _ORG_WORDS)


def _piece_rank(piece: str) -> int:
    """How much a subtitle piece looks like a place: "City, Country" > "City" > "Remote"."""
    if _EMPLOYMENT_IN_PROSE.search(piece) or _WORK_MODE.fullmatch(piece):
        return 0
    if _EMPLOYMENT_WORD.match(piece) or _looks_like_org(piece):
        return 0
    if "," in piece and _PLACE.match(piece):
        return 3
    if _PLACE.match(piece):
        return 2
    return 1 if re.search(r"\b(remote|hybrid)\b", piece, re.I) else 0


def _subtitle(blocks: list[Block]) -> _Subtitle:
    """The "Acme · Berlin, Germany · Full-time" line under a title."""
    for i, block in enumerate(blocks[:8]):
        if block.kind == "heading" or i == 0 or not _PIECES.search(block.text):
            continue  # the first line is the title itself: "Electrician - Days"
        pieces = [strip_punct(p) for p in _PIECES.split(block.text)]
        lead = strip_punct(block.lead) if block.lead else None
        ranked = [p for p in pieces if p != lead and _piece_rank(p)]
        if not ranked:
            continue
        place = max(ranked, key=_piece_rank)  # max() keeps the first of equal ranks
        first = pieces[0] if pieces[0] != place and _PLACE.match(pieces[0]) else None
        return _Subtitle(place, lead or first)
    return _Subtitle()


def _org_line(blocks: list[Block]) -> _Subtitle:
    """ "Castleford Foods, Wakefield" or "**The Saltings, Whitstable** · Full-time" under a plain
    title: an organisation-looking name, a comma and a place."""
    for block in blocks[1:5]:
        if block.kind != "text":
            continue
        first = strip_punct(_PIECES.split(block.lead or block.text)[0])
        name, _, rest = first.partition(", ")
        if _looks_like_org(name) or (not rest and _looks_like_org(first)):
            place = strip_punct(rest.split(",")[0]) if rest else None
            return _Subtitle(place if place and _PLACE.match(place) else None, name)
    return _Subtitle()


def _by_class(doc: Document, *names: str) -> str | None:
    """ATS pages mark facts with class names: <div class="location">, data-ui="job-type"."""
    if doc.root is None:
        return None
    for name in names:
        query = f'//*[contains(@class, "{name}") or contains(@data-ui, "{name}")]'
        for el in doc.root.xpath(query):
            value = clean(el.text_content())
            if value and len(words(value)) <= 8:
                return value
    return None


def location(doc: Document, posting: Item | None) -> str | None:
    if posting is not None and (found := _structured_location(posting)):
        return found
    label = _label(doc.blocks, "location", "locations", "based in", "office", "workplace", "where")
    found = label or _by_class(doc, "location") or _subtitle(doc.blocks).location
    return found or _org_line(doc.blocks).location


def employment_type(doc: Document, posting: Item | None) -> str | None:
    raw = posting.get("employmentType") if posting else None
    values = [str(v).upper().replace("-", "_") for v in (raw if isinstance(raw, list) else [raw])]
    mapped = [_EMPLOYMENT.get(v, "") for v in values if v and v != "NONE"]
    if any(mapped):
        return ", ".join(m for m in mapped if m)
    label = _label(doc.blocks, "employment type", "job type", "contract", "type", "hours")
    label = label or _by_class(doc, "commitment", "job-type", "employment-type")
    for candidate in [label, *(b.text for b in doc.blocks[:200])]:
        if candidate and (label == candidate or _EMPLOYMENT_IN_PROSE.search(candidate)):
            for name, rx in _EMPLOYMENT_TEXT:
                if re.search(rx, candidate, re.I):
                    return name
    return None
