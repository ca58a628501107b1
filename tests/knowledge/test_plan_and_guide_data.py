"""Schema checks for the data behind the prep plan and the second-round guide."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from roundtwo import knowledge
from roundtwo.engines.areas import AREA_KEYS
from roundtwo.engines.interviewers import KINDS
from roundtwo.engines.prep_plan import (
    FORMATS,
    MODES,
    PHASES,
    PLACEHOLDERS,
    SCOPES,
    task_templates,
)

PLAN: Mapping[str, Any] = knowledge.load("plan_tasks")
GUIDE: Mapping[str, Any] = knowledge.load("second_round")
TEMPLATES: list[Mapping[str, Any]] = PLAN["templates"]
REQUIRED = {
    "key": str,
    "title": str,
    "detail": str,
    "area": str,
    "minutes": int,
    "priority": int,
    "phase": str,
    "scope": str,
    "for_kinds": list,
    "for_formats": list,
    "modes": list,
}
# The workspace's area titles, which the guide's "how to prepare" headings must match.
AREA_TITLES = {
    "reflect": "Reflect on round one",
    "research": "Research company and role",
    "questions": "Behavioral and technical questions",
    "ask": "Questions to ask",
    "fit": "Cultural fit",
    "interviewers": "Your interviewers",
    "rehearse": "Rehearse",
    "documents": "Documents to bring",
    "followup": "Follow up",
}


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def strings(value: object) -> Iterator[str]:
    """Every string anywhere in a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def test_both_files_are_versioned() -> None:
    assert PLAN["version"] == 1
    assert GUIDE["version"] == 1


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: str(t.get("key")))
def test_every_plan_template_has_the_required_fields(template: Mapping[str, Any]) -> None:
    for field, kind in REQUIRED.items():
        assert isinstance(template.get(field), kind), field
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", template["key"])
    assert template["area"] in AREA_KEYS
    assert template["phase"] in PHASES
    assert template["scope"] in SCOPES
    assert 1 <= template["priority"] <= 3
    assert 5 <= template["minutes"] <= 60 and template["minutes"] % 5 == 0
    assert set(template["for_kinds"]) <= set(KINDS)
    assert set(template["for_formats"]) <= set(FORMATS)
    assert set(template["modes"]) <= set(MODES)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: str(t.get("key")))
def test_plan_templates_use_only_placeholders_their_scope_can_fill(
    template: Mapping[str, Any],
) -> None:
    allowed = PLACEHOLDERS[template["scope"]]
    assert placeholders(template["title"]) | placeholders(template["detail"]) <= allowed


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: str(t.get("key")))
def test_plan_templates_read_as_short_title_and_one_or_two_sentences(
    template: Mapping[str, Any],
) -> None:
    assert len(template["title"]) <= 80 and not template["title"].endswith(".")
    assert template["title"][0].isupper()
    assert template["detail"].endswith(".")
    assert 1 <= len(re.findall(r"[.!?](\s|$)", template["detail"])) <= 2


def test_plan_template_keys_are_unique() -> None:
    keys = [t["key"] for t in TEMPLATES]
    assert len(keys) == len(set(keys))


def test_kind_templates_name_the_kinds_they_are_for() -> None:
    for template in TEMPLATES:
        if template["scope"] == "each_kind":
            assert template["for_kinds"], template["key"]


def test_every_kind_but_other_has_its_own_preparation() -> None:
    covered = {kind for t in TEMPLATES for kind in t["for_kinds"]}
    assert covered == set(KINDS) - {"other"}


def test_every_format_has_logistics_the_day_before_and_on_the_day() -> None:
    for fmt in FORMATS:
        phases = {t["phase"] for t in TEMPLATES if fmt in t["for_formats"]}
        assert {"day_before", "interview_day"} <= phases, fmt


def test_every_phase_and_every_area_but_understand_has_templates() -> None:
    assert {t["phase"] for t in TEMPLATES} == set(PHASES)
    assert {t["area"] for t in TEMPLATES} == set(AREA_KEYS) - {"understand"}


def test_follow_up_happens_with_or_without_a_panel() -> None:
    after = [t for t in TEMPLATES if t["phase"] == "after" and t["area"] == "followup"]
    assert {"each_interviewer", "no_panel"} <= {t["scope"] for t in after}


def test_the_plan_engine_parses_every_template() -> None:
    assert len(task_templates()) == len(TEMPLATES)


def test_every_mode_has_a_one_sentence_summary() -> None:
    assert set(PLAN["summaries"]) == set(MODES)
    for text in PLAN["summaries"].values():
        assert placeholders(text) <= {"when", "minutes"}
        assert text.startswith("Your interview") and text.endswith(".")
    assert all(placeholders(text) <= {"days"} for text in PLAN["when"].values())


def test_the_guide_covers_what_a_second_round_assesses() -> None:
    sections = GUIDE["what_it_assesses"]
    assert len(sections) >= 6
    assert all(s["heading"] and len(s["points"]) >= 3 for s in sections)


def test_the_guide_has_words_for_every_kind() -> None:
    assert set(GUIDE["kinds"]) == set(KINDS)
    for words in GUIDE["kinds"].values():
        assert set(words) == {"one", "many", "expect", "ask_point"}
        assert placeholders(words["many"]) == {"count"}
        assert words["expect"][0].islower()  # it follows a colon in "You will meet ...: expect"


def test_the_guide_has_advice_for_every_format_and_every_timing() -> None:
    assert set(GUIDE["formats"]) == {*FORMATS, "unknown"}
    assert set(GUIDE["timing"]) == {"none", "tomorrow", *MODES}
    assert all(placeholders(text) <= {"days"} for text in GUIDE["timing"].values())


def test_how_to_prepare_has_one_section_per_area_with_the_workspace_titles() -> None:
    sections = GUIDE["how_to_prepare"]
    assert {s["area"]: s["heading"] for s in sections} == AREA_TITLES
    assert all(len(s["points"]) >= 2 for s in sections)


def test_the_guide_templates_use_only_known_placeholders() -> None:
    assert placeholders(GUIDE["opening"]) == {"subject"}
    assert placeholders(GUIDE["meet"]) == {"who", "names", "expect"}
    assert placeholders(GUIDE["big_panel"]) == {"count"}
    for text in GUIDE["subjects"].values():
        assert placeholders(text) <= {"company", "role"}


@pytest.mark.parametrize("name", ["plan", "guide"])
def test_the_text_is_tidy(name: str) -> None:
    data = PLAN if name == "plan" else GUIDE
    for text in strings(data):
        assert text == text.strip() and "  " not in text, text
