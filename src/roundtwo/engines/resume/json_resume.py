"""A JSON Resume document (jsonresume.org schema) -> a Resume.

Only the fields the fit matrix uses are read: basics.name and label, work, volunteer, projects,
awards, skills and education. Values of the wrong type are skipped rather than refused, since
exporters differ; a document that has none of the schema's sections is refused.
"""

from __future__ import annotations

from typing import Any

from roundtwo.engines import untrusted_json

from .bullets import split_sentences
from .dates import normalise
from .lists import dedupe
from .model import NOTHING_FOUND, Experience, Resume, ResumeError

MAX_CHARS = 2_000_000
SECTIONS = ("basics", "work", "volunteer", "education", "skills", "projects", "awards")
NOT_JSON = "This file is not valid JSON, so we cannot read it as a JSON Resume."
NOT_RESUME = "This JSON is not a JSON Resume document (it has no basics, work or skills)."


def _text(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _texts(value: Any) -> list[str]:
    items = value if isinstance(value, list) else []
    return [t for t in (_text(v) for v in items) if t]


def _objects(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _date(value: Any) -> str | None:
    text = _text(value)
    return normalise(text) if text else None


def _achievements(entry: dict[str, Any], *fields: str) -> list[str]:
    """Summary (or description) sentences, then the highlights."""
    out: list[str] = []
    for name in fields:
        if text := _text(entry.get(name)):
            out += split_sentences(text)
    return out + _texts(entry.get("highlights"))


def _experience(entry: dict[str, Any]) -> Experience:
    start = _date(entry.get("startDate"))
    # The schema leaves endDate out for a job the person still holds.
    end = _date(entry.get("endDate")) or ("present" if start else None)
    return Experience(
        title=_text(entry.get("position")),
        organisation=_text(entry.get("name")) or _text(entry.get("company")),
        start=start,
        end=end,
        location=_text(entry.get("location")),
        bullets=tuple(_achievements(entry, "summary", "description")),
    )


def _education(entry: dict[str, Any]) -> str | None:
    degree = " ".join(t for t in (_text(entry.get("studyType")), _text(entry.get("area"))) if t)
    parts = [p for p in (degree, _text(entry.get("institution"))) if p]
    start, end = _date(entry.get("startDate")), _date(entry.get("endDate"))
    if start or end:
        parts.append(" – ".join(d for d in (start, end) if d))
    return ", ".join(parts) or None


def _skills(entries: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for entry in entries:
        out += [t for t in [_text(entry.get("name"))] if t] + _texts(entry.get("keywords"))
    return dedupe(out)


def _other(doc: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for entry in _objects(doc.get("volunteer")):
        out += _achievements(entry, "summary")
    for entry in _objects(doc.get("projects")):
        name = _text(entry.get("name"))
        out += [f"{name}: {t}" if name else t for t in _achievements(entry, "description")]
    for entry in _objects(doc.get("awards")):
        title, awarder = _text(entry.get("title")), _text(entry.get("awarder"))
        if title:
            out.append(f"{title} ({awarder})" if awarder else title)
        out += split_sentences(_text(entry.get("summary")) or "")
    return dedupe(out)


def load_document(data: str) -> dict[str, Any]:
    if len(data) > MAX_CHARS:
        raise ResumeError("This file is too large to be a resume (over 2 MB).")
    try:
        doc = untrusted_json.loads(data)
    except untrusted_json.UntrustedJSONError as exc:
        raise ResumeError(f"{NOT_JSON} {exc}") from None
    if not isinstance(doc, dict) or not any(key in doc for key in SECTIONS):
        raise ResumeError(NOT_RESUME)
    return doc


def parse_json_resume(data: str) -> Resume:
    doc = load_document(data)
    basics = (_objects([doc.get("basics")]) or [{}])[0]
    resume = Resume(
        name=_text(basics.get("name")),
        headline=_text(basics.get("label")),
        experiences=tuple(_experience(e) for e in _objects(doc.get("work"))),
        skills=tuple(_skills(_objects(doc.get("skills")))),
        education=tuple(e for e in map(_education, _objects(doc.get("education"))) if e),
        other_bullets=tuple(_other(doc)),
    )
    if resume.is_empty():
        raise ResumeError(NOTHING_FOUND)
    return resume
