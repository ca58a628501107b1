"""Job postings in the layouts people paste or link: schema.org data, ATS pages, Markdown, text."""

from __future__ import annotations

import json

from roundtwo.engines.research import JobPosting, Requirement, extract_job


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def kinds(job: JobPosting) -> dict[str, str]:
    return {r.text: r.kind for r in job.requirements}


def test_a_json_ld_posting_gives_its_fields_and_its_description_is_split_into_sections() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Data Engineer",
        "hiringOrganization": {"@type": "Organization", "name": "Acme"},
        "employmentType": "FULL_TIME",
        "jobLocation": {"address": {"addressLocality": "Leeds", "addressCountry": "UK"}},
        "description": "&lt;h3&gt;What you'll do&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Build pipelines in "
        "Airflow&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;3+ "
        "years with Python and SQL&lt;/li&gt;&lt;li&gt;dbt is a plus&lt;/li&gt;&lt;/ul&gt;",
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    job = extract_job(page("<div id='app'></div>", head), source="https://x.example/job/1")
    assert (job.title, job.company, job.location) == ("Data Engineer", "Acme", "Leeds, UK")
    assert job.employment_type == "Full-time"
    assert job.responsibilities == ("Build pipelines in Airflow",)
    assert kinds(job) == {"3+ years with Python and SQL": "must", "dbt is a plus": "nice"}
    assert {"Python", "SQL", "dbt", "Airflow"} <= set(job.skills)
    assert job.years_experience == 3
    assert job.source == "https://x.example/job/1"


def test_json_ld_fields_given_as_plain_sentences_become_lines() -> None:
    data = {
        "@type": "JobPosting",
        "title": "HR Partner",
        "responsibilities": "Advise managers. Lead the pay review.",
        "qualifications": "CIPD Level 7. Five years of HR experience.",
        "experienceRequirements": {"monthsOfExperience": 60},
        "educationRequirements": {"credentialCategory": "professional certificate"},
    }
    head = f'<script type="application/ld+json">{json.dumps({"@graph": [data]})}</script>'
    job = extract_job(page("", head), source="s")
    assert job.responsibilities == ("Advise managers.", "Lead the pay review.")
    assert [r.text for r in job.requirements] == ["CIPD Level 7.", "Five years of HR experience."]
    assert (job.years_experience, job.education) == (5, "professional certificate")


def test_a_broken_json_ld_block_does_not_hide_a_good_one() -> None:
    good = json.dumps({"@type": "JobPosting", "title": "Nurse"})
    head = (
        '<script type="application/ld+json">{"@type": "JobPosting", "title": </script>'
        f'<script type="application/ld+json">{good}</script>'
    )
    assert extract_job(page("", head), source="s").title == "Nurse"


def test_microdata_postings_are_read_too() -> None:
    body = """<div itemscope itemtype="https://schema.org/JobPosting">
      <h1 itemprop="title">Staff Nurse</h1>
      <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Northgate NHS Trust</span></div>
      <span itemprop="employmentType">PART_TIME</span>
      <div itemprop="description"><h2>Main duties</h2><ul><li>Administer medication</li></ul>
      <p><b>Essential</b></p><ul><li>Current NMC registration</li></ul></div></div>"""
    job = extract_job(page(body), source="s")
    assert (job.title, job.company, job.employment_type) == (
        "Staff Nurse",
        "Northgate NHS Trust",
        "Part-time",
    )
    assert job.responsibilities == ("Administer medication",)
    assert job.requirements == (Requirement("Current NMC registration", "must"),)


def test_html_sections_split_must_from_nice_by_heading_and_by_wording() -> None:
    body = """<nav><ul><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li></ul></nav>
    <h1>Product Designer</h1><p>Remote (Europe) · Full-time</p>
    <h2>Your impact</h2><ul><li>Lead the design of the clause library</li></ul>
    <h2>About you</h2><ul><li>4+ years designing B2B products</li>
    <li>Expert in Figma</li><li>HTML is a plus</li></ul>
    <p><strong>Nice to have:</strong></p><ul><li>Legal tech experience</li></ul>
    <h2>Benefits</h2><ul><li>Home office budget</li></ul>
    <footer><a href="/privacy">Privacy</a></footer>"""
    job = extract_job(page(body), source="s")
    assert job.title == "Product Designer"
    assert job.location == "Remote (Europe)"
    assert job.responsibilities == ("Lead the design of the clause library",)
    assert kinds(job) == {
        "4+ years designing B2B products": "must",
        "Expert in Figma": "must",
        "HTML is a plus": "nice",
        "Legal tech experience": "nice",
    }
    assert job.benefits == ("Home office budget",)


def test_ideally_in_the_middle_of_a_line_does_not_make_it_optional() -> None:
    body = "<h2>Requirements</h2><ul><li>4+ years in CRM, ideally at a consumer app</li>"
    body += "<li>Ideally, some SQL</li></ul>"
    assert kinds(extract_job(page(body), source="s")) == {
        "4+ years in CRM, ideally at a consumer app": "must",
        "Ideally, some SQL": "nice",
    }


def test_bold_line_headings_and_typed_bullets_in_div_soup() -> None:
    body = """<div><span style="font-weight:bold">Financial Analyst</span></div>
    <p><b>Key Responsibilities</b></p>
    <div>&bull; Prepare the management accounts<br>&bull; Build the annual budget</div>
    <p><b>Skills and Experience</b></p>
    <div>&bull; At least three years in FP&amp;A<br>&bull; Advanced Excel</div>"""
    head = "<title>Financial Analyst - Brightwater Foods Careers</title>"
    job = extract_job(page(body, head), source="s")
    assert job.title == "Financial Analyst"
    assert job.company == "Brightwater Foods"
    assert job.responsibilities == ("Prepare the management accounts", "Build the annual budget")
    assert [r.text for r in job.requirements] == ["At least three years in FP&A", "Advanced Excel"]
    assert job.years_experience == 3
    # "Budgeting" is the lexicon's name for "annual budget": the list shows the posting's words
    assert {"FP&A", "Excel", "annual budget"} <= set(job.skills)
    assert "Budgeting" not in job.skills


def test_a_markdown_posting() -> None:
    md = """# Data Analyst

**Larkspur** · Manchester or remote (UK) · Full-time

## What you'll do
- Build dashboards in Looker
  for the growth team

## What you'll need
1. 2+ years in analytics
2. Fluent SQL

## Bonus points
- Experience with dbt
"""
    job = extract_job(md, source="post.md", content_type="text/markdown")
    assert (job.title, job.company, job.location) == (
        "Data Analyst",
        "Larkspur",
        "Manchester or remote (UK)",
    )
    assert job.responsibilities == ("Build dashboards in Looker for the growth team",)
    assert kinds(job) == {
        "2+ years in analytics": "must",
        "Fluent SQL": "must",
        "Experience with dbt": "nice",
    }


def test_a_plain_text_posting_with_label_lines_and_unbulleted_sections() -> None:
    text = """Year 4 Class Teacher
Company: Oakfield Primary School
Location: Bristol

The role
Teaching a Year 4 class.
Planning engaging lessons.

The person
Qualified Teacher Status (QTS) is essential.
Experience leading a subject would be an advantage.
"""
    job = extract_job(text, source="post.txt", content_type="text/plain")
    assert (job.title, job.company, job.location) == (
        "Year 4 Class Teacher",
        "Oakfield Primary School",
        "Bristol",
    )
    assert job.responsibilities == ("Teaching a Year 4 class.", "Planning engaging lessons.")
    assert kinds(job) == {
        "Qualified Teacher Status (QTS) is essential.": "must",
        "Experience leading a subject would be an advantage.": "nice",
    }
    assert job.education == "Qualified Teacher Status (QTS) is essential"
    assert "QTS" in job.skills


def test_a_page_without_headings_sorts_its_lists_by_wording() -> None:
    body = """<p>Warehouse Operative</p>
    <ul><li>Pick and pack customer orders</li><li>Load deliveries safely</li></ul>
    <ul><li>Able to work nights</li><li>Good attention to detail</li>
    <li>Forklift licence is a plus</li></ul>
    <ul><li>Free on-site parking</li><li>Pension scheme</li></ul>"""
    job = extract_job(page(body), source="s")
    assert job.responsibilities == ("Pick and pack customer orders", "Load deliveries safely")
    assert kinds(job) == {
        "Able to work nights": "must",
        "Good attention to detail": "must",
        "Forklift licence is a plus": "nice",
    }


def test_years_of_experience_takes_the_largest_minimum_in_words_or_digits() -> None:
    body = "<h2>Requirements</h2><ul><li>At least three years of Python</li>"
    body += "<li>2-4 years of SQL</li><li>A company founded 20 years ago</li></ul>"
    assert extract_job(page(body), source="s").years_experience == 3


def test_competencies_are_ids_from_the_project_list() -> None:
    body = """<h2>Responsibilities</h2><ul><li>Mentor two junior engineers</li>
    <li>Work closely with product managers across teams</li></ul>"""
    job = extract_job(page(body), source="s")
    assert "mentoring" in job.competencies
    assert len(job.competencies) <= 4


def test_as_dict_has_exactly_the_contract_keys() -> None:
    job = extract_job(page("<h1>Nurse</h1><h2>Requirements</h2><ul><li>BLS</li></ul>"), source="s")
    assert set(job.as_dict()) == {
        "title", "company", "location", "employment_type", "responsibilities", "requirements",
        "skills", "competencies", "source", "years_experience", "education",
    }  # fmt: skip
    assert job.as_dict()["requirements"] == [{"text": "BLS", "kind": "must"}]
    json.dumps(job.as_dict())


def test_an_old_layout_table_is_read_cell_by_cell() -> None:
    body = """<TABLE><TR><TD><B>Assistant Accountant</B></TD></TR>
    <TR><TD>Location: Carlisle<BR>Hours: full-time, permanent</TD></TR>
    <TR><TD><P><B>Main duties</B></P><UL><LI>Prepare VAT returns</LI></UL>
    <P><B>Essential criteria</B></P><UL><LI>Good Excel skills</LI></UL></TD></TR></TABLE>"""
    job = extract_job(page(body), source="s")
    assert job.location == "Carlisle"
    assert job.responsibilities == ("Prepare VAT returns",)
    assert [r.text for r in job.requirements] == ["Good Excel skills"]


def test_label_paragraphs_head_the_lines_below_them() -> None:
    body = """<h2>Senior Copywriter</h2><p>You'll:</p>
    <p>Write campaigns across digital and print.<br>Mentor two junior writers.</p>
    <p>You have:</p>
    <p>At least 5 years of agency copywriting.<br>Charity work would be a bonus.</p>"""
    job = extract_job(page(body), source="s")
    assert job.responsibilities == (
        "Write campaigns across digital and print.",
        "Mentor two junior writers.",
    )
    assert kinds(job) == {
        "At least 5 years of agency copywriting.": "must",
        "Charity work would be a bonus.": "nice",
    }
    assert job.years_experience == 5


def test_plain_text_headings_right_above_a_list_even_when_labelled_html() -> None:
    text = """Operations Coordinator

What you will do
- Plan weekly delivery routes

Requirements
- Confident with Excel

Nice to have
- Experience with SAP
"""
    for content_type in ("text/plain", "text/html"):
        job = extract_job(text, source="pasted", content_type=content_type)
        assert job.title == "Operations Coordinator"
        assert job.responsibilities == ("Plan weekly delivery routes",)
        assert kinds(job) == {"Confident with Excel": "must", "Experience with SAP": "nice"}
