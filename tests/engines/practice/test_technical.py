"""Technical prep: per skill area, questions, practical formats with steps, and a checklist."""

from __future__ import annotations

from roundtwo.engines.practice import RoleProfile, technical_prep


def test_technical_prep_lists_formats_with_steps(data_profile: RoleProfile) -> None:
    prep = technical_prep(data_profile)
    assert prep[0].skill_area == "data_analytics"
    assert prep[0].formats
    for fmt in prep[0].formats:
        assert fmt.name
        assert len(fmt.how_to_prepare) >= 3
    assert prep[0].steps
    assert prep[0].checklist
    assert 1 <= len(prep[0].questions) <= 4


def test_the_why_names_the_evidence(nurse_profile: RoleProfile) -> None:
    prep = technical_prep(nurse_profile)
    assert prep[0].skill_area == "healthcare"
    assert "nurse" in prep[0].why.lower()
    assert any("clinical" in f.id for f in prep[0].formats)


def test_technical_prep_covers_each_matched_area(software_profile: RoleProfile) -> None:
    areas = [p.skill_area for p in technical_prep(software_profile)]
    assert areas[:2] == ["software_engineering", "it_security"]
    assert len(technical_prep(software_profile, limit_areas=1)) == 1


def test_a_role_without_skill_areas_gets_no_technical_prep() -> None:
    assert technical_prep(RoleProfile()) == ()
    assert technical_prep(RoleProfile(competencies=("integrity",))) == ()


def test_as_dict_is_plain_data(data_profile: RoleProfile) -> None:
    data = technical_prep(data_profile)[0].as_dict()
    assert isinstance(data["formats"][0]["how_to_prepare"], list)
    assert {"skill_area", "name", "why", "questions", "formats", "steps", "checklist"} <= set(data)
