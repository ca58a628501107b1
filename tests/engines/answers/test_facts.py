from __future__ import annotations

from roundtwo.engines.answers import compare_facts, extract_facts

ROUND_ONE = (
    "I joined Northwind in 2019 as a senior engineer and I led a team of five. "
    "My notice period is one month. I'm leaving because the company was acquired and my "
    "project was cancelled. I'm looking for a salary of around £85,000. We used Kafka and Python."
)


def test_the_issue_example_of_a_changed_team_size_is_flagged_in_its_words() -> None:
    earlier = extract_facts("In that job I managed a team of five.")
    later = extract_facts("At the time I had a team of eight.")
    warnings = compare_facts(earlier, later)
    assert [w.message for w in warnings] == ["Round one: a team of five. Now: a team of eight."]
    assert warnings[0].kind == "team_size"


def test_team_sizes_dates_titles_notice_salary_reasons_and_tools_are_extracted() -> None:
    facts = extract_facts(ROUND_ONE)
    by_kind = {(f.kind, f.value) for f in facts}
    assert ("team_size", "5") in by_kind
    assert ("date", "2019") in by_kind
    assert ("title", "senior engineer") in by_kind
    assert ("notice_period", "4.3 weeks") in by_kind
    assert ("salary", "85000") in by_kind
    assert ("tool", "kafka") in by_kind and ("tool", "python") in by_kind
    reasons = [f for f in facts if f.kind == "reason_for_leaving"]
    assert reasons and "acquired" in reasons[0].value
    for fact in facts:
        assert fact.sentence in ROUND_ONE
        assert fact.text.lower() in fact.sentence.lower()


def test_consistent_facts_raise_no_warning_even_when_worded_differently() -> None:
    later = (
        "Back in 2019 I joined Northwind as a senior engineer, leading a team of 5 people. "
        "I'd need to give four weeks' notice. Salary-wise I'm looking for £85k."
    )
    assert compare_facts(extract_facts(ROUND_ONE), extract_facts(later)) == ()


def test_changed_dates_salary_and_reasons_for_leaving_are_flagged() -> None:
    later = (
        "I joined Northwind in 2020. I'm expecting a salary of £95,000. "
        "I'm leaving because I want to manage people."
    )
    kinds = {w.kind for w in compare_facts(extract_facts(ROUND_ONE), extract_facts(later))}
    assert {"date", "salary", "reason_for_leaving"} <= kinds


def test_fact_extraction_never_crashes_on_odd_text() -> None:
    for text in ("", "🙂", "<p>team of</p>", "a team of a team of", "x" * 10_000):
        extract_facts(text)
