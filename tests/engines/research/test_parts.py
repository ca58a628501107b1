"""The pieces the extractors are built from: headings, dates, the skills lexicon."""

from __future__ import annotations

from collections import Counter

import pytest

from roundtwo.engines.research.dates import find_date
from roundtwo.engines.research.sections import company_kind, job_kind
from roundtwo.engines.research.skills import find_skills, known_skills, listed_tools
from roundtwo.knowledge import load


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What you’ll do", "responsibilities"),
        ("The role", "responsibilities"),
        ("Your impact", "responsibilities"),
        ("What we're looking for", "requirements"),
        ("Qualifications:", "requirements"),
        ("Must have", "requirements"),
        ("Nice to have", "nice"),
        ("Preferred Qualifications", "nice"),
        ("Bonus points", "nice"),
        ("What we offer", "benefits"),
        ("Why Greywell?", "benefits"),
        ("Senior Data Engineer", "other"),
    ],
)
def test_job_headings(heading: str, kind: str) -> None:
    assert job_kind(heading) == kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Our values", "values"),
        ("What we believe", "values"),
        ("Our mission", "mission"),
        ("Why we exist", "mission"),
        ("How we work", "culture"),
        ("Our goals for 2027", "goals"),
        ("Latest news", "news"),
        ("Our history", "history"),
        ("What we offer", "products"),
        ("Features", "features"),
        ("From the Sundial team", "other"),
    ],
)
def test_company_headings(heading: str, kind: str) -> None:
    assert company_kind(heading) == kind


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12 March 2026", "2026-03-12"),
        ("March 12, 2026", "2026-03-12"),
        ("Sept 3rd, 2025", "2025-09-03"),
        ("2026-03-12", "2026-03-12"),
        ("Posted 03/04/2026", "2026-04-03"),
        ("Posted 12/31/2026", "2026-12-31"),
        ("March 2026", "2026-03"),
        ("in 2026", None),
        ("31 February 2026", "2026-02"),
    ],
)
def test_dates_in_text(text: str, iso: str | None) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == iso


def test_the_skills_lexicon_is_broad_and_unambiguous() -> None:
    skills = load("skills")["skills"]
    assert len(skills) >= 1500
    areas = Counter(s["area"] for s in skills)
    for area in ("software", "data", "marketing", "healthcare", "legal", "education"):
        assert areas[area] >= 15
    owners: dict[str, set[str]] = {}
    for skill in skills:
        for spelling in [skill["name"], *skill.get("aliases", [])]:
            owners.setdefault(spelling.lower(), set()).add(skill["name"])
    assert [s for s, names in owners.items() if len(names) > 1] == []


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("JS, k8s and Postgres", ["JavaScript", "Kubernetes", "PostgreSQL"]),
        ("Python-based services in Go", ["Python", "Go"]),
        ("we go fast and react quickly in a C-suite R&D role", []),
        ("C/C++ and C#, .NET Core, Node.js.", ["C", "C++", "C#", ".NET", "Node.js"]),
        (
            "AP/AR, FP&A and month-end close",
            ["Accounts payable", "Accounts receivable", "FP&A", "Month-end close"],
        ),
        ("CI/CD with GitHub Actions", ["CI/CD", "GitHub Actions"]),
        ("Excel at pivot tables; excel in Excel", ["Excel", "Pivot tables"]),
    ],
)
def test_lexicon_skills_with_aliases_and_word_boundaries(text: str, skills: list[str]) -> None:
    assert known_skills(text) == skills


def test_unknown_tools_count_when_listed_beside_known_ones() -> None:
    assert find_skills(["Experience with Snowflake, dbt, or Fivetran a plus"]) == [
        "Snowflake",
        "dbt",
        "Fivetran",
    ]
    assert find_skills(["Registered Nurse (Adult) with NMC registration"]) == [
        "Registered nurse",
        "NMC registration",
    ]
    assert find_skills(["Experience in B2B sales, selling to CFOs in the UK"]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Python, SQL and Basic Qualifications:",
        "Fluent in German and English (written) What we offer:",
        "Python, Perl and SQL. Professional experience in computational science",
        "Python and SQL (Advantage: further languages)",
    ],
)
def test_labels_and_sentence_openings_beside_a_list_are_not_tools(line: str) -> None:
    assert listed_tools(line) == []
