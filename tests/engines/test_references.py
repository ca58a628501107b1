"""The briefing note for a reference: the role, what to emphasise, when a call may come."""

from __future__ import annotations

import datetime as dt

from roundtwo.engines.references import BriefInput, briefing_note, call_window, first_name

INTERVIEW = dt.date(2026, 3, 10)  # a Tuesday


def brief(**fields: object) -> BriefInput:
    values: dict[str, object] = {
        "reference_name": "Aiko Tanaka",
        "role_title": "Senior Data Engineer",
        "company": "Harbor Freight Analytics",
    }
    values.update(fields)
    return BriefInput(**values)  # type: ignore[arg-type]


def test_a_note_greets_the_reference_and_names_the_role_and_company() -> None:
    text = briefing_note(brief(interview_date=INTERVIEW, today=dt.date(2026, 3, 1))).text
    assert text.startswith("Hi Aiko,")
    assert "Senior Data Engineer role at Harbor Freight Analytics on Tuesday 10 March 2026" in text


def test_the_top_requirements_are_what_to_emphasise_without_repeats() -> None:
    result = briefing_note(
        brief(
            emphasise=[
                "strong SQL and Python",
                "Data quality",
                "data  quality",
                "",
                "Mentoring",
                "On call",
                "Fifth",
            ]
        )
    )
    assert result.emphasise == ("strong SQL and Python", "Data quality", "Mentoring", "On call")
    assert "- Strong SQL and Python\n- Data quality" in result.text
    assert "Fifth" not in result.text


def test_stories_they_saw_are_named_and_left_out_when_unknown() -> None:
    with_stories = briefing_note(brief(stories=["The pipeline rescue"])).text
    assert "You saw these first-hand" in with_stories and "The pipeline rescue" in with_stories
    assert "first-hand" not in briefing_note(brief()).text


def test_with_nothing_to_emphasise_the_note_still_says_what_helps() -> None:
    text = briefing_note(brief(emphasise=[])).text
    assert "how my work relates to the Senior Data Engineer role:" in text


def test_the_call_is_expected_between_the_interview_and_two_weeks_after() -> None:
    window = call_window(INTERVIEW, dt.date(2026, 3, 1))
    assert window == (
        "the interview is on Tuesday 10 March 2026, so a call is most likely "
        "between then and Tuesday 24 March 2026"
    )
    assert "any day now, most likely before Tuesday 24 March" in call_window(
        INTERVIEW, dt.date(2026, 3, 12)
    )
    assert call_window(INTERVIEW, dt.date(2026, 5, 1)) == "a call could come any day now"
    assert "week or two after the final interview" in call_window(None)


def test_names_in_any_script_and_a_signature() -> None:
    text = briefing_note(brief(reference_name="José Ñúñez", signature="Zoë Brontë")).text
    assert text.startswith("Hi José,") and text.endswith("Thank you for your help.\nZoë Brontë")
    assert first_name("李 小龙") == "李"
    assert first_name("  ") == "there"
    assert briefing_note(brief(reference_name="محمد علي")).text.startswith("Hi محمد,")
