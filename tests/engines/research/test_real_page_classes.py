"""The failure classes seen on real pages (issue 14), on small pages written for these tests:
docs-site chrome around values, long handbook pages, values beside principles, plain-text
postings without markup, and skills written as phrases."""

from __future__ import annotations

from roundtwo.engines.research import extract_company, extract_job
from roundtwo.engines.research.skill_tagger import MODEL
from roundtwo.engines.research.skills import known_skills
from roundtwo.research.extraction import company_items

DOCS_CHROME = """<html><body><header><a href="/">Handbook</a></header>
<main><nav class="breadcrumbs"><a href="/">Handbook</a> / Culture</nav><article>
<h1>Our values</h1><p>These values guide how the Pine Harbour crew works together.</p>
<h2>Say what you see</h2><p>We raise problems early, even when they are awkward.</p>
<h3>Examples</h3><ul><li>Posting a risk in the team channel</li><li>Flagging a late order</li></ul>
<h3>Summary</h3><p>Speak up.</p>
<h2>Finish the job</h2><p>A task is done when the customer can use it.</p>
<p><strong>In practice this means we:</strong></p><ul><li>Ship small</li><li>Check twice</li></ul>
<h2>Key dates</h2><ul><li><a href="/2024">2024-01-10</a></li></ul>
</article><div class="page-meta"><h2>Page details</h2><p><a href="/edit">Edit this page</a>
· <a href="/history">View page history</a></p><p>Last updated: 2025-02-03</p></div>
</main></body></html>"""

HANDBOOK = """<html><body><main><h1>Company</h1><h2>History</h2>
<p>We started as two people repairing boats in 2011.</p><h2>Values</h2>
<p>Our values are how we decide when nobody is watching.</p>
<h3>🟢 Care</h3><p>We look after customers and each other. It starts with listening.</p>
<ul><li><strong>Ask first.</strong> Find out what the person needs before you answer.</li>
<li><strong>Follow up.</strong> Close every loop you open, even the small ones.</li></ul>
<h3>🔵 Craft</h3><p>We take pride in work that lasts. Shortcuts cost more later.</p>
<ul><li><strong>Measure twice.</strong> Check the plan before you cut anything.</li>
<li><strong>Leave it better.</strong> Tidy the code or the bench you worked at.</li></ul>
<h4>A story from the workshop</h4><p>One winter the whole team rebuilt a hull in a week.</p>
<h2>Org chart</h2><ul><li>Workshop</li><li>Office</li></ul></main></body></html>"""

PRINCIPLES_ONLY = """<html><body><main><h1>Engineering principles</h1>
<p>These principles help us choose between good options.</p>
<h2>Boring technology first</h2><p>We prefer tools whose failures we already understand.</p>
<h2>Small changes</h2><p>Every change should be easy to review and easy to undo.</p>
</main></body></html>"""

PLAIN_POSTING = """Warehouse Systems Analyst
Northgate Supplies - Leeds

What you'll be working on…
• Negotiate with suppliers on delivery slots
• Release management for the scanning app
Requirements:
- 3+ years in a logistics or retail systems role
- Working knowledge of SQL
* Experience with barcode scanners
Skills
Clear written communication
Nice to have
• Knowledge of clinical documentation standards
Technologies:
SQL, Power BI
"""


def test_docs_site_chrome_and_sub_headings_are_never_values() -> None:
    facts = extract_company(DOCS_CHROME, source="values.html")
    assert [v.name for v in facts.values] == ["Say what you see", "Finish the job"]


def test_each_value_keeps_the_sentence_it_came_from() -> None:
    facts = extract_company(DOCS_CHROME, source="values.html")
    assert facts.values[0].description == "We raise problems early, even when they are awkward."
    assert facts.values[0].description in DOCS_CHROME


def test_a_long_handbook_page_gives_its_top_level_values_with_one_sentence_each() -> None:
    facts = extract_company(HANDBOOK, source="company.html")
    assert [(v.name, v.description) for v in facts.values] == [
        ("Care", "We look after customers and each other."),
        ("Craft", "We take pride in work that lasts."),
    ]


def test_behaviours_under_each_value_are_principles_not_values() -> None:
    facts = extract_company(HANDBOOK, source="company.html")
    assert [p.name for p in facts.principles] == [
        "Ask first", "Follow up", "Measure twice", "Leave it better",
    ]  # fmt: skip
    assert "principles" in facts.as_dict()


def test_a_page_of_principles_lists_no_values_but_feeds_the_values_map() -> None:
    facts = extract_company(PRINCIPLES_ONLY, source="principles.html")
    assert facts.values == ()
    assert [p.name for p in facts.principles] == ["Boring technology first", "Small changes"]
    rows = company_items(facts.as_dict())
    assert [name for section, name, _, _ in rows if section == "value"] == [
        "Boring technology first", "Small changes",
    ]  # fmt: skip


def test_the_values_map_reads_values_before_principles() -> None:
    rows = company_items(extract_company(HANDBOOK, source="company.html").as_dict())
    names = [name for section, name, _, _ in rows if section == "value"]
    assert names[:2] == ["Care", "Craft"]
    assert names[2:] == ["Ask first", "Follow up", "Measure twice", "Leave it better"]


def test_a_plain_text_posting_keeps_requirements_apart_from_duties() -> None:
    job = extract_job(PLAIN_POSTING, source="paste", content_type="text/plain")
    musts = [r.text for r in job.requirements if r.kind == "must"]
    nices = [r.text for r in job.requirements if r.kind == "nice"]
    assert job.responsibilities == (
        "Negotiate with suppliers on delivery slots",
        "Release management for the scanning app",
    )
    assert "Working knowledge of SQL" in musts
    assert "Clear written communication" in musts
    assert "SQL, Power BI" in musts
    assert nices == ["Knowledge of clinical documentation standards"]


def test_no_bullet_characters_stay_in_requirement_or_duty_text() -> None:
    job = extract_job(PLAIN_POSTING, source="paste", content_type="text/plain")
    lines = [*job.responsibilities, *(r.text for r in job.requirements)]
    assert lines and not any(line.lstrip()[:1] in {"•", "-", "*", "·"} for line in lines)


def test_skills_written_as_phrases_and_domain_knowledge_are_found() -> None:
    assert MODEL.is_file()
    job = extract_job(PLAIN_POSTING, source="paste", content_type="text/plain")
    found = " | ".join(job.skills).lower()
    # the tagger's exact span edges may differ; the phrases' words must be among the skills
    assert "negotiat" in found
    assert "clinical documentation" in found
    assert "sql" in found


def test_values_in_named_groups_are_one_list_and_a_link_only_values_section_gives_none() -> None:
    grouped = """<html><body><main><h1>Tidewater's values</h1><p>Two kinds of values.</p>
    <h2>Product values</h2><ul><li><b>Quiet</b>: the tool never shouts at its users.</li>
    <li><b>Quick</b>: answers arrive before the kettle boils.</li></ul>
    <h2>Team values</h2><ul><li><b>Patience</b>: we explain things twice, kindly.</li>
    <li><b>Rigour</b>: we check the sums before we ship.</li></ul></main></body></html>"""
    facts = extract_company(grouped, source="values.html")
    assert [v.name for v in facts.values] == ["Quiet", "Quick", "Patience", "Rigour"]
    linked = """<html><body><main><h1>Governance</h1><h2>Values</h2>
    <p><a href="/values">We have them!</a></p><h2>Principles</h2>
    <ul><li><b>Open</b>: every meeting has public notes.</li>
    <li><b>Fair</b>: anyone may propose a change.</li></ul></main></body></html>"""
    facts = extract_company(linked, source="governance.html")
    assert facts.values == ()
    assert [p.name for p in facts.principles] == ["Open", "Fair"]


def test_a_section_called_our_approach_is_read_as_principles() -> None:
    page = """<html><body><main><h1>About Fernwick</h1><h2>Our approach</h2>
    <h3>Measure before we change</h3><p>Every change starts with a number we can check.</p>
    <h3>Prefer the simple fix</h3><p>The smallest change that works is the one we ship.</p>
    <h2>Contact</h2><p>Write to us at the office.</p></main></body></html>"""
    facts = extract_company(page, source="about.html")
    assert facts.values == ()
    assert [p.name for p in facts.principles] == [
        "Measure before we change", "Prefer the simple fix",
    ]  # fmt: skip


def test_release_management_is_knowledge_the_lexicon_names() -> None:
    assert "Release management" in known_skills("You will own release management for the app.")
    job = extract_job(PLAIN_POSTING, source="paste", content_type="text/plain")
    assert "release management" in {s.lower() for s in job.skills}


def test_link_text_joined_into_a_description_leaves_no_space_before_punctuation() -> None:
    page = """<html><body><main><h1>About</h1><h2>Our values</h2>
    <h3>Build in the open</h3><p>We publish in <a href="/a">GitHub</a> , <a href="/b">GitLab</a>
    and our <a href="/c">handbook</a> .</p>
    <h3>Stay curious</h3><p>We learn every week from our users and each other.</p>
    </main></body></html>"""
    facts = extract_company(page, source="about.html")
    description = facts.values[0].description or ""
    assert "GitHub, GitLab" in description
    assert " ," not in description and not description.endswith(" .")
