"""The extractors' results as research items: one row per fact, each pointing at its source."""

from __future__ import annotations

from typing import Any

from roundtwo import knowledge
from roundtwo.engines.research import extract_company, extract_job
from roundtwo.research.models import Item, Source

S = Item.Section


def competency_names() -> dict[str, str]:
    return {c["id"]: c["name"] for c in knowledge.load("competencies")["competencies"]}


def job_items(data: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(section, name, text, date) rows from extract_job(...).as_dict()."""
    rows: list[tuple[str, str, str, str]] = []
    for section, key in ((S.TITLE, "title"), (S.EMPLOYER, "company"), (S.LOCATION, "location")):
        if data.get(key):
            rows.append((section, data[key], "", ""))
    if data.get("employment_type"):
        rows.append((S.EMPLOYMENT, data["employment_type"], "", ""))
    rows += [(S.RESPONSIBILITY, text, "", "") for text in data.get("responsibilities", [])]
    for requirement in data.get("requirements", []):
        section = S.MUST if requirement["kind"] == "must" else S.NICE
        rows.append((section, requirement["text"], "", ""))
    rows += [(S.SKILL, skill, "", "") for skill in data.get("skills", [])]
    names = competency_names()
    rows += [(S.COMPETENCY, names.get(c, c), "", "") for c in data.get("competencies", [])]
    if data.get("years_experience"):
        rows.append((S.EXPERIENCE, f"{data['years_experience']}+ years", "", ""))
    if data.get("education"):
        rows.append((S.EDUCATION, data["education"], "", ""))
    return rows


def company_items(data: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    if data.get("name"):
        rows.append((S.EMPLOYER, data["name"], "", ""))
    if data.get("mission"):
        rows.append((S.MISSION, data["mission"], "", ""))
    # the values map reads value rows in order: the page's values first, then its principles
    # or behaviours, so a page that only lists principles still gets a map
    for value in [*data.get("values", []), *data.get("principles", [])]:
        rows.append((S.VALUE, value["name"], value.get("description") or "", ""))
    rows += [(S.GOAL, goal, "", "") for goal in data.get("goals", [])]
    rows += [(S.PRODUCT, product, "", "") for product in data.get("products", [])]
    for news in data.get("recent", []):
        rows.append((S.RECENT, news["title"], news.get("summary") or "", news.get("date") or ""))
    if data.get("industry"):
        rows.append((S.INDUSTRY, data["industry"], "", ""))
    rows += [(S.COMPETITOR, name, "", "") for name in data.get("competitors", [])]
    rows += [(S.CULTURE, cue, "", "") for cue in data.get("culture", [])]
    return rows


def extract_rows(source: Source, content: str, content_type: str) -> tuple[str, list[Any]]:
    """(a title for the source, item rows) for a job posting or any company page."""
    label = source.url or source.filename or "pasted text"
    if source.kind == Source.Kind.JOB:
        job = extract_job(content, source=label, content_type=content_type).as_dict()
        return job.get("title") or "", job_items(job)
    company = extract_company(content, source=label, content_type=content_type).as_dict()
    return company.get("name") or "", company_items(company)
