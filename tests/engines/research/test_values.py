"""Company values in each layout pages use, and never anything from the page chrome."""

from __future__ import annotations

import pytest

from roundtwo.engines.research import CompanyFacts, extract_company

CHROME = """
<div class="cookie-banner"><p>We use cookies.</p><ul><li>Necessary</li><li>Analytics</li></ul>
<button>Accept</button></div>
<header><a href="/">Acme</a><nav><ul><li><a href="/p">Products</a></li>
<li><a href="/v">Our values</a></li><li><a href="/c">Careers</a></li></ul></nav></header>
"""
FOOTER = """
<footer><h4>Values</h4><ul><li><a href="/trust">Trust centre</a></li>
<li><a href="/security">Security</a></li></ul><p>© 2026 Acme</p></footer>
"""


def company(body: str) -> CompanyFacts:
    html = f"<html><head><title>About | Acme</title></head><body>{CHROME}<main>{body}</main>"
    return extract_company(html + FOOTER + "</body></html>", source="about.html")


def names(facts: CompanyFacts) -> list[str]:
    return [v.name for v in facts.values]


def test_a_values_heading_with_a_sub_heading_and_paragraph_per_value() -> None:
    facts = company("""<h2>Our values</h2><p>Three values shape how we work.</p>
    <h3>Own the outcome</h3><p>We finish what we start.</p>
    <h3>Say it plainly</h3><p>We write short documents.</p>
    <h3>Keep it simple</h3><p>Fewer features that work.</p>
    <h2>Benefits</h2><ul><li>25 days holiday</li><li>Private health</li></ul>""")
    assert names(facts) == ["Own the outcome", "Say it plainly", "Keep it simple"]
    assert facts.values[0].description == "We finish what we start."
    assert facts.values[0].source.ref == "about.html"
    assert facts.values[0].source.section == "Our values"


def test_a_bulleted_list_of_name_colon_description() -> None:
    facts = company("""<h2>What we value</h2><ul>
    <li>Own the outcome: we fix what we break.</li>
    <li><strong>Say it plainly</strong> — we write for the reader.</li>
    <li>Leave it better</li></ul>""")
    assert names(facts) == ["Own the outcome", "Say it plainly", "Leave it better"]
    assert facts.values[1].description == "we write for the reader."
    assert facts.values[2].description is None


def test_bold_names_opening_paragraphs_even_under_a_culture_heading() -> None:
    facts = company("""<h2>How we work</h2>
    <p><strong>Say it plainly.</strong> We write for the reader.</p>
    <p><strong>Careful by default.</strong> Documents are confidential.</p>
    <h2>Features</h2><ul><li><b>Clause library</b> – reuse wording</li>
    <li><b>Redline compare</b> – see every change</li></ul>""")
    assert names(facts) == ["Say it plainly", "Careful by default"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our values: Own the outcome. Say it plainly. Learn out loud.",
            ["Own the outcome", "Say it plainly", "Learn out loud"],
        ),
        (
            "Our values are safety, honesty and craftsmanship, and we expect partners to share "
            "them.",
            ["Safety", "Honesty", "Craftsmanship"],
        ),
        ("Our school values are respect, resilience and responsibility.", None),
        ("We value openness, pace and care.", ["Openness", "Pace", "Care"]),
    ],
)
def test_values_listed_in_a_sentence(sentence: str, expected: list[str] | None) -> None:
    want = expected or ["Respect", "Resilience", "Responsibility"]
    assert names(company(f"<h1>About Acme</h1><p>We build things. {sentence}</p>")) == want


def test_a_sentence_that_only_mentions_values_is_not_a_list() -> None:
    assert names(company("<p>Our values are important to us and guide every hire.</p>")) == []


def test_a_definition_list_buried_among_feature_press_and_cta_lists() -> None:
    facts = company("""<h1>Money, made calm.</h1>
    <h2>Everything in one place</h2><ul><li>Bill reminders</li><li>Savings pots</li></ul>
    <h2>What we stand for</h2><dl><dt>Calm over clever</dt><dd>We design for stress.</dd>
    <dt>No judgement</dt><dd>We never shame anyone.</dd></dl>
    <h2>As seen in</h2><ul><li>The Daily Ledger</li><li>Fintech Weekly</li></ul>
    <h2>Get started free</h2><ul><li>No credit card</li><li>Cancel anytime</li></ul>""")
    assert names(facts) == ["Calm over clever", "No judgement"]
    assert facts.values[1].description == "We never shame anyone."


def test_numbered_values_lose_their_numbers() -> None:
    facts = company("""<h2>Our core values</h2><h3>01 Safety is the product</h3><p>x</p>
    <h3>02 Build with the floor</h3><p>y</p><ol><li>Intro call</li></ol>""")
    assert names(facts) == ["Safety is the product", "Build with the floor"]


def test_nothing_from_navigation_footers_or_cookie_banners_is_a_value() -> None:
    facts = company("<h1>About Acme</h1><p>We make ovens.</p>")
    assert facts.values == ()


def test_menus_without_semantic_tags_are_skipped_because_they_are_all_links() -> None:
    html = """<div class="top"><ul><li><a href="/">Home</a></li><li><a href="/v">Values</a></li>
    </ul></div><h2>Our values</h2><ul><li><a href="/a">Alpha</a></li><li><a href="/b">Beta</a>
    </li></ul><ul><li>Safe hands — people first.</li><li>Right first time — no errors.</li></ul>
    <div class="bottom"><h4>Our values</h4><ul><li><a href="/x">Read more</a></li></ul></div>"""
    assert names(extract_company(html, source="s")) == ["Safe hands", "Right first time"]


def test_value_names_are_short() -> None:
    facts = company("""<h2>Our values</h2><ul>
    <li>We believe that every single customer deserves an answer within the same working day</li>
    <li>Be kind</li></ul>""")
    assert names(facts) == ["Be kind"]


def test_cards_with_a_plain_title_line_and_short_prose_intros() -> None:
    facts = company("""<h2>Our values</h2>
    <p>We are proud of our culture. It is what makes us who we are.</p>
    <p>We hire for it. It shows in our work.</p>
    <div class="card"><div class="t">Own the outcome</div><div>We finish what we start.</div></div>
    <div class="card"><div class="t">Say it plainly</div><div>We write short documents.</div></div>
    """)
    assert [(v.name, v.description) for v in facts.values] == [
        ("Own the outcome", "We finish what we start."),
        ("Say it plainly", "We write short documents."),
    ]
