"""The set follows the role: its skill areas, its competencies and the evidence for them."""

from __future__ import annotations

import re

from roundtwo.engines.practice import KINDS, RoleProfile, suggest_questions
from roundtwo.engines.practice.diversity import technical_share
from roundtwo.engines.practice.profile import role_of
from roundtwo.engines.practice.skill_areas import LEXICON_AREA, bank_area_of, find_areas
from roundtwo.engines.question_bank import skill_ids
from roundtwo.engines.research.skills import with_names_inside
from roundtwo.knowledge import load

from . import postings


def _areas(profile: RoleProfile) -> set[str]:
    return {a for s in suggest_questions(profile) for a in s.skills}


def test_a_data_posting_gets_data_technical_questions(data_profile: RoleProfile) -> None:
    technical = [s for s in suggest_questions(data_profile) if s.kind == "technical"]
    assert technical
    assert all(s.skills[0] == "data_analytics" for s in technical)


def test_a_nurse_posting_gets_healthcare_questions_and_no_coding(
    nurse_profile: RoleProfile,
) -> None:
    assert "healthcare" in _areas(nurse_profile)
    assert not _areas(nurse_profile) & {"software_engineering", "data_analytics", "sales"}


def test_a_software_posting_gets_software_questions_and_a_technical_share(
    software_profile: RoleProfile,
) -> None:
    suggested = suggest_questions(software_profile)
    assert "software_engineering" in {a for s in suggested[:10] for a in s.skills}
    assert {"software_engineering", "it_security"} <= {a for s in suggested for a in s.skills}


def test_the_technical_share_grows_with_the_skills_the_role_needs(
    software_profile: RoleProfile, hotel_profile: RoleProfile
) -> None:
    assert technical_share(role_of(software_profile)) > technical_share(role_of(hotel_profile))


def test_a_role_without_skill_areas_gets_no_technical_questions() -> None:
    profile = RoleProfile(title="Legal counsel", competencies=("integrity", "communication"))
    kinds = {s.kind for s in suggest_questions(profile)}
    assert "technical" not in kinds
    assert "practical" not in kinds


def test_the_posting_competencies_are_covered_in_the_top_ten() -> None:
    wanted = (
        "stakeholder_management",
        "conflict_resolution",
        "integrity",
        "influence_without_authority",
        "mentoring",
        "resilience",
    )
    top = suggest_questions(RoleProfile(competencies=wanted))[:10]
    assert set(wanted) <= {c for s in top for c in s.competencies}


def test_a_behavioral_why_quotes_the_posting(data_profile: RoleProfile) -> None:
    behavioral = [s for s in suggest_questions(data_profile) if s.kind == "behavioral"]
    quotes = [q for s in behavioral for q in re.findall(r'"([^"]+)"', s.why)]
    assert quotes
    assert all(q in data_profile.text for q in quotes)


def test_a_technical_why_names_the_skills_or_title_that_showed_the_area(
    data_profile: RoleProfile,
) -> None:
    technical = [s for s in suggest_questions(data_profile) if s.kind == "technical"]
    assert all("data analyst" in s.why or "SQL" in s.why for s in technical)


def test_an_interviewer_kind_on_the_panel_is_named_in_the_why() -> None:
    profile = RoleProfile(
        competencies=("stakeholder_management",), interviewer_kinds=("executive",)
    )
    whys = [s.why for s in suggest_questions(profile)]
    assert any("executives, who are on your panel" in w for w in whys)


def test_executives_on_the_panel_bring_a_strategy_question() -> None:
    base = RoleProfile(title="Operations analyst", competencies=("problem_solving",))
    with_exec = RoleProfile(
        title="Operations analyst",
        competencies=("problem_solving",),
        interviewer_kinds=("executive",),
    )
    ids = [s.id for s in suggest_questions(with_exec)]
    assert any(i.startswith("sr-leadership_strategy") for i in ids)
    assert sum(i.startswith("sr-leadership_strategy") for i in ids) >= sum(
        s.id.startswith("sr-leadership_strategy") for s in suggest_questions(base)
    )


def test_every_set_includes_second_round_questions(software_profile: RoleProfile) -> None:
    top = suggest_questions(software_profile)[:10]
    assert sum(s.id.startswith("sr-") for s in top) >= 2


def test_every_suggestion_has_a_valid_kind_and_the_cli_fields(
    data_profile: RoleProfile, nurse_profile: RoleProfile, hotel_profile: RoleProfile
) -> None:
    for profile in (data_profile, nurse_profile, hotel_profile, RoleProfile()):
        for s in suggest_questions(profile):
            assert s.kind in KINDS
            assert s.why.strip()
            data = s.as_dict()
            assert {"id", "question", "kind", "competencies", "skills", "why"} <= data.keys()
            assert data["story"] is None


def test_the_limit_is_respected(data_profile: RoleProfile) -> None:
    assert len(suggest_questions(data_profile, limit=5)) == 5
    assert len(suggest_questions(data_profile)) == 20
    assert suggest_questions(data_profile, limit=0) == ()


def test_the_same_profile_gives_the_same_set(hotel_profile: RoleProfile) -> None:
    assert suggest_questions(hotel_profile) == suggest_questions(hotel_profile)


def test_free_word_skills_map_to_areas() -> None:
    profile = RoleProfile(skills=("nursing", "wound care"))
    assert "healthcare" in {a for s in suggest_questions(profile) for a in s.skills}


def test_a_text_only_profile_is_read_too() -> None:
    profile = RoleProfile(text=postings.SOFTWARE)
    assert "software_engineering" in {a for s in suggest_questions(profile) for a in s.skills}


def test_every_lexicon_area_has_a_known_bank_area_or_none() -> None:
    lexicon_areas = {str(s["area"]) for s in load("skills")["skills"]}
    assert set(LEXICON_AREA.values()) - {None} <= skill_ids()
    assert {bank_area_of(a) for a in lexicon_areas} - {None} <= skill_ids()


def test_an_unknown_lexicon_area_is_matched_by_its_name() -> None:
    assert bank_area_of("warehouse and logistics tools") == "operations_supply_chain"
    assert bank_area_of("underwater basket weaving") is None


def test_a_listed_phrase_counts_for_the_area_of_the_skill_it_names() -> None:
    # the skills list shows the posting's "Build the annual budget", not the lexicon's name
    named = with_names_inside(["Build the annual budget", "Excel", "excel"])
    assert named == ["Build the annual budget", "Budgeting", "Excel"]
    areas = find_areas("Analyst", ["Build the annual budget"], "")
    assert [(a.id, a.skills) for a in areas] == [
        ("finance_accounting", ("Build the annual budget", "Budgeting"))
    ]


def test_an_alias_and_the_name_it_spells_count_once() -> None:
    areas = find_areas("Team member", ["JS", "Python"], "")
    assert [(a.id, a.skills, a.score) for a in areas] == [
        ("software_engineering", ("JS", "Python"), 2.0)
    ]
