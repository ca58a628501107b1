"""The item filter of the skills list: the evidence it reads and how it decides."""

from __future__ import annotations

from roundtwo.engines.research import extract_job
from roundtwo.engines.research.skill_filter import (
    FEATURES,
    Candidate,
    Filter,
    active,
    features,
    kept,
    place,
    section_group,
)
from roundtwo.engines.research.skill_tagger import Tagged, lines, section_words, tokenize

TEXT = "Requirements:\nPython and SQL\nWhat we offer\nFlexible working hours"


def _tagged(text: str, p: float = 0.8) -> Tagged:
    """The text as the tagger would leave it, every token given P(not O) = p."""
    parts = lines(text)
    where = [
        (offset, offset + len(line), section)
        for (line, offset), section in zip(parts, section_words(parts), strict=True)
    ]
    return Tagged([], [(a, b, p) for _, a, b in tokenize(text)], lines=where)


def _candidate(text: str, item: str, source: str = "tagger") -> Candidate:
    start = text.index(item)
    return Candidate(item, start, start + len(item), source)


def test_headings_fall_into_a_few_kinds_and_about_the_role_is_the_job() -> None:
    assert section_group("what offer") == "offer"
    assert section_group("benefits") == "offer"
    assert section_group("about us") == "about"
    assert section_group("about role") == "duty"
    assert section_group("requirements") == "req"
    assert section_group("") == ""
    assert section_group("gallery") == "other"


def test_every_feature_is_named_and_lies_between_zero_and_one() -> None:
    feats = features(_candidate(TEXT, "Flexible working hours"), _tagged(TEXT), TEXT)
    assert set(feats) == set(FEATURES)
    assert all(0.0 <= v <= 1.0 for v in feats.values())
    assert feats["sec_offer"] == 1.0
    assert feats["whole_line"] == 1.0
    assert features(_candidate(TEXT, "Python", "lexicon"), _tagged(TEXT), TEXT)["sec_req"] == 1.0


def test_a_filter_weighing_the_heading_drops_benefits_and_keeps_requirements() -> None:
    chosen = Filter(weights={"sec_offer": -4.0}, bias=1.0, threshold=0.5)
    tagged = _tagged(TEXT)
    assert chosen.keeps(_candidate(TEXT, "Python"), tagged, TEXT)
    assert not chosen.keeps(_candidate(TEXT, "Flexible working hours"), tagged, TEXT)


def test_a_name_outside_the_tagged_text_is_always_kept() -> None:
    strict = Filter(weights={}, bias=-10.0, threshold=0.5)
    assert strict.keeps(Candidate("Contract drafting", source="lexicon"), _tagged(TEXT), TEXT)


def test_without_the_tagger_every_item_is_kept() -> None:
    items = [_candidate(TEXT, "Python"), _candidate(TEXT, "Flexible working hours")]
    assert kept(items, Tagged([], [], ran=False), TEXT) == items


def test_a_lexicon_name_is_placed_where_it_stands_as_a_word_of_its_own() -> None:
    assert place("R", "Required: R and SQL") == (10, 11)
    assert place("Go", "Good Go skills") == (5, 7)
    assert place("Rust", "Trusted partners") == (-1, -1)


POSTING = """Data Engineer
Harbour Analytics - Leeds

About us
We are a leading provider of cloud software for ports and a friendly team of forty people.

Requirements:
- Experience building data pipelines in Python and SQL
- Working knowledge of Apache Airflow

What we offer
- Flexible working hours
- A personal development budget
"""


def test_the_shipped_filter_loads_with_a_weight_for_every_feature() -> None:
    chosen = active()
    assert chosen is not None
    assert set(chosen.weights) == set(FEATURES)
    assert 0.0 < chosen.threshold < 1.0


def test_a_posting_keeps_its_required_skills_and_leaves_out_benefits_and_the_company() -> None:
    skills = extract_job(POSTING, source="paste", content_type="text/plain").skills
    assert {"Python", "SQL", "Apache Airflow"} <= set(skills)
    joined = " | ".join(skills).lower()
    assert "flexible" not in joined
    assert "development budget" not in joined
    assert "provider" not in joined
