"""Facts inside questions: casing, tense, gerunds, dates, and quoting when in doubt."""

from __future__ import annotations

import pytest

from roundtwo.engines.asking import phrases
from roundtwo.engines.asking.grammar import gerund, mid_sentence, past, tidy, when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strong SQL and Python", "strong SQL and Python"),
        ("Experience with a cloud warehouse", "experience with a cloud warehouse"),
        ("Rotterdam office opens its doors", "Rotterdam office opens its doors"),
        ("NHS partnerships in every region", "NHS partnerships in every region"),
        ("iPhone apps for retailers", "iPhone apps for retailers"),
        ("Acme Cloud", "Acme Cloud"),
        ("already lower case", "already lower case"),
    ],
)
def test_the_first_word_is_lower_cased_mid_sentence_unless_it_is_a_name(
    text: str, expected: str
) -> None:
    assert mid_sentence(text, keep=("Acme",)) == expected


def test_tidy_strips_trailing_full_stops_quotes_and_extra_space() -> None:
    assert tidy('  "Become carbon   neutral by 2030."  ') == "Become carbon neutral by 2030"
    assert tidy("Say it plainly!") == "Say it plainly"


@pytest.mark.parametrize(
    ("verb", "ing", "ed"),
    [
        ("become", "becoming", "became"),
        ("make", "making", "made"),
        ("cut", "cutting", "cut"),
        ("double", "doubling", "doubled"),
        ("open", "opening", "opened"),
        ("acquire", "acquiring", "acquired"),
        ("stop", "stopping", "stopped"),
        ("diversify", "diversifying", "diversified"),
    ],
)
def test_gerunds_and_past_tenses(verb: str, ing: str, ed: str) -> None:
    assert gerund(verb) == ing
    assert past(verb) == ed


def test_verbs_ending_in_ee_ie_and_be_keep_their_vowels() -> None:
    assert [gerund(v) for v in ("see", "tie", "be")] == ["seeing", "tying", "being"]


def test_dates_read_as_month_and_year_and_are_not_repeated() -> None:
    assert when("2026-09", "Opened a Rotterdam office") == (
        " in September 2026",
        " (September 2026)",
    )
    assert when("2026-09-14", "x")[0] == " in September 2026"
    assert when("2026", "x")[0] == " in 2026"
    assert when("2026-09", "Opened an office in 2026") == ("", "")
    assert when(None, "x") == ("", "")
    assert when("last spring", "x") == ("", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opened a Rotterdam office.", ("past", "opened a Rotterdam office")),
        ("We launched the Harbor API", ("past", "launched the Harbor API")),
        ("Acme acquires DataBoat", ("past", "acquired DataBoat")),
        ("Acme wins three industry awards", ("past", "won three industry awards")),
        # Headline style drops the article: rewritten it would read "You opened Rotterdam office".
        ("Acme opens Rotterdam office", ("quote", "Acme opens Rotterdam office")),
        ("We have opened a new office", ("quote", "We have opened a new office")),
        ("New CEO appointed", ("quote", "New CEO appointed")),
    ],
)
def test_news_becomes_something_they_did_or_a_quote(text: str, expected: tuple[str, str]) -> None:
    phrase = phrases.recent(text, "Acme")
    assert phrase is not None
    assert (phrase.shape, phrase.text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Become carbon neutral by 2030.", ("np", "becoming carbon neutral by 2030")),
        ("Our goal is to double active users", ("np", "doubling active users")),
        ("We aim to reach 1 million learners", ("np", "reaching 1 million learners")),
        ("Cut emissions in half by 2030", ("np", "cutting emissions in half by 2030")),
        ("Carbon neutrality by 2030", ("np", "carbon neutrality by 2030")),
        (
            "We believe every child deserves a great teacher",
            ("quote", "We believe every child deserves a great teacher"),
        ),
    ],
)
def test_goals_become_noun_phrases_or_quotes(text: str, expected: tuple[str, str]) -> None:
    phrase = phrases.goal(text, ("Acme",))
    assert phrase is not None
    assert (phrase.shape, phrase.text) == expected


def test_a_long_mission_is_referred_to_rather_than_quoted() -> None:
    long = (
        "We believe that every port in the world should be able to plan its week with the "
        "same confidence as the biggest shipping lines, and we build the tools for that."
    )
    phrase = phrases.mission(long, ())
    assert phrase is not None
    assert phrase.shape == "long"


def test_requirements_and_names() -> None:
    req = phrases.requirement("- 5+ years building data pipelines", ())
    assert req == phrases.Phrase("np", "5+ years building data pipelines")
    clause = phrases.requirement("You have been on call for live systems", ())
    assert clause is not None and clause.shape == "quote"
    product = phrases.name("Harbor Forecast, a forecasting tool for ports", (), quoted=False)
    assert product == phrases.Phrase("name", "Harbor Forecast")
    value = phrases.name("Own the outcome: we finish what we start", (), quoted=True)
    assert value == phrases.Phrase("name", "Own the outcome")
    assert phrases.name("a b c d e f g h", (), quoted=True) is None


def test_empty_or_rambling_facts_give_no_phrase() -> None:
    assert phrases.recent("", None) is None
    assert phrases.goal("  ", ()) is None
    assert phrases.recent("word " * 40, None) is None
    assert phrases.quoted("word " * 40) is None
