"""Skills beyond the lexicon's exact spellings: plurals, verb phrases, named credentials."""

from __future__ import annotations

from collections import Counter

import pytest

from roundtwo.engines.answers.loader import load_embedder
from roundtwo.engines.research import extract_job
from roundtwo.engines.research.competencies import competencies, standardised_similarity
from roundtwo.engines.research.credentials import credential_spans
from roundtwo.engines.research.job import spelled_names
from roundtwo.engines.research.skills import known_skills, line_skills, with_names_inside
from roundtwo.knowledge import load


def test_the_lexicon_covers_professions_well_beyond_tech() -> None:
    skills = load("skills")["skills"]
    areas = Counter(s["area"] for s in skills)
    assert len(skills) >= 1500
    assert len(areas) >= 25
    for area in ("pharmacy", "health and safety", "trades and construction", "social care"):
        assert areas[area] >= 20


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("Qualifying inbound leads from events", ["Lead qualification"]),
        ("Draft and review contracts", ["Contract drafting", "Contract review"]),
        ("Dispense medication to patients", ["Dispensing"]),
        ("Process supplier invoices", ["Invoice processing"]),
        ("Keep accurate records of every visit", ["Record keeping"]),
        ("Manage the day-to-day operations of the site", ["Operations management"]),
        (
            "Manage suppliers, contractors and budgets",
            ["Vendor management", "Contractor management", "Budget management", "Budgeting"],
        ),
    ],
)
def test_verb_phrases_in_duty_lines_name_skills(line: str, skills: list[str]) -> None:
    assert line_skills(line) == skills


@pytest.mark.parametrize(
    "line",
    [
        "Work with product and design to decide what to build",
        "Manage to stay calm when the kitchen is busy",
        "Plan ahead and review your week with your manager",
        "Design services that customers love",
    ],
)
def test_sentences_without_a_known_object_give_no_skill(line: str) -> None:
    assert line_skills(line) == []


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Registered with the GPhC as a pharmacist", "GPhC registration"),
        ("A valid CSCS card", "CSCS card"),
        ("Current NMC registration", "NMC registration"),
        ("Registered with the Zorbian Dental Council", "Zorbian Dental Council registration"),
        (
            "A Certificate in Advanced Veterinary Nursing",
            "Certificate in Advanced Veterinary Nursing",
        ),
        ("An NVQ Level 3 in professional cookery", "NVQ Level 3 in professional cookery"),
        ("Holds a current QXR Rigging ticket", "QXR Rigging ticket"),
    ],
)
def test_registrations_licences_and_certificates_are_skills(line: str, skill: str) -> None:
    assert skill in line_skills(line)


@pytest.mark.parametrize(
    "line",
    [
        "A full licence and your own car",
        "This post needs an enhanced DBS certificate",
        "A valid passport",
        "Registered in England and Wales",
        "A member of the team from day one",
    ],
)
def test_ordinary_licences_checks_and_phrases_are_not_credentials(line: str) -> None:
    assert credential_spans(line) == []


def test_plurals_match_the_lexicons_singular_spellings() -> None:
    assert known_skills("Carry out risk assessments and fissure sealants") == [
        "Risk assessment",
        "Fissure sealants",
    ]
    assert known_skills("Good in a team; you will write news") == []


def test_cooking_jobs_are_not_the_chef_configuration_tool() -> None:
    assert known_skills("Sous Chef or Chef de Partie, starting Spring term 2027") == []
    assert known_skills("Chef, Puppet or Ansible; Java with Spring") == [
        "Chef",
        "Puppet",
        "Ansible",
        "Java",
        "Spring",
    ]


def test_a_pharmacy_posting_lists_its_skills() -> None:
    posting = """Pharmacist
Riverbank Pharmacy, Leeds

Responsibilities:
- Clinically check and dispense prescriptions
- Carry out medication reviews and flu vaccinations
- Manage controlled drugs and keep accurate records

Requirements:
- Registered with the GPhC
- Independent prescriber qualification is desirable
"""
    job = extract_job(posting, source="s", content_type="text/plain")
    assert {
        "GPhC registration",
        "Independent prescribing",
        "Clinical checking",
        "Dispensing",
        "Medication reviews",
        "Vaccinations",
        "Controlled drugs",
        "Record keeping",
    } <= set(with_names_inside(job.skills))
    # the list itself shows the posting's words
    assert {"GPhC", "dispense prescriptions", "Medication reviews"} <= set(job.skills)
    assert "GPhC registration" not in job.skills


def test_batched_competency_similarity_matches_pairwise_similarity() -> None:
    embedder = load_embedder()
    if embedder is None:
        pytest.skip("WordLlama is not installed")
    lines = ["Mentor two junior engineers", "Negotiate terms with suppliers"]
    batched = standardised_similarity(lines)
    assert batched is not None
    comps = competencies()
    for comp in comps:
        best = float("-inf")
        for line in lines:
            sims = [embedder.similarity(line, c.text) for c in comps]
            mean = sum(sims) / len(sims)
            spread = (sum((s - mean) ** 2 for s in sims) / len(sims)) ** 0.5
            best = max(best, (sims[comps.index(comp)] - mean) / spread)
        assert batched[comp.id] == pytest.approx(best, abs=1e-4)


def test_the_skills_list_names_a_skill_in_the_words_the_posting_uses() -> None:
    text = "Data Engineer\n\nRequirements:\n- Three years with Postgres and Python\n"
    skills = extract_job(text, source="s", content_type="text/plain").skills
    assert "Postgres" in skills
    assert "PostgreSQL" not in skills


def test_a_lexicon_name_is_placed_on_its_own_spelling_or_an_aliases_or_left_out() -> None:
    text = "Postgres, python; registered with the GPhC"
    found, unspelled = spelled_names(["PostgreSQL", "Python", "Contract drafting"], text)
    assert [(c.text, text[c.start : c.end]) for c in found] == [
        ("Postgres", "Postgres"),
        ("Python", "python"),
    ]
    assert unspelled == ["Contract drafting"]


def test_the_second_half_of_a_hyphenated_word_is_not_a_skill() -> None:
    assert known_skills("Work with cross-disciplinary staff") == []
    assert known_skills("Python-based tools on AWS-hosted services") == ["Python", "AWS"]


def test_a_verb_phrase_skill_is_listed_as_the_phrase_that_names_it() -> None:
    text = "Buyer\n\nResponsibilities:\n- Negotiate with suppliers on delivery slots\n"
    skills = extract_job(text, source="s", content_type="text/plain").skills
    assert "Negotiation" not in skills
    assert any("negotiate with suppliers" in s.lower() for s in skills)
    assert "Negotiation" in with_names_inside(skills)
