"""Page shapes from professions outside tech: council pages, div soup, plain-text fact lines."""

from __future__ import annotations

import pytest

from roundtwo.engines.research import extract_job
from roundtwo.engines.research.sections import job_kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("On board, you will", "responsibilities"),
        ("What your week looks like", "responsibilities"),
        ("You need to", "requirements"),
        ("It would help if you have", "nice"),
        ("Desirable criteria", "nice"),
    ],
)
def test_more_heading_forms_are_known(heading: str, kind: str) -> None:
    assert job_kind(heading) == kind


def test_a_cookie_banner_with_its_own_heading_is_not_the_title() -> None:
    page = """<div class="govuk-cookie-banner"><h2>Cookies on Hexford Council</h2>
    <p>We use analytics cookies.</p></div>
    <main><h1>Social Worker</h1><h2>Main responsibilities</h2><ul><li>Complete assessments</li>
    </ul></main>"""
    job = extract_job(page, source="s")
    assert job.title == "Social Worker"
    assert job.responsibilities == ("Complete assessments",)


def test_div_soup_with_dash_lines_under_styled_headings_is_read() -> None:
    page = """<div class="t1">Property Underwriter</div>
    <div class="bold">The role</div>
    <div class="txt">&ndash; Underwrite new business and renewals<br>
    &ndash; Price risks using our rating models</div>
    <div class="bold">Skills and experience</div>
    <div class="txt">&ndash; 3 years of underwriting experience<br>
    &ndash; Experience of Lloyd's would be an advantage</div>"""
    job = extract_job(page, source="s")
    assert job.responsibilities == (
        "Underwrite new business and renewals",
        "Price risks using our rating models",
    )
    assert [(r.text, r.kind) for r in job.requirements] == [
        ("3 years of underwriting experience", "must"),
        ("Experience of Lloyd's would be an advantage", "nice"),
    ]
    assert job.years_experience == 3


@pytest.mark.parametrize(
    ("second_line", "company", "location"),
    [
        ("Castleford Foods, Wakefield", "Castleford Foods", "Wakefield"),
        ("The Wessex Courier - Salisbury", "The Wessex Courier", "Salisbury"),
        ("Leeds, United Kingdom", None, None),
    ],
)
def test_a_plain_text_line_under_the_title_gives_company_and_place(
    second_line: str, company: str | None, location: str | None
) -> None:
    posting = f"Maintenance Electrician - Days\n{second_line}\nPermanent | Full-time\n\n"
    posting += "Requirements:\n- NVQ Level 3\n"
    job = extract_job(posting, source="s", content_type="text/plain")
    assert job.company == company
    if location is not None:
        assert job.location == location


def test_table_rows_are_read_as_labelled_facts() -> None:
    page = """<h1>Social Worker</h1><table><tr><th>Service</th><td>Children's Services</td></tr>
    <tr><th>Location</th><td>Town Hall, Hexford</td></tr></table>
    <h2>Main responsibilities</h2><ul><li>Complete assessments</li></ul>"""
    assert extract_job(page, source="s").location == "Town Hall, Hexford"
