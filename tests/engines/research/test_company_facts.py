"""Mission, goals, products, recent news, industry, competitors and culture cues."""

from __future__ import annotations

import json

import pytest

from roundtwo.engines.research import CompanyFacts, extract_company


def company(body: str, head: str = "") -> CompanyFacts:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract_company(html, source="https://acme.example/about")


@pytest.mark.parametrize(
    ("body", "mission"),
    [
        (
            "<h1>About</h1><h2>Our mission</h2><p>To make baking easy. We began in 2015.</p>",
            "To make baking easy.",
        ),
        (
            "<h2>Why we exist</h2><p>We believe in towns. Acme exists to help bakers thrive.</p>",
            "Acme exists to help bakers thrive.",
        ),
        (
            "<p>Founded in Leeds. Our mission is to give every bakery an online shop.</p>",
            "Our mission is to give every bakery an online shop.",
        ),
        (
            "<h1>Acme</h1><p>Acme helps small bakeries run their ordering online.</p>",
            "Acme helps small bakeries run their ordering online.",
        ),
        ("<h2>Purpose</h2><p>We make campaigns that change what people do.</p>", None),
        ("<h1>Acme</h1><p>We sell ovens and flour to restaurants.</p>", ""),
    ],
)
def test_the_mission_sentence(body: str, mission: str | None) -> None:
    facts = company(body)
    found = facts.mission.text if facts.mission else ""
    assert found == (
        mission if mission is not None else "We make campaigns that change what people do."
    )


def test_a_we_help_line_far_down_a_page_is_not_the_mission() -> None:
    filler = "".join(f"<p>Paragraph {i} about ovens.</p>" for i in range(20))
    assert company(filler + "<p>We help bakers bake.</p>").mission is None


def test_the_mission_keeps_its_source_and_heading() -> None:
    facts = company("<h2>Our mission</h2><p>To make baking easy for everyone.</p>")
    assert facts.mission is not None
    assert facts.mission.source.ref == "https://acme.example/about"
    assert facts.mission.source.section == "Our mission"


def test_recent_items_are_dated_and_newest_first_whatever_the_date_format() -> None:
    facts = company("""<h2>Latest news</h2>
    <article><h3>Series A</h3><time datetime="2025-11-02">2 Nov</time><p>We raised money.</p>
    </article>
    <article><p class="date">12 March 2026</p><h3>Lisbon office opens</h3><p>Closer to you.</p>
    </article>
    <article><h3>Oven integration</h3><p>Posted April 2026</p><p>Ovens talk to orders.</p>
    </article>""")
    assert [(r.date, r.title) for r in facts.recent] == [
        ("2026-04", "Oven integration"),
        ("2026-03-12", "Lisbon office opens"),
        ("2025-11-02", "Series A"),
    ]
    assert facts.recent[1].summary == "Closer to you."
    assert facts.as_dict()["recent"][0]["source"] == "https://acme.example/about"


def test_dated_lines_and_json_ld_articles_are_recent_items() -> None:
    articles = [
        {"@type": "NewsArticle", "headline": "Wind farm funded", "datePublished": "2026-08-19"}
    ]
    head = f'<script type="application/ld+json">{json.dumps(articles)}</script>'
    facts = company(
        """<h2>Announcements</h2><ul><li>14 October 2026 — Half-year results are out.</li>
        <li>2026-03-20: We completed a capital raise.</li></ul>""",
        head,
    )
    assert [r.date for r in facts.recent] == ["2026-10-14", "2026-08-19", "2026-03-20"]


def test_a_founding_date_in_the_story_is_not_news() -> None:
    assert company("<h2>Our story</h2><p>March 2015: founded in a garage.</p>").recent == ()


def test_goals_products_competitors_industry_and_culture() -> None:
    facts = company("""<h1>About Acme</h1>
    <p>We are remote-first and move fast. We work in the bakery software industry.</p>
    <h2>Our products</h2><h3>Acme Orders</h3><ul><li>Fast sync</li></ul><h3>Acme Ovens</h3>
    <h2>Our goals</h2><ul><li>Reach 10,000 bakeries by 2027</li></ul>
    <p>This year we will launch in Spain. We compete with BigBake, OvenCloud and Doughly.</p>""")
    assert [p.text for p in facts.products] == ["Acme Orders", "Acme Ovens"]
    assert [g.text for g in facts.goals] == [
        "Reach 10,000 bakeries by 2027",
        "This year we will launch in Spain.",
    ]
    assert [c.text for c in facts.competitors] == ["BigBake", "OvenCloud", "Doughly"]
    assert facts.industry is not None and facts.industry.text == "bakery software"
    assert [c.text for c in facts.culture] == ["Remote", "Fast-paced"]
    assert facts.culture[0].evidence == "We are remote-first and move fast."


def test_the_name_comes_from_schema_org_then_the_site_name_then_the_title() -> None:
    org = '<script type="application/ld+json">{"@type": "Corporation", "name": "Acme Ltd"}</script>'
    site = '<meta property="og:site_name" content="Acme">'
    assert company("", org + site).as_dict()["name"] == "Acme Ltd"
    assert company("", site).as_dict()["name"] == "Acme"
    assert company("", "<title>About us | Acme Bakery</title>").as_dict()["name"] == "Acme Bakery"
    assert company("", "<title>About Acme Bakery</title>").as_dict()["name"] == "Acme Bakery"


def test_markdown_and_plain_text_company_pages() -> None:
    md = """# About Acme

## Our values

- **Customers over comfort** — we call back.
- **Write it down** — decisions live in documents.
"""
    facts = extract_company(md, source="handbook.md", content_type="text/markdown")
    assert [v.name for v in facts.values] == ["Customers over comfort", "Write it down"]
    text = "About Oakfield School\n\nOur vision\nEvery child leaves us confident and kind.\n"
    facts = extract_company(text, source="about.txt", content_type="text/plain")
    assert facts.mission is not None
    assert facts.mission.text == "Every child leaves us confident and kind."


def test_as_dict_has_the_contract_keys() -> None:
    facts = company("<h2>Our values</h2><h3>Be kind</h3><p>x</p><h3>Be brave</h3><p>y</p>")
    assert set(facts.as_dict()) == {
        "name", "mission", "values", "goals", "products", "recent", "sources", "industry",
        "competitors", "culture", "principles",
    }  # fmt: skip
    assert facts.as_dict()["values"] == [
        {"name": "Be kind", "description": "x"},
        {"name": "Be brave", "description": "y"},
    ]
    assert facts.as_dict()["sources"] == ["https://acme.example/about"]
