from __future__ import annotations

from roundtwo.engines.answers import extract_hints

DEBRIEF = (
    "Thanks for coming in today. We're looking for someone who can own the data platform end to "
    "end. The next round will go deeper on system design. One concern is that you haven't "
    "managed people before. Honestly, the team really needs someone who can mentor juniors."
)


def test_the_four_kinds_of_interviewer_hint_are_found_with_their_source_sentence() -> None:
    hints = extract_hints(DEBRIEF)
    kinds = [h.kind for h in hints]
    assert kinds == ["looking_for", "next_round", "concern", "need"]
    assert hints[0].focus == "can own the data platform end to end"
    assert hints[1].focus == "system design"
    for hint in hints:
        assert hint.sentence in DEBRIEF
        assert hint.phrase.lower() in hint.sentence.lower()
        assert hint.task.startswith("Prepare")


def test_an_ordinary_answer_has_no_hints() -> None:
    assert extract_hints("I rebuilt the rota and turnover fell by half within six months.") == ()


def test_hint_extraction_never_crashes_on_odd_text() -> None:
    for text in ("", " ", "🙂" * 100, "<b>one concern is</b>", "next round will"):
        extract_hints(text)


def test_a_hint_that_names_the_format_keeps_the_whole_sentence_as_its_focus() -> None:
    (hint,) = extract_hints("The recruiter mentioned a take-home may follow.")
    assert hint.kind == "next_round"
    assert hint.focus == "The recruiter mentioned a take-home may follow"
