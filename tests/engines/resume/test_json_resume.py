"""JSON Resume documents (jsonresume.org schema) read into the same Resume."""

from __future__ import annotations

import json
from typing import Any

from roundtwo.engines.resume import parse_json_resume

DOCUMENT: dict[str, Any] = {
    "basics": {"name": "Jane Okafor", "label": "Data Engineer", "email": "jane@example.com"},
    "work": [
        {
            "name": "Portline Ltd",
            "position": "Senior Data Engineer",
            "location": "Bristol",
            "startDate": "2020-01-15",
            "summary": "Owned the event platform. Ran the on-call rota.",
            "highlights": ["Built Kafka pipelines for 2M events a day", "Cut latency by 80%"],
        },
        {"company": "Tidewell", "position": "Analyst", "startDate": "2016", "endDate": "2019-12"},
    ],
    "volunteer": [{"organization": "Code Club", "highlights": ["Taught Python to children"]}],
    "education": [
        {
            "institution": "University of Bristol",
            "area": "Computer Science",
            "studyType": "BSc",
            "startDate": "2012",
            "endDate": "2015",
        }
    ],
    "skills": [{"name": "Data", "keywords": ["Python", "SQL", "python"]}],
    "projects": [{"name": "pipeline-kit", "description": "A CLI for data checks."}],
    "awards": [{"title": "Engineer of the Year", "awarder": "Portline"}],
}


def test_work_entries_become_experiences_with_summary_and_highlights_as_bullets() -> None:
    resume = parse_json_resume(json.dumps(DOCUMENT))
    first = resume.experiences[0]
    assert (first.title, first.organisation, first.location) == (
        "Senior Data Engineer",
        "Portline Ltd",
        "Bristol",
    )
    assert first.bullets == (
        "Owned the event platform.",
        "Ran the on-call rota.",
        "Built Kafka pipelines for 2M events a day",
        "Cut latency by 80%",
    )


def test_a_job_without_an_end_date_is_current_and_dates_are_iso() -> None:
    resume = parse_json_resume(json.dumps(DOCUMENT))
    assert (resume.experiences[0].start, resume.experiences[0].end) == ("2020-01", "present")
    assert (resume.experiences[1].start, resume.experiences[1].end) == ("2016", "2019-12")
    assert resume.experiences[1].organisation == "Tidewell"  # the schema's older "company" key


def test_basics_skills_education_and_other_achievements_are_read() -> None:
    resume = parse_json_resume(json.dumps(DOCUMENT))
    assert (resume.name, resume.headline) == ("Jane Okafor", "Data Engineer")
    assert resume.skills == ("Data", "Python", "SQL")
    assert resume.education == ("BSc Computer Science, University of Bristol, 2012 – 2015",)
    assert resume.other_bullets == (
        "Taught Python to children",
        "pipeline-kit: A CLI for data checks.",
        "Engineer of the Year (Portline)",
    )


def test_values_of_the_wrong_type_are_skipped_not_fatal() -> None:
    doc = {
        "basics": ["not", "an", "object"],
        "work": [
            {"name": 42, "position": "Analyst", "highlights": ["Built dashboards", 7, None]},
            "a stray string",
        ],
        "skills": "Python",
    }
    resume = parse_json_resume(json.dumps(doc))
    assert resume.name is None
    assert resume.experiences[0].organisation is None
    assert resume.experiences[0].bullets == ("Built dashboards",)
    assert resume.skills == ()
