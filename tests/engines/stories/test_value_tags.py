"""suggest_values: which of the company's stated values a story shows."""

from __future__ import annotations

from roundtwo.engines.stories import suggest_values

VALUES: tuple[tuple[str, str | None], ...] = (
    ("Own the outcome", None),
    ("Say it plainly", "We write and speak simply and honestly, even when the news is bad."),
    ("Customers first", "Every decision starts with what helps the people we serve."),
    ("Better together", "We share work and credit across teams."),
    ("Do the right thing", "Act with integrity when nobody is watching."),
)

OWNERSHIP = (
    "Our nightly data pipeline failed twice a week and nobody owned it. I took it on without "
    "being asked, traced the failures and wrote a runbook. Failures dropped to one a month."
)
INTEGRITY = (
    "A supplier offered me a paid weekend trip if we renewed their contract. I declined, "
    "reported it to compliance and ran the tender as usual."
)
TEAMS = (
    "Marketing and engineering kept blaming each other for late launches. I set up a shared "
    "launch calendar and a weekly sync between the two teams, and the next launches were on time."
)


def names(text: str) -> list[str]:
    return [t.tag for t in suggest_values(text, VALUES)]


def test_a_value_named_in_the_story_words_is_suggested() -> None:
    assert names(OWNERSHIP)[0] == "Own the outcome"


def test_a_value_is_suggested_through_the_competency_it_asks_for() -> None:
    tags = suggest_values(INTEGRITY, VALUES)
    assert tags[0].tag == "Do the right thing"
    assert "integrity" in tags[0].why


def test_a_value_about_working_across_teams_matches_a_cross_team_story() -> None:
    assert "Better together" in names(TEAMS)


def test_a_story_that_only_mentions_customers_does_not_show_customers_first() -> None:
    assert "Customers first" not in names(
        "I fixed the build script so the nightly tests ran again for our customers' release."
    )


def test_the_limit_and_odd_input_are_handled() -> None:
    assert len(suggest_values(OWNERSHIP, VALUES, limit=1)) == 1
    assert suggest_values(OWNERSHIP, ()) == ()
    assert suggest_values("", VALUES) == ()
    assert suggest_values("The migration", VALUES) == ()
    assert suggest_values(OWNERSHIP, (("", None), ("  ", "x"))) == ()
