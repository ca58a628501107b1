"""knowledge/panel.json: every kind, template and reference resolves."""

from __future__ import annotations

import string
from typing import Any

from roundtwo import knowledge
from roundtwo.engines.asking import FACT_KINDS
from roundtwo.engines.interviewers import KINDS
from roundtwo.engines.question_bank import (
    ASK_CATEGORIES,
    SECOND_ROUND_CATEGORIES,
    competency_ids,
    skill_ids,
)

DATA: Any = knowledge.load("panel")
SHAPES = {"past", "np", "quote", "name", "long"}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_kind_has_its_planning_data_and_references_resolve() -> None:
    panel = DATA["panel"]["kinds"]
    asking = DATA["asking"]["kinds"]
    assert set(panel) == set(KINDS) == set(asking)
    for kind in KINDS:
        assert set(panel[kind]["evaluates"]) <= competency_ids()
        assert set(panel[kind]["second_round"]) <= set(SECOND_ROUND_CATEGORIES)
        assert 5 <= panel[kind]["likely_count"] <= 8
        assert 1 <= panel[kind]["ask_count"] <= 4
        assert len(panel[kind]["tips"]) >= 2
        assert set(asking[kind]["categories"]) <= set(ASK_CATEGORIES)
        assert set(asking[kind]["facts"]) <= set(FACT_KINDS)


def test_title_rules_point_at_real_competencies_and_skills() -> None:
    for rule in DATA["panel"]["titles"]:
        assert rule["words"] and rule["focus"]
        assert set(rule["competencies"]) <= competency_ids()
        assert set(rule["skills"]) <= skill_ids()


def test_fact_templates_use_known_shapes_categories_and_placeholders() -> None:
    templates = DATA["asking"]["templates"]
    assert set(templates) == set(FACT_KINDS)
    for by_kind in templates.values():
        assert set(by_kind) <= set(KINDS)
        for template in by_kind.values():
            assert template["category"] in ASK_CATEGORIES
            shapes = set(template) - {"category"}
            assert shapes and shapes <= SHAPES
            for shape in shapes:
                assert fields(template[shape]) <= {"text", "when", "when_paren"}
                assert template[shape].endswith("?")


def test_labels_cover_every_fact_kind_and_category() -> None:
    assert set(DATA["asking"]["fact_labels"]) == set(FACT_KINDS)
    assert set(DATA["asking"]["topics"]) == set(ASK_CATEGORIES)
    assert set(DATA["panel"]["second_round_topics"]) == set(SECOND_ROUND_CATEGORIES)
