"""The parts of the parser on their own: dates, bullets, headings and job headers."""

from __future__ import annotations

import pytest

from roundtwo.engines.resume.bullets import collect_bullets
from roundtwo.engines.resume.dates import find_range, normalise
from roundtwo.engines.resume.headers import parse_header
from roundtwo.engines.resume.sections import heading_kind


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Jan 2020", "2020-01"),
        ("January 2020", "2020-01"),
        ("Sept. 2019", "2019-09"),
        ("01/2020", "2020-01"),
        ("3.2018", "2018-03"),
        ("2020-01-15", "2020-01"),
        ("2020", "2020"),
        ("Summer 2019", "2019"),
        ("Present", "present"),
        ("current", "present"),
        ("now", "present"),
        ("Jan '20", "2020-01"),
        ("next year", None),
    ],
)
def test_written_dates_become_iso_strings(written: str, iso: str | None) -> None:
    assert normalise(written) == iso


def test_date_ranges_are_found_with_any_separator() -> None:
    for line, expected in [
        ("Jan 2020 – Present", ("2020-01", "present")),
        ("2019-2023", ("2019", "2023")),
        ("March 2018 to June 2021", ("2018-03", "2021-06")),
        ("01/2018 - 12/2019", ("2018-01", "2019-12")),
        ("since 2015", ("2015", "present")),
        ("2020-03 — 2021-11", ("2020-03", "2021-11")),
    ]:
        span = find_range(line)
        assert span is not None and (span.start, span.end) == expected, line


def test_a_word_containing_a_month_is_not_a_date() -> None:
    assert find_range("Summary 2020") is None
    assert normalise("Summary 2020") is None


def test_headings_are_recognised_in_many_spellings_but_job_lines_are_not() -> None:
    for line, kind in [
        ("EXPERIENCE", "experience"),
        ("Work history", "experience"),
        ("Professional Experience:", "experience"),
        ("Employment", "experience"),
        ("## Education", "education"),
        ("Technical Skills", "skills"),
        ("Selected Projects", "projects"),
        ("S K I L L S", "skills"),
    ]:
        assert heading_kind(line) == kind, line
    assert heading_kind("Head of Customer Experience") is None
    assert heading_kind("Experience 2019 - 2021") is None


def test_header_parts_are_sorted_into_title_employer_and_place() -> None:
    header = parse_header(["Ward Sister (Band 7) — St Anne's Hospital, Leeds — 03/2016 to current"])
    assert (header.title, header.organisation, header.location) == (
        "Ward Sister",
        "St Anne's Hospital",
        "Leeds",
    )
    assert (header.start, header.end) == ("2016-03", "present")
    remote = parse_header(["Head of Customer Experience @ Brightloop (Remote)  2021 - now"])
    assert (remote.title, remote.organisation, remote.location) == (
        "Head of Customer Experience",
        "Brightloop",
        "Remote",
    )
    contract = parse_header(["Lead Generation Ltd — Sales Executive (Contract) 2018"])
    assert (contract.title, contract.organisation) == ("Sales Executive", "Lead Generation Ltd")


def test_bullets_take_every_marker_and_join_wrapped_lines() -> None:
    lines = [
        "• Built a thing",
        "- Shipped another",
        "* Ran a third that wrapped onto",
        "  a second line",
        "▪ Fourth",  # a single word is not an achievement
        "1) Fifth item here",
        "o Sixth item, Word's own marker",
    ]
    assert collect_bullets(lines) == [
        "Built a thing",
        "Shipped another",
        "Ran a third that wrapped onto a second line",
        "Fifth item here",
        "Sixth item, Word's own marker",
    ]


def test_a_wrapped_line_starting_with_a_capital_joins_when_the_list_uses_markers() -> None:
    assert collect_bullets(["• Migrated the warehouse to", "Snowflake in six months."]) == [
        "Migrated the warehouse to Snowflake in six months."
    ]


def test_sentences_after_abbreviations_are_not_split() -> None:
    lines = ["Ran audits for clients, e.g. Keel Ltd. and others. Trained two juniors."]
    assert collect_bullets(lines) == [
        "Ran audits for clients, e.g. Keel Ltd. and others.",
        "Trained two juniors.",
    ]
