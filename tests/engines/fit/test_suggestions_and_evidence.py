"""What the candidate is told to prepare, and resume bullets turned into evidence."""

from __future__ import annotations

from roundtwo.engines.fit import evidence_from_resume
from roundtwo.engines.fit.suggestions import focus
from roundtwo.engines.resume import Experience, Resume


def test_the_focus_of_a_requirement_drops_the_advert_lead_in() -> None:
    assert focus("Strong Python and SQL") == "Python and SQL"
    assert focus("Ability to stay calm under pressure") == "stay calm under pressure"
    assert focus("5+ years of Python experience") == "Python"
    assert focus("Budgeting and forecasting experience") == "budgeting and forecasting"
    assert focus("Hands-on experience with Spark") == "Spark"
    assert focus("NMC registered nurse") == "NMC registered nurse"


def test_resume_bullets_become_evidence_named_after_their_job() -> None:
    resume = Resume(
        name="Jo",
        headline=None,
        experiences=(
            Experience("Chef", "The Copper Pot", None, None, None, ("Wrote the menu.", "Ran it.")),
        ),
        skills=(),
        education=(),
        other_bullets=("Won a cooking prize.",),
    )
    items = evidence_from_resume(resume)
    assert [(e.id, e.source) for e in items] == [
        ("resume-1-1", "resume: Chef at The Copper Pot"),
        ("resume-1-2", "resume: Chef at The Copper Pot"),
        ("resume-other-1", "resume: other achievements"),
    ]
    assert all(e.kind == "bullet" for e in items)
