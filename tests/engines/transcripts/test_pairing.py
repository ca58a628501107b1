from __future__ import annotations

from roundtwo.engines.transcripts import QAPair, Transcript, pair_questions, parse_transcript

from .conftest import labelled


def _pairs(*lines: str, candidate: str = "Sam") -> tuple[QAPair, ...]:
    return pair_questions(parse_transcript(labelled(*lines), "t.txt"), candidate)


INTERVIEW = (
    "Jane: Hi Sam, can you hear me okay?",
    "Sam: Yes, loud and clear.",
    "Jane: Great. How are you today?",
    "Sam: Good thanks, a bit nervous.",
    "Jane: Let me share my screen quickly. Can you see it?",
    "Sam: Yes, I can see it.",
    "Jane: Great, thanks for that. So, tell me about a time you disagreed with your manager.",
    "Sam: Our manager wanted to rewrite the app in a new framework.",
    "Jane: Mm-hmm.",
    "Sam: I built a small prototype and measured it, and it was slower, so we kept the old one.",
    "Jane: How did you measure that?",
    "Sam: I replayed a week of real traffic against both versions.",
    "Jane: And what was the outcome for the team?",
    "Sam: We spent the time on tests instead, and releases got calmer.",
    "Jane: Okay, let's move on. Tell me about a time you led a project.",
    "Sam: I led the move of our builds to a new CI system over three months.",
    "Jane: Do you have any questions for us?",
    "Sam: Yes, how big is the team and how do you do on-call?",
    "Jane: Eight people, weekly rotation. Thanks, we'll be in touch about next steps.",
    "Sam: Thanks, bye.",
)


def test_small_talk_logistics_and_the_wrap_up_are_left_out() -> None:
    pairs = _pairs(*INTERVIEW)
    assert [p.question for p in pairs] == [
        "So, tell me about a time you disagreed with your manager.",
        "How did you measure that?",
        "And what was the outcome for the team?",
        "Tell me about a time you led a project.",
    ]


def test_the_preamble_before_the_ask_is_dropped_from_the_question() -> None:
    first = _pairs(*INTERVIEW)[0]
    assert first.question.startswith("So, tell me about")
    assert "thanks for that" not in first.question


def test_back_channels_do_not_break_the_answer() -> None:
    first = _pairs(*INTERVIEW)[0]
    assert first.answer == (
        "Our manager wanted to rewrite the app in a new framework. I built a small prototype "
        "and measured it, and it was slower, so we kept the old one."
    )


def test_follow_ups_point_at_the_root_question_and_new_topics_do_not() -> None:
    assert [p.follow_up_of for p in _pairs(*INTERVIEW)] == [None, 0, 0, None]


def test_a_follow_up_reusing_words_of_the_answer_is_attached() -> None:
    pairs = _pairs(
        "Jane: Describe how you would design a rate limiter for a public API.",
        "Sam: A token bucket per API key, with the counts kept in Redis.",
        "Jane: Why a token bucket rather than a fixed window?",
        "Sam: A fixed window lets clients burst at the boundary.",
    )
    assert [p.follow_up_of for p in pairs] == [None, 0]


def test_a_question_opening_a_story_is_never_a_follow_up_even_if_it_shares_words() -> None:
    pairs = _pairs(
        "Jane: How do you run code reviews on your team?",
        "Sam: Every change gets one reviewer from another team within a day.",
        "Jane: Tell me about a time a code review on your team went badly.",
        "Sam: A reviewer blocked a change for a week over naming.",
    )
    assert [p.follow_up_of for p in pairs] == [None, None]


def test_two_interviewers_in_a_row_credit_the_one_who_asks() -> None:
    pairs = _pairs(
        "Jane: That's all from me on that. Tom, do you want to take the next one?",
        "Tom: Sure. Walk me through how you'd migrate a database with no downtime.",
        "Sam: I'd add the new columns first, backfill in batches, then switch reads over.",
    )
    assert [(p.asked_by, p.question) for p in pairs] == [
        ("Tom", "Walk me through how you'd migrate a database with no downtime.")
    ]


def test_a_question_spread_over_two_interviewer_turns_is_one_question() -> None:
    pairs = _pairs(
        "Jane: Tell me about a project you're proud of.",
        "Sam: Sure.",
        "Jane: And especially what your part in it was.",
        "Sam: I wrote the scheduling engine for our clinic booking app.",
    )
    assert len(pairs) == 1
    assert pairs[0].question == (
        "Tell me about a project you're proud of. And especially what your part in it was."
    )
    assert pairs[0].answer == "I wrote the scheduling engine for our clinic booking app."


def test_a_clarifying_question_from_the_candidate_folds_the_reply_into_the_question() -> None:
    pairs = _pairs(
        "Jane: Tell me about a project that ran late.",
        "Sam: As the lead, or any project?",
        "Jane: Ideally one you led.",
        "Sam: A school extension that was six weeks behind when I took it over.",
    )
    assert [(p.question, p.answer) for p in pairs] == [
        (
            "Tell me about a project that ran late. Ideally one you led.",
            "A school extension that was six weeks behind when I took it over.",
        )
    ]


def test_a_very_short_answer_is_not_a_pair() -> None:
    pairs = _pairs(
        "Jane: Did you use Kubernetes there?",
        "Sam: Yes, a lot.",
        "Jane: How would you debug a pod that keeps restarting?",
        "Sam: Look at the previous container's logs and the events first.",
    )
    assert [p.question for p in pairs] == ["How would you debug a pod that keeps restarting?"]


def test_a_short_interjection_mid_answer_lets_the_answer_continue() -> None:
    pairs = _pairs(
        "Jane: Walk me through your last release.",
        "Sam: We froze the branch on Monday and ran the regression suite.",
        "Jane: Sorry, you cut out for a second there.",
        "Sam: No problem, then we shipped on Thursday behind a feature flag.",
    )
    assert len(pairs) == 1
    assert pairs[0].answer.endswith("then we shipped on Thursday behind a feature flag.")


def test_questions_without_a_question_mark_are_recognised_by_their_opener() -> None:
    pairs = _pairs(
        "Jane: okay so walk me through how you would plan a product launch",
        "Sam: I would start with who it is for and what they would pay for",
        "Jane: tell me more about the pricing part",
        "Sam: We would test two price points with a small group first",
    )
    assert len(pairs) == 2 and pairs[1].follow_up_of == 0


def test_the_candidate_can_be_named_in_any_case_and_times_span_question_to_answer() -> None:
    data = labelled(
        "[00:00:10] Jane Doe: Why do you want to join us?",
        "[00:00:14] Sam Lee: Your product solved a real problem for my last team.",
        "[00:00:30] Jane Doe: Thanks.",
    )
    pairs = pair_questions(parse_transcript(data, "t.txt"), "  sam LEE ")
    assert [(p.start, p.end) for p in pairs] == [(10.0, 30.0)]


def test_pairs_have_no_times_when_the_file_has_none() -> None:
    pairs = _pairs("Jane: Why this role?", "Sam: Because I want to build tools for nurses.")
    assert (pairs[0].start, pairs[0].end) == (None, None)


def test_as_dict_has_exactly_the_documented_keys() -> None:
    pair = _pairs("Jane: Why this role?", "Sam: Because I want to build tools for nurses.")[0]
    assert pair.as_dict() == {
        "question": "Why this role?",
        "asked_by": "Jane",
        "answer": "Because I want to build tools for nurses.",
        "start": None,
        "end": None,
        "follow_up_of": None,
        "remarks": "",
    }


def test_what_an_interviewer_says_before_the_question_is_kept_as_remarks() -> None:
    pair = _pairs(
        "Jane: Thanks. We're looking for someone who can run audits alone. When could you start?",
        "Sam: My notice period is four weeks, so early March.",
    )[0]
    assert pair.question == "When could you start?"
    assert pair.remarks == "Thanks. We're looking for someone who can run audits alone."


def test_a_notice_period_question_is_kept_because_its_answer_must_stay_consistent() -> None:
    pairs = _pairs("Jane: What is your notice period?", "Sam: It is four weeks from signing.")
    assert [p.question for p in pairs] == ["What is your notice period?"]


def test_pairing_an_interviewer_as_the_candidate_swaps_the_roles() -> None:
    transcript: Transcript = parse_transcript(labelled(*INTERVIEW), "t.txt")
    pairs = pair_questions(transcript, "Jane")
    assert all(p.asked_by == "Sam" for p in pairs)


def test_a_probe_about_the_hardest_part_and_a_short_question_reusing_a_word_are_follow_ups() -> (
    None
):
    pairs = _pairs(
        "Jane: Why did you leave your last job?",
        "Sam: I wanted to work on bigger payment systems.",
        "Jane: What kind of systems?",
        "Sam: Card processing at a few thousand transactions a second.",
        "Jane: What was the hardest part?",
        "Sam: Learning how settlement files work with the banks.",
    )
    assert [p.follow_up_of for p in pairs] == [None, 0, 0]


def test_role_labels_like_interviewer_and_me_work_without_names() -> None:
    data = labelled(
        "Interviewer: Tell me about your final year project.",
        "Me: A battery management board for a cargo bike.",
        "Interviewer 2: How did you test it?",
        "Me: In a fire-safe cabinet, never unattended.",
    )
    pairs = pair_questions(parse_transcript(data, "notes.txt"), "me")
    assert [(p.asked_by, p.follow_up_of) for p in pairs] == [
        ("Interviewer", None),
        ("Interviewer 2", 0),
    ]


def test_an_interviewer_introduction_without_a_question_is_not_a_pair() -> None:
    pairs = _pairs(
        "Jane: When I joined the team two years ago we were five people. What we need now is "
        "someone who can own the billing service.",
        "Sam: That sounds like exactly the kind of work I enjoy.",
        "Jane: Why?",
        "Sam: Because billing touches every customer and every mistake is visible.",
    )
    assert [(p.question, p.follow_up_of) for p in pairs] == [("Why?", None)]


def test_a_one_word_probe_after_an_answer_is_a_follow_up() -> None:
    pairs = _pairs(
        "Jane: Which database would you pick for the ledger?",
        "Sam: Postgres, with strict constraints on every table.",
        "Jane: Why?",
        "Sam: Because a ledger must never accept a half-written entry.",
    )
    assert [p.follow_up_of for p in pairs] == [None, 0]
