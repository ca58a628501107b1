"""Stories are proposed where they fit, none more than max_uses times, None when nothing fits."""

from __future__ import annotations

from collections import Counter

from roundtwo.engines.practice import (
    RoleProfile,
    StoryRef,
    Suggestion,
    assign_stories,
    suggest_questions,
)

CONFLICT = StoryRef(
    id="s1",
    title="The rota dispute",
    text="Two senior colleagues disagreed about the weekend rota. I met them together, we "
    "agreed a fair rule and the complaints stopped.",
    competencies=("conflict_resolution",),
)
DATA = StoryRef(
    id="s2",
    title="Pricing dashboard",
    text="I built a dashboard on margin data that showed one promotion was losing money. The "
    "buyers stopped it and saved 40,000 pounds.",
)
GARDEN = StoryRef(id="s3", title="My garden", text="I grew tomatoes on the balcony last summer.")


def _suggestions() -> tuple[Suggestion, ...]:
    profile = RoleProfile(
        competencies=("conflict_resolution", "data_driven_judgment", "collaboration")
    )
    return suggest_questions(profile)


def test_no_story_is_proposed_more_than_max_uses_times() -> None:
    for max_uses in (1, 2, 3):
        result = assign_stories(_suggestions(), [CONFLICT, DATA, GARDEN], max_uses=max_uses)
        uses = Counter(s.story_id for s in result if s.story_id)
        assert uses
        assert max(uses.values()) <= max_uses


def test_a_story_is_proposed_for_a_question_on_its_competency() -> None:
    result = assign_stories(_suggestions(), [CONFLICT])
    matched = [s for s in result if s.story_id == "s1"]
    assert matched
    assert all("conflict_resolution" in s.competencies for s in matched)
    assert all("conflict resolution" in (s.story_why or "") for s in matched)


def test_a_story_without_tags_is_matched_by_what_it_says() -> None:
    result = assign_stories(_suggestions(), [DATA])
    matched = [s for s in result if s.story_id == "s2"]
    assert matched
    assert all("data-driven judgment" in (s.story_why or "") for s in matched)


def test_nothing_fits_gives_none() -> None:
    result = assign_stories(_suggestions(), [GARDEN])
    assert all(s.story_id is None and s.story_why is None for s in result)


def test_only_story_questions_get_stories() -> None:
    profile = RoleProfile(title="Data Analyst", competencies=("data_driven_judgment",))
    result = assign_stories(suggest_questions(profile), [DATA], max_uses=20)
    assert all(s.kind in {"behavioral", "culture", "leadership"} for s in result if s.story_id)
    assert any(s.kind == "technical" for s in result)


def test_a_value_story_answers_that_value_question() -> None:
    story = StoryRef(
        id="s4", title="Owning a bad release", text="I shipped a bug.", values=("Own the outcome",)
    )
    suggestions = suggest_questions(RoleProfile(values=("Own the outcome",)))
    result = {s.id: s for s in assign_stories(suggestions, [story])}
    assert result["value-own-the-outcome"].story_id == "s4"
    assert "Own the outcome" in (result["value-own-the-outcome"].story_why or "")


def test_the_story_appears_in_as_dict() -> None:
    result = assign_stories(_suggestions(), [CONFLICT])
    data = next(s.as_dict() for s in result if s.story_id)
    assert data["story"] == {"id": "s1", "title": "The rota dispute", "why": data["story"]["why"]}


def test_no_stories_or_no_uses_leave_the_set_unchanged() -> None:
    suggestions = _suggestions()
    assert assign_stories(suggestions, []) == suggestions
    assert assign_stories(suggestions, [CONFLICT], max_uses=0) == suggestions
    assert assign_stories((), [CONFLICT]) == ()
