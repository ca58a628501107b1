"""draft_all and draft_similarity: one panel's drafts differ, and near-copies are flagged."""

from __future__ import annotations

from dataclasses import replace

from roundtwo.engines.followup import (
    SIMILAR_AT,
    Candidate,
    Draft,
    InterviewerDebrief,
    draft_all,
    draft_similarity,
)
from roundtwo.engines.followup.similarity import without

from .conftest import COMPANY, ROLE


def panel(*debriefs: InterviewerDebrief, candidate: Candidate) -> list[Draft]:
    return draft_all(list(debriefs), candidate, company=COMPANY, role=ROLE)


def test_different_interviewers_get_different_drafts(
    priya: InterviewerDebrief,
    tom: InterviewerDebrief,
    nadia: InterviewerDebrief,
    chris: InterviewerDebrief,
    candidate: Candidate,
) -> None:
    drafts = panel(priya, tom, nadia, chris, candidate=candidate)
    assert [d.interviewer for d in drafts] == [
        "Priya Raman",
        "Tom Hughes",
        "Nadia Petrova",
        "Chris Osei",
    ]
    assert len({d.variant % 4 for d in drafts}) == 4  # four phrasing sets for four people
    assert len({d.subject for d in drafts}) == 4
    first_lines = {d.body.split("\n\n")[1].split(".")[0] for d in drafts}
    assert len(first_lines) == 4
    shared = [p.name for p in (priya, tom, nadia, chris)] + [COMPANY, ROLE, candidate.name]
    for i, a in enumerate(drafts):
        assert not any("reads much like" in w for w in a.warnings)
        for b in drafts[i + 1 :]:
            assert draft_similarity(without(a.body, shared), without(b.body, shared)) < SIMILAR_AT


def test_a_story_two_drafts_tell_is_pointed_out(
    priya: InterviewerDebrief, tom: InterviewerDebrief, candidate: Candidate
) -> None:
    # Both conversations were about billing; only one story fits, so both drafts tell it.
    billing = replace(tom, topics=("moving billing to an event log",), questions_asked=())
    drafts = panel(priya, billing, candidate=candidate)
    assert drafts[0].tie is not None and drafts[1].tie is not None
    assert drafts[0].tie.text == drafts[1].tie.text == "The billing migration"
    assert any("use the story “The billing migration”" in w for w in drafts[0].warnings)
    assert any("use the story “The billing migration”" in w for w in drafts[1].warnings)


def test_a_panel_draft_is_the_same_as_drafting_that_person_alone_with_its_variant(
    priya: InterviewerDebrief, tom: InterviewerDebrief, candidate: Candidate
) -> None:
    from roundtwo.engines.followup import draft_thank_you

    drafts = panel(priya, tom, candidate=candidate)
    alone = draft_thank_you(priya, candidate, company=COMPANY, role=ROLE, variant=drafts[0].variant)
    assert alone.body == drafts[0].body


def test_notes_pasted_twice_are_flagged_on_both_drafts(
    priya: InterviewerDebrief, candidate: Candidate
) -> None:
    richer = replace(
        priya,
        topics=("the migration to event sourcing", "expanding into the German market"),
        questions_asked=("What would you change about how we run on-call?",),
    )
    copy = replace(richer, name="Tom Hughes", kind="peer", email="tom@ledgerline.example")
    drafts = panel(richer, copy, candidate=candidate)
    assert any("Tom Hughes" in w for w in drafts[0].warnings)
    assert any("Priya Raman" in w for w in drafts[1].warnings)
    # The copy leads with the topic the first draft did not lead with.
    assert drafts[1].topics_used[0] != drafts[0].topics_used[0] or len(drafts[1].topics_used) > 1


def test_similarity_is_one_for_the_same_text_and_low_for_different_substance() -> None:
    a = "Hi Priya, thank you for the talk about the migration to event sourcing at Ledgerline."
    b = "Hi Tom, thank you for the talk about idempotent payment retries and the ledger tables."
    assert draft_similarity(a, a) == 1.0
    assert draft_similarity(a, b) == draft_similarity(b, a)
    assert draft_similarity(a, b) < 0.2
    assert draft_similarity("", "") == 1.0


def test_phrasing_alone_does_not_make_two_drafts_alike() -> None:
    # Same template sentences, different notes: only the notes count.
    a = "I particularly valued our discussion of the migration to event sourcing."
    b = "I particularly valued our discussion of hybrid working in the Leeds office."
    assert draft_similarity(a, b) == 0.0
