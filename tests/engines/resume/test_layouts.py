"""Fourteen resume layouts, each read into the same shape: jobs with their dates and bullets."""

from __future__ import annotations

from roundtwo.engines.resume import Experience, Resume, parse_resume_text

from . import layouts


def jobs(resume: Resume) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(e.title, e.organisation, e.start, e.end) for e in resume.experiences]


def only(resume: Resume, n: int) -> Experience:
    return resume.experiences[n]


def test_a_classic_resume_gives_name_headline_jobs_skills_education_and_projects() -> None:
    resume = parse_resume_text(layouts.CLASSIC)
    assert resume.name == "Jane Okafor"
    assert resume.headline == "Senior Data Engineer | Bristol, UK"
    assert jobs(resume) == [
        ("Senior Data Engineer", "Portline Ltd", "2020-01", "present"),
        ("Data Engineer", "Tidewell Analytics", "2016-03", "2019-12"),
    ]
    assert only(resume, 0).bullets[0] == (
        "Built Kafka streaming pipelines processing 2M events a day, cutting report latency "
        "from hours to minutes."
    )
    assert len(only(resume, 0).bullets) == 3
    assert resume.skills == ("Python", "SQL", "Scala", "Kafka", "Airflow", "dbt", "Snowflake")
    assert resume.education == ("BSc Computer Science, University of Bristol, 2012 – 2015",)
    assert "400 stars on GitHub; used by three companies." in resume.other_bullets


def test_an_employer_line_with_the_title_on_the_next_line_is_one_job() -> None:
    resume = parse_resume_text(layouts.EMPLOYER_FIRST)
    assert jobs(resume) == [
        ("Shift Supervisor", "Northgate Logistics Ltd", "2019", "2023"),
        ("Warehouse Operative", "Brightway Stores", "2015", "2019"),
    ]
    assert only(resume, 0).location == "Leicester"
    assert len(only(resume, 0).bullets) == 2
    assert resume.education == ("NVQ Level 3 Warehousing and Storage, 2016",)


def test_dates_first_and_title_at_employer_are_read() -> None:
    resume = parse_resume_text(layouts.DATES_FIRST)
    assert resume.name == "Priya Raman" and resume.headline == "Product Manager"
    assert jobs(resume) == [
        ("Senior Product Manager", "Fernbank Health", "2021", "present"),
        ("Product Manager", "Quayside Software", "2018", "2021"),
    ]
    assert resume.skills == ("Roadmapping", "discovery", "SQL", "Figma", "A/B testing")


def test_a_header_over_three_lines_and_wrapped_bullets_are_joined() -> None:
    resume = parse_resume_text(layouts.THREE_LINE_HEADER)
    assert resume.name == "Tomás Herrera"
    first = only(resume, 0)
    assert (first.title, first.organisation, first.location) == (
        "Senior Civil Engineer",
        "Harbourline Consulting",
        "Glasgow, UK",
    )
    assert (first.start, first.end) == ("2018-03", "2022-06")
    assert first.bullets[0].endswith("delivered two months early and £1.2M under budget.")
    assert jobs(resume)[1] == ("Graduate Engineer", "Stonebridge Group", "2014-09", "2018-02")


def test_numbered_bullets_month_slash_year_and_current_are_read() -> None:
    resume = parse_resume_text(layouts.NUMBERED)
    assert jobs(resume) == [
        ("Finance Assistant", "Keel & Co Accountants", "2020-01", "present"),
        ("Accounts Clerk", "Mayfield Housing Trust", "2017-06", "2019-12"),
    ]
    assert only(resume, 0).bullets[2].startswith("Set up the first supplier statement review")
    assert resume.skills == ("Sage 200", "Xero", "Excel (VLOOKUP, pivot tables)", "month-end close")


def test_a_paragraph_of_plain_sentences_becomes_one_bullet_per_sentence() -> None:
    resume = parse_resume_text(layouts.PLAIN_SENTENCES)
    nurse = only(resume, 0)
    assert (nurse.title, nurse.organisation, nurse.start, nurse.end) == (
        "Staff Nurse",
        "Riverside General Hospital",
        "2017",
        "present",
    )
    assert len(nurse.bullets) == 3
    assert nurse.bullets[1].startswith("I introduced a sepsis screening prompt at handover")
    assert jobs(resume)[1][:2] == ("Healthcare Assistant", "Elmhurst Care Home")
    assert resume.education == ("BSc (Hons) Adult Nursing, University of Leeds, 2014 - 2017",)


def test_a_pdf_paste_with_run_on_bullets_and_hyphenated_words_is_repaired() -> None:
    resume = parse_resume_text(layouts.PDF_PASTE)
    developer = only(resume, 0)
    assert (developer.title, developer.organisation) == ("Software Developer", "Copperleaf Digital")
    assert developer.bullets == (
        "Rebuilt the checkout in React and TypeScript, raising mobile conversion by 12%.",
        "Introduced end-to-end tests with Playwright; production incidents fell from nine a "
        "quarter to two.",
        "Cut the CI pipeline from 25 to 8 minutes by caching dependencies and splitting test jobs.",
    )
    assert resume.skills == ("JavaScript", "TypeScript", "React", "Node.js", "PostgreSQL")


def test_a_resume_without_headings_still_gives_its_jobs() -> None:
    resume = parse_resume_text(layouts.NO_HEADINGS)
    assert resume.name == "Hannah Kowalski"
    assert jobs(resume) == [
        ("Year 6 Teacher", "St Mary's Primary School", "2019-09", "2024-07"),
        ("Teaching Assistant", "Oakfield Academy", "2016-09", "2019-07"),
    ]
    assert resume.other_bullets == ()


def test_jobs_without_dates_are_found_by_their_title_lines() -> None:
    resume = parse_resume_text(layouts.NO_DATES)
    assert jobs(resume) == [
        ("Head Chef", "The Copper Pot", None, None),
        ("Sous Chef", "Marlow Bistro", None, None),
    ]
    assert len(only(resume, 0).bullets) == 2


def test_tabs_an_employer_line_above_the_title_volunteering_and_awards() -> None:
    resume = parse_resume_text(layouts.TABS_AND_EMPLOYER_ABOVE)
    assert jobs(resume) == [
        ("Lead UX Designer", "Northwind Travel", "2017-09", "present"),
        ("UX Designer", "Brightside Energy", "2014-01", "2017-08"),
    ]
    assert resume.other_bullets == (
        "Mentored eight career changers into their first design jobs.",
        "Best Digital Service, UK Energy Awards 2016",
    )


def test_a_student_resume_gives_its_projects_and_volunteering_as_other_bullets() -> None:
    resume = parse_resume_text(layouts.STUDENT)
    assert resume.experiences == ()
    assert resume.other_bullets == (
        "Built an Android app that shows live bus times for Coventry, with 2,000 downloads.",
        "Rebuilt the computing society website in Django and ran it for two years.",
        "Taught Scratch and Python to 15 children every Saturday.",
    )
    assert resume.education == ("BSc Computer Science, University of Warwick, 2020 – 2023",)


def test_several_roles_under_one_employer_each_keep_that_employer() -> None:
    resume = parse_resume_text(layouts.LINKEDIN_EXPORT)
    assert jobs(resume) == [
        ("Senior Data Engineer", "Portline Ltd", "2021-01", "present"),
        ("Data Engineer", "Portline Ltd", "2019-03", "2020-12"),
        ("Analyst", "Tidewell Analytics", "2016", "2019"),
    ]
    assert only(resume, 0).location == "Bristol, England, United Kingdom"
    assert only(resume, 0).bullets == ("Built the event platform on Kafka.",)


def test_as_dict_gives_plain_lists_and_strings() -> None:
    data = parse_resume_text(layouts.CLASSIC).as_dict()
    assert data["experiences"][0]["title"] == "Senior Data Engineer"
    assert isinstance(data["experiences"][0]["bullets"], list)
    assert set(data) == {"name", "headline", "experiences", "skills", "education", "other_bullets"}


def test_an_employer_line_then_a_title_with_dates_far_right() -> None:
    resume = parse_resume_text(layouts.US_EMPLOYER_THEN_TITLE)
    assert (resume.name, resume.headline) == ("MARIA GONZALEZ", "Registered Nurse")
    assert jobs(resume) == [
        ("Emergency Room Nurse", "St. David's Medical Center", "2021-06", "present"),
        ("Medical-Surgical Nurse", "Seton Hospital", "2018-08", "2021-05"),
    ]
    assert [e.location for e in resume.experiences] == ["Austin, TX", "Round Rock, TX"]
    assert resume.skills == ("Triage", "ACLS/BLS", "Epic EHR", "IV therapy", "Patient education")


def test_titles_in_capitals_with_prose_achievements() -> None:
    resume = parse_resume_text(layouts.CAPITAL_TITLES_AND_PROSE)
    assert jobs(resume) == [
        ("ACCOUNTING MANAGER", "Brightwater Foods plc", "2019", "present"),
        ("SENIOR ACCOUNTANT", "Calder & Finch LLP", "2015", "2019"),
    ]
    assert only(resume, 0).bullets == (
        "Responsible for month-end close across 3 entities.",
        "Reduced close from 10 to 5 days.",
        "Introduced automated bank reconciliations in Xero, saving 20 hours a month.",
    )
