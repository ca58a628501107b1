"""Several pages of one company become one set of facts, each fact still naming its page."""

from __future__ import annotations

from roundtwo.engines.research import CompanyFacts, extract_company, merge_company

ABOUT = """<html><head><meta property="og:site_name" content="Acme"></head><body>
<h2>Our mission</h2><p>To make baking easy for everyone.</p>
<h2>Our values</h2><ul><li>Own the outcome</li><li>Say it plainly</li></ul>
<h2>Our products</h2><ul><li>Acme Orders</li></ul>
<h2>News</h2><ul><li>2 November 2025 — We raised a Series A round.</li></ul></body></html>"""
VALUES = """<html><body><h1>Our values</h1>
<h3>Own the outcome</h3><p>We fix what we break.</p>
<h3>Keep it small</h3><p>Small teams, short cycles.</p></body></html>"""
NEWS = """<html><body><h1>News</h1>
<ul><li>12 March 2026 — We opened a Lisbon office.</li>
<li>2 November 2025 — We raised a Series A round.</li></ul></body></html>"""


def merged() -> CompanyFacts:
    parts = [
        extract_company(ABOUT, source="https://acme.example/about"),
        extract_company(VALUES, source="https://acme.example/values"),
        extract_company(NEWS, source="https://acme.example/news"),
    ]
    return merge_company(parts)


def test_merge_keeps_every_source_in_page_order() -> None:
    assert merged().sources == (
        "https://acme.example/about",
        "https://acme.example/values",
        "https://acme.example/news",
    )


def test_merged_values_are_deduplicated_and_keep_the_page_that_explains_them() -> None:
    facts = merged()
    assert [v.name for v in facts.values] == ["Own the outcome", "Say it plainly", "Keep it small"]
    own = facts.values[0]
    assert own.description == "We fix what we break."
    assert own.source.ref == "https://acme.example/values"
    assert facts.values[1].source.ref == "https://acme.example/about"


def test_merged_news_is_deduplicated_and_newest_first() -> None:
    facts = merged()
    assert [(r.date, r.title) for r in facts.recent] == [
        ("2026-03-12", "We opened a Lisbon office"),
        ("2025-11-02", "We raised a Series A round"),
    ]
    assert facts.recent[0].source.ref == "https://acme.example/news"


def test_single_facts_come_from_the_first_page_that_states_them() -> None:
    facts = merged()
    assert facts.name is not None and facts.name.text == "Acme"
    assert facts.mission is not None
    assert facts.mission.source.ref == "https://acme.example/about"
    assert [p.source.ref for p in facts.products] == ["https://acme.example/about"]


def test_merging_nothing_gives_an_empty_result() -> None:
    facts = merge_company([])
    assert facts.is_empty
    assert facts.as_dict()["sources"] == []
