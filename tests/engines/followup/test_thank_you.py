"""draft_thank_you: one email, addressed by name, built from that interviewer's own notes."""

from __future__ import annotations

from dataclasses import replace

from roundtwo.engines.followup import Candidate, Draft, InterviewerDebrief, Tone, draft_thank_you
from roundtwo.engines.followup.text import word_count

from .conftest import COMPANY, ROLE

TONES: tuple[Tone, ...] = ("warm", "formal")


def draft(
    debrief: InterviewerDebrief,
    candidate: Candidate,
    *,
    tone: Tone = "warm",
    variant: int | None = None,
    max_words: int = 200,
) -> Draft:
    return draft_thank_you(
        debrief,
        candidate,
        company=COMPANY,
        role=ROLE,
        tone=tone,
        variant=variant,
        max_words=max_words,
    )


def test_a_draft_greets_the_interviewer_by_name(
    priya: InterviewerDebrief, candidate: Candidate
) -> None:
    warm = draft(priya, candidate, tone="warm")
    formal = draft(priya, candidate, tone="formal")
    assert warm.body.startswith("Hi Priya,\n")
    assert formal.body.startswith("Dear Priya Raman,\n")
    assert warm.interviewer == "Priya Raman"
    assert warm.to == "priya@ledgerline.example"


def test_a_draft_mentions_a_topic_from_that_interviewers_own_notes(
    priya: InterviewerDebrief, candidate: Candidate
) -> None:
    got = draft(priya, candidate)
    assert got.topics_used == ("the migration to event sourcing",)
    assert "the migration to event sourcing" in got.body
    assert not got.needs_topic


def test_a_draft_thanks_for_the_second_conversation_and_restates_interest_in_the_role(
    tom: InterviewerDebrief, candidate: Candidate
) -> None:
    for tone in TONES:
        for variant in range(4):
            body = draft(tom, candidate, tone=tone, variant=variant).body
            assert "second" in body.lower(), (tone, variant)
            assert ROLE in body.split("\n\n")[-2], (tone, variant)  # the closing paragraph
            assert COMPANY in body.split("\n\n")[-2], (tone, variant)
            assert body.rstrip().endswith("Sam Whitfield")


def test_no_topic_gives_a_placeholder_for_the_user_and_invents_none(
    candidate: Candidate,
) -> None:
    bare = InterviewerDebrief("Rina Suzuki", kind="hr", email="rina@example.com")
    got = draft(bare, candidate)
    assert got.needs_topic
    assert got.topics_used == ()
    assert "[Add one thing you discussed with Rina Suzuki.]" in got.body
    assert any("No topic noted" in w for w in got.warnings)
    # No story is tied to nothing: with no notes there is nothing the interviewer said.
    assert got.tie is None


def test_the_best_matching_story_is_tied_to_what_the_interviewer_said(
    tom: InterviewerDebrief, nadia: InterviewerDebrief, candidate: Candidate
) -> None:
    outage = replace(nadia, topics=("incident response when checkout goes down",), specific="")
    got = draft(outage, candidate)
    assert got.tie is not None
    assert got.tie.text == "The Black Friday outage"
    assert "I led the incident call and restored checkout in 25 minutes" in got.body
    billing = draft(
        replace(tom, topics=("moving billing to an event log",), questions_asked=()), candidate
    )
    assert billing.tie is not None
    assert billing.tie.text == "The billing migration"
    assert billing.tie.anchor == "moving billing to an event log"


def test_drafts_stay_under_the_word_cap_even_with_huge_notes(
    priya: InterviewerDebrief, candidate: Candidate
) -> None:
    essay = " ".join(["we talked about the migration to event sourcing at length"] * 400)
    cjk = "事件溯源への移行について長く話しました" * 300
    huge = replace(
        priya,
        topics=(essay, cjk),
        specific=essay,
        questions_asked=(essay,),
        rapport="we both " + essay,
        next_steps=essay,
        title=essay,
    )
    for tone in TONES:
        got = draft(huge, candidate, tone=tone)
        assert got.word_count < 200
        assert got.word_count == word_count(got.body)
        assert any("long note was cut" in w for w in got.warnings)
    tight = draft(huge, candidate, max_words=90)
    assert tight.word_count <= 90
    assert tight.topics_used  # the topic is kept; optional parts go first
    assert any("Shortened to stay under 90 words" in w for w in tight.warnings)


def test_a_long_note_is_cut_to_its_first_clause(
    priya: InterviewerDebrief, candidate: Candidate
) -> None:
    long = replace(
        priya,
        topics=(
            "Remote diagnostics for the palletising robots, which currently means someone "
            "driving out to site for nearly every fault even when the fix is a parameter change",
        ),
    )
    got = draft(long, candidate)
    assert got.topics_used == ("remote diagnostics for the palletising robots",)


def test_cjk_and_rtl_names_and_topics_survive_intact(candidate: Candidate) -> None:
    people = [
        InterviewerDebrief("陈静", kind="department_head", topics=("长三角仓库网络的扩张。",)),
        InterviewerDebrief("田中 美咲", kind="executive", topics=("海外送金サービスの拡大",)),
        InterviewerDebrief("ليلى حداد", kind="executive", topics=("التسعير الديناميكي؟",)),
        InterviewerDebrief("יעל לוי", kind="other", topics=("ניהול תיקים",)),
    ]
    expected = [
        "长三角仓库网络的扩张",
        "海外送金サービスの拡大",
        "التسعير الديناميكي",
        "ניהול תיקים",
    ]
    for person, topic in zip(people, expected, strict=True):
        formal = draft(person, candidate, tone="formal")
        warm = draft(person, candidate, tone="warm")
        assert formal.topics_used == (topic,)
        assert topic in formal.body and topic in warm.body
        assert formal.body.startswith(f"Dear {person.name},")
        assert person.name.split()[0] in warm.body.split("\n", 1)[0]
    # A CJK name is kept whole even in a warm greeting: which part is the given name is unknown.
    assert draft(people[1], candidate, tone="warm").body.startswith("Hi 田中 美咲,")


def test_proper_nouns_keep_their_capital_and_common_words_lose_it(
    candidate: Candidate,
) -> None:
    person = InterviewerDebrief(
        "Tom Hughes",
        kind="peer",
        topics=(
            "Postgres partitioning for the ledger tables",
            "Recruitment from overseas",
            "The Leeds office",
        ),
    )
    got = draft(person, candidate, max_words=400)
    body = got.body
    assert "Postgres partitioning" in body
    assert "recruitment from overseas" in body


def test_formal_and_warm_drafts_differ(priya: InterviewerDebrief, candidate: Candidate) -> None:
    warm = draft(priya, candidate, tone="warm", variant=0)
    formal = draft(priya, candidate, tone="formal", variant=0)
    assert warm.body != formal.body
    assert warm.body.startswith("Hi ") and formal.body.startswith("Dear ")
    assert "I'" in warm.body  # contractions
    assert "I'" not in formal.body
    assert warm.subject != formal.subject


def test_each_kind_shapes_the_content(candidate: Candidate) -> None:
    words = {
        "executive": ("direction", "strategy"),
        "department_head": ("department",),
        "hiring_manager": ("team",),
        "peer": ("work",),
        "hr": ("references",),
        "other": ("perspective",),
    }
    for kind, expected in words.items():
        for variant in range(3):
            person = InterviewerDebrief("Alex Kim", kind=kind, topics=("the quarterly plan",))
            body = draft(person, candidate, variant=variant).body.lower()
            assert any(w in body for w in expected), (kind, variant)
    hr = draft(InterviewerDebrief("Chris Osei", kind="hr", next_steps="references next"), candidate)
    assert "next steps" in hr.body or "what happens next" in hr.body


def test_notes_about_the_interviewer_are_turned_to_speak_to_them(
    priya: InterviewerDebrief, candidate: Candidate
) -> None:
    got = draft(priya, candidate)
    assert "you want the platform to handle ten times today's volume" in got.body
    assert "she wants" not in got.body


def test_an_impression_in_the_rapport_note_stays_out_of_the_email(
    tom: InterviewerDebrief, candidate: Candidate
) -> None:
    shared = draft(replace(tom, rapport="we both support Leeds United"), candidate, tone="warm")
    assert "we both support Leeds United" in shared.body
    impression = draft(replace(tom, rapport="seemed distracted and rushed"), candidate)
    assert "distracted" not in impression.body
    formal = draft(replace(tom, rapport="we both support Leeds United"), candidate, tone="formal")
    assert "Leeds United" not in formal.body


def test_the_subject_is_one_line_even_when_names_carry_line_breaks(
    candidate: Candidate,
) -> None:
    evil = InterviewerDebrief(
        "Eve\r\nBcc: victim@example.com", kind="peer", email="eve@example.com\r\nBcc: x@y.z"
    )
    for tone in TONES:
        for variant in range(4):
            got = draft_thank_you(
                evil,
                candidate,
                company="Acme\nCorp",
                role="Engineer\r\nX-Injected: 1",
                tone=tone,
                variant=variant,
            )
            assert not any(ord(c) < 32 or c in "\x7f\u2028\u2029" for c in got.subject)
            assert "\r" not in got.body
            assert got.to is None
            assert "\n" not in got.interviewer


def test_the_same_notes_give_the_same_draft_every_time(
    priya: InterviewerDebrief, candidate: Candidate
) -> None:
    assert draft(priya, candidate) == draft(priya, candidate)


def test_a_draft_without_stories_or_strengths_says_so(priya: InterviewerDebrief) -> None:
    got = draft(priya, Candidate("Sam Whitfield"))
    assert got.tie is None
    assert any("Add stories or strengths" in w for w in got.warnings)


def test_a_debrief_without_a_name_still_gives_a_sendable_draft(candidate: Candidate) -> None:
    got = draft(InterviewerDebrief("", kind="peer", topics=("the roadmap",)), candidate)
    assert got.body.startswith("Hello,\n")
    assert "the roadmap" in got.body
