"""story_text: the STAR parts as one answer-like text."""

from __future__ import annotations

from roundtwo.engines.answers import analyze_answer
from roundtwo.engines.stories import story_text


def test_the_parts_are_joined_in_star_order_as_sentences() -> None:
    text = story_text(
        "The migration",
        "Our database was out of support",
        "I had to move it without downtime",
        "I ran both systems in parallel for a month",
        "We switched over with no outage",
        "Zero minutes of downtime, 40% lower hosting cost",
        "",
    )
    assert text == (
        "Our database was out of support. I had to move it without downtime. "
        "I ran both systems in parallel for a month. We switched over with no outage. "
        "Zero minutes of downtime, 40% lower hosting cost."
    )


def test_the_title_is_a_label_and_is_left_out_when_there_is_a_story() -> None:
    assert "The migration" not in story_text("The migration", "", "", "", "", "", "We moved.")


def test_a_story_with_only_a_title_becomes_the_title() -> None:
    assert story_text("  The migration ", "", "", "", "", "", "") == "The migration"


def test_free_text_follows_the_star_parts_and_whitespace_is_tidied() -> None:
    text = story_text("", "The site\nflooded.", "", "", "", "", "  Later we   moved.  ")
    assert text == "The site flooded. Later we moved."


def test_nothing_at_all_gives_an_empty_text() -> None:
    assert story_text("", "", " ", "", "", "", "") == ""


def test_the_answer_engine_reads_the_joined_story() -> None:
    text = story_text(
        "",
        "Our nightly data pipeline failed twice a week",
        "My manager asked me to make it reliable before peak season",
        "I added freshness checks and wrote a runbook",
        "Failures dropped from eight a month to one",
        "",
        "",
    )
    analysis = analyze_answer("Tell me about a time you improved reliability.", text).as_dict()
    assert analysis["present"] == {"situation": True, "task": True, "action": True, "result": True}
