"""The values map: which company values a story shows, and what to prepare for the others."""

from __future__ import annotations

import pytest

from roundtwo.engines.fit import Evidence, ValueInput, ValueMatch, build_values_map
from roundtwo.engines.fit.themes import themes_of

VALUES = [
    ValueInput("Own the outcome", "We take responsibility for results end to end."),
    ValueInput("Say it plainly", "We are direct and honest, even when the news is bad."),
    ValueInput("Celebrate together", "We recognise each other's wins."),
]


@pytest.fixture(scope="module")
def entries(evidence: list[Evidence]) -> tuple[ValueMatch, ...]:
    return build_values_map(VALUES, evidence)


def test_a_story_that_acts_on_a_value_shows_it_and_says_how_to_tell_it(
    entries: tuple[ValueMatch, ...],
) -> None:
    own = entries[0]
    assert own.value == "Own the outcome"
    assert own.status == "shown"
    assert own.matches[0].evidence_id == "s1"
    assert own.matches[0].why.startswith('signs of "Own the outcome": "on call", "traced"')
    assert own.suggestion == (
        'Your story "The Sunday billing outage" shows "Own the outcome": tell it with the moment '
        "you took ownership."
    )


def test_the_same_story_can_show_a_second_value(entries: tuple[ValueMatch, ...]) -> None:
    plain = entries[1]
    assert plain.status in {"shown", "weak"}
    assert plain.matches[0].evidence_id == "s1"
    assert '"plainly"' in plain.matches[0].why


def test_a_value_nothing_shows_gets_no_matches_and_a_story_to_prepare(
    entries: tuple[ValueMatch, ...],
) -> None:
    celebrate = entries[2]
    assert celebrate.status == "no_evidence"
    assert celebrate.matches == ()
    assert celebrate.suggestion == (
        'No story shows "Celebrate together" yet: prepare one about a time you celebrated or '
        "recognised a colleague's win."
    )


def test_a_value_without_a_known_theme_gets_a_plain_prompt() -> None:
    entry = build_values_map([ValueInput("Zebra stripes", None)], [])[0]
    assert entry.status == "no_evidence"
    assert entry.suggestion == (
        'No story shows "Zebra stripes" yet: prepare one about a time you lived "Zebra stripes" '
        "when it was not easy."
    )


def test_a_values_name_decides_its_theme_before_its_description() -> None:
    keys = [t.key for t in themes_of("Have fun", "We enjoy our work and make it fun for guests.")]
    assert keys == ["celebrate"]
    assert [t.key for t in themes_of("Frugal", "We spend money as if it were our own.")] == [
        "frugal"
    ]


def test_no_values_give_an_empty_map(evidence: list[Evidence]) -> None:
    assert build_values_map([], evidence) == ()


def test_as_dict_is_plain_data(entries: tuple[ValueMatch, ...]) -> None:
    data = entries[0].as_dict()
    assert data["status"] == "shown" and data["matches"][0]["evidence_id"] == "s1"
