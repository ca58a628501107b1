"""plan_panel: a plan per interviewer, spread so the panel hears different things."""

from __future__ import annotations

import pytest

from roundtwo.engines.asking import AskContext, Fact
from roundtwo.engines.panel import LikelyQuestion, PanelMember, PanelPlan, StoryRef, plan_panel
from roundtwo.engines.question_bank import all_questions, is_near_duplicate

BANK = {q.text: q for q in all_questions()}

PRIYA = PanelMember(
    "m1",
    "Priya Raman",
    "hiring_manager",
    "Engineering Manager",
    "Cares about reliability and clear ownership.",
)
MARCUS = PanelMember("m2", "Marcus Ode", "peer")
ENGINEER = PanelMember("m7", "Bo Chen", "peer", "Staff Software Engineer")
ELENA = PanelMember("m3", "Elena Vasquez", "department_head", "Head of Data", "Wrote the blog.")
DAVID = PanelMember("m4", "David Kim", "executive", "Chief Executive Officer")
TOM = PanelMember("m5", "Tom Becker", "hr", "Talent Partner")
PANEL = (PRIYA, MARCUS, ELENA, DAVID, TOM)

PIPELINE = StoryRef(
    "s1",
    "The pipeline rescue",
    "Our nightly pipeline failed twice a week. I took it on without being asked, added checks "
    "and wrote a runbook. Failures dropped from eight a month to one.",
    competencies=("ownership", "problem_solving", "delivering_results"),
)
MENTOR = StoryRef(
    "s2",
    "Mentoring Sam",
    "I mentored a junior engineer through his first on-call rota with weekly feedback.",
    competencies=("mentoring", "collaboration"),
)
STRATEGY = StoryRef(
    "s3",
    "The market bet",
    "I argued that we should focus on short-sea shipping, using five years of margin data, and "
    "the board agreed.",
    competencies=("strategic_thinking", "data_driven_judgment", "influence_without_authority"),
)
VALUES = StoryRef(
    "s4",
    "Saying no to the shortcut",
    "I refused to skip the data checks before a client deadline and told the client why.",
    competencies=("integrity", "self_awareness", "communication"),
    values=("Say it plainly",),
)
STORIES = (PIPELINE, MENTOR, STRATEGY, VALUES)


def plan(*members: PanelMember, **kwargs: object) -> PanelPlan:
    return plan_panel(members, **kwargs)  # type: ignore[arg-type]


def test_an_empty_panel_asks_for_interviewers() -> None:
    result = plan_panel([])
    assert result.members == ()
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("Add your interviewers")


def test_the_perspective_reuses_the_guide_and_adds_title_and_notes() -> None:
    elena = plan(ELENA).members[0]
    assert "Elena Vasquez, Head of Data, is a department head: expect questions on" in (
        elena.perspective
    )
    assert "data strategy" in elena.perspective
    assert 'Your notes on them: "Wrote the blog."' in elena.perspective


def test_what_each_kind_evaluates_and_what_notes_add() -> None:
    priya, marcus, _, david, tom = plan(*PANEL).members
    assert priya.evaluates[0] == "ownership"  # named in the notes
    assert "collaboration" in marcus.evaluates
    assert "strategic_thinking" in david.evaluates
    assert "self_awareness" in tom.evaluates
    assert all(1 <= len(m.evaluates) <= 6 for m in (priya, marcus, david, tom))


def test_role_competencies_move_up_the_list() -> None:
    base = plan(MARCUS).members[0].evaluates
    biased = plan(MARCUS, role_competencies=["mentoring"]).members[0].evaluates
    assert biased.index("mentoring") < base.index("mentoring")


def test_each_member_gets_five_to_eight_bank_questions_tagged_for_their_kind() -> None:
    for member in plan(*PANEL).members:
        questions = member.likely_questions
        assert 5 <= len(questions) <= 8, member.member.name
        for q in questions:
            assert member.member.kind in BANK[q.question].interviewer_kinds
            assert q.why.endswith(".")
        texts = [q.question for q in questions]
        for i, a in enumerate(texts):
            assert not any(is_near_duplicate(a, b) for b in texts[i + 1 :])


def test_two_members_of_the_same_kind_get_different_questions() -> None:
    other_peer = PanelMember("m6", "Cy Park", "peer")
    first, second = plan(MARCUS, other_peer).members
    shared = {q.question for q in first.likely_questions} & {
        q.question for q in second.likely_questions
    }
    assert shared == set()


def test_technical_questions_follow_the_titles() -> None:
    nurse = PanelMember("n1", "Ann Lee", "peer", "Ward Sister")
    ctx = AskContext(kind="peer", role_title="Staff Nurse")
    questions = plan(nurse, ask_context=ctx).members[0].likely_questions
    technical = [BANK[q.question] for q in questions if BANK[q.question].kind == "technical"]
    assert technical and all(q.category == "healthcare" for q in technical)
    engineer = plan(ENGINEER).members[0].likely_questions
    technical = [BANK[q.question] for q in engineer if BANK[q.question].kind == "technical"]
    assert technical and all(q.category == "software_engineering" for q in technical)
    assert len(technical) <= 3  # a peer also asks how you work, not only what you know


def test_the_callers_practice_set_is_used_and_topped_up_when_short() -> None:
    mine = [LikelyQuestion("Walk me through the migration.", "You wrote it.", ("ownership",))]
    given = {MARCUS.id: mine * 2}
    questions = plan(MARCUS, candidate_questions=given).members[0].likely_questions
    assert questions[0] == mine[0]
    assert sum(q.question == mine[0].question for q in questions) == 1
    assert len(questions) >= 5


def test_lead_stories_fit_the_person_and_are_spread_across_the_panel() -> None:
    result = plan(PRIYA, MARCUS, DAVID, stories=STORIES, max_lead_stories=2)
    leads = {m.member.name: [s.id for s, _ in m.lead_stories] for m in result.members}
    assert leads["Priya Raman"][0] == "s1"  # ownership, which she named
    assert leads["Marcus Ode"][0] == "s2"  # mentoring and collaboration
    assert leads["David Kim"][0] == "s3"  # strategy
    assert all(len(ids) == 2 and len(set(ids)) == 2 for ids in leads.values())
    assert not any("lead with" in w for w in result.warnings)
    why = result.members[0].lead_stories[0][1]
    assert why.startswith("Shows ownership")


def test_one_story_for_the_whole_panel_is_a_warning() -> None:
    migration = StoryRef("s9", "The migration", "I moved our database to the cloud.")
    result = plan(PRIYA, MARCUS, DAVID, stories=[migration])
    assert all(m.lead_stories[0][0] is migration for m in result.members)
    assert (
        'You plan to lead with "The migration" for all three interviewers: they will compare '
        "notes; vary your lead stories." in result.warnings
    )
    two = plan(PRIYA, MARCUS, stories=[migration])
    assert any("for both interviewers" in w for w in two.warnings)


def test_a_shared_lead_names_the_people_who_share_it() -> None:
    result = plan(PRIYA, MARCUS, DAVID, stories=[PIPELINE, MENTOR], max_lead_stories=1)
    warnings = [w for w in result.warnings if "lead with" in w]
    assert len(warnings) == 1
    assert " for " in warnings[0] and " and " in warnings[0]
    shared = [why for m in result.members for _, why in m.lead_stories if "also leads" in why]
    assert shared


def test_a_value_story_suits_those_who_judge_fit() -> None:
    tom = plan(TOM, stories=[VALUES, PIPELINE]).members[0]
    story, why = tom.lead_stories[0]
    assert story is VALUES
    assert '"Say it plainly"' in why


def test_no_stories_and_missing_competencies_are_warned_about() -> None:
    assert plan(PRIYA).warnings[0].startswith("You have no stories yet")
    gaps = plan(PRIYA, stories=[MENTOR]).warnings
    assert any("None of your stories shows ownership" in w and "Priya Raman" in w for w in gaps)


@pytest.mark.parametrize("slots", [0, 1, 3])
def test_the_number_of_lead_stories_is_respected(slots: int) -> None:
    for member in plan(PRIYA, MARCUS, stories=STORIES, max_lead_stories=slots).members:
        assert len(member.lead_stories) == slots


def test_questions_to_ask_never_repeat_across_the_panel() -> None:
    ctx = AskContext(
        kind="other",
        company="Harbor Freight Analytics",
        facts=(Fact("value", "Own the outcome"), Fact("recent", "Opened a Rotterdam office")),
        already_asked=("What are the next steps?",),
    )
    result = plan(*PANEL, MARCUS, ask_context=ctx)
    asked = [s.question for m in result.members for s in m.questions_to_ask]
    assert all(m.questions_to_ask for m in result.members)
    for i, a in enumerate(asked):
        assert not any(is_near_duplicate(a, b) for b in asked[i + 1 :])
        assert not is_near_duplicate(a, "What are the next steps?")
    kinds = {m.member.kind: m.questions_to_ask for m in result.members}
    assert all(s.category for s in kinds["hr"])


def test_tips_include_the_guides_advice_for_the_kind_and_the_title() -> None:
    elena = plan(ELENA).members[0]
    assert any(t.startswith("For a department head: ask") for t in elena.tips)
    assert any("data strategy" in t for t in elena.tips)


def test_an_unknown_kind_is_planned_as_other() -> None:
    stranger = PanelMember("x", "Sam", "mystery", "")
    member = plan(stranger).members[0]
    assert "Sam is one more person" in member.perspective
    assert 5 <= len(member.likely_questions) <= 8
