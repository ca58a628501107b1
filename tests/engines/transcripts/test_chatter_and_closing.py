"""Small talk, time checks, scheduling and asides never become pairs; the candidate's closing
questions are kept apart, with the answers they got."""

from __future__ import annotations

from roundtwo.engines.transcripts import (
    Transcript,
    closing_questions,
    pair_questions,
    parse_transcript,
)

from .conftest import labelled

MEETING = (
    "Maya Patel: Hi Sam, come on in. Was the traffic bad on the way?",
    "Sam: Not really, the bus was quick today.",
    "Maya Patel: Good. Before we start, are we okay for time? Leo has a hard stop at four.",
    "Sam: Yes, that's fine for me.",
    "Maya Patel: Great. Tell me about a time a supplier let you down.",
    "Sam: A printer we used sent our spring brochures two weeks late. I booked a second "
    "printer for the covers and we still made the launch.",
    "Leo Grant: How did you pick the second printer?",
    "Sam: I called three printers we had quotes from and chose the one that could start the "
    "same day.",
    "Maya Patel: Leo, could you walk Sam over to the studio after this?",
    "Leo Grant: Sure, I'll take him down when we're done.",
    "Sam: Lovely, thank you very much indeed.",
    "Maya Patel: Are you free next Tuesday for the portfolio review?",
    "Sam: Tuesday morning works well for me.",
    "Maya Patel: How did you handle the traffic spike when the campaign went live?",
    "Sam: We had warned the web team, so they added servers the night before and the site "
    "stayed up.",
    "Maya Patel: Was the launch delivered on time in the end?",
    "Sam: Yes, it went out on the planned date with all three channels.",
    "Maya Patel: Right, do you have any questions for us?",
    "Sam: Yes. How big is the design team?",
    "Maya Patel: Seven designers and a design manager.",
    "Sam: And how often do you work with outside agencies?",
    "Leo Grant: For most campaigns, usually one agency per quarter.",
    "Sam: Great, thanks.",
    "Maya Patel: Thanks for coming in, we'll be in touch.",
)


def _transcript() -> Transcript:
    return parse_transcript(labelled(*MEETING), "meeting.txt")


def _questions() -> list[str]:
    return [p.question for p in pair_questions(_transcript(), "Sam")]


def test_arrival_small_talk_is_not_a_pair() -> None:
    assert not any("traffic bad" in q for q in _questions())


def test_checking_the_time_at_the_start_is_not_a_pair() -> None:
    assert not any("okay for time" in q or "hard stop" in q for q in _questions())


def test_scheduling_the_next_step_is_not_a_pair() -> None:
    assert not any("free next Tuesday" in q for q in _questions())


def test_an_aside_between_interviewers_is_not_a_pair() -> None:
    assert not any("walk Sam over" in q for q in _questions())


def test_real_questions_that_mention_traffic_or_time_stay_pairs() -> None:
    assert _questions() == [
        "Tell me about a time a supplier let you down.",
        "How did you pick the second printer?",
        "How did you handle the traffic spike when the campaign went live?",
        "Was the launch delivered on time in the end?",
    ]


def test_the_closing_part_is_kept_as_the_candidates_questions_with_their_answers() -> None:
    asked = closing_questions(_transcript(), "Sam")
    assert [a.question for a in asked] == [
        "How big is the design team?",
        "And how often do you work with outside agencies?",
    ]
    assert asked[0].answer == "Seven designers and a design manager."
    assert asked[1].answered_by == "Leo Grant"
    assert not any("design team" in q for q in _questions())


def test_a_meeting_without_a_closing_part_has_no_candidate_questions() -> None:
    assert closing_questions(parse_transcript(labelled(*MEETING[:8]), "m.txt"), "Sam") == ()
