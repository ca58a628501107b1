"""A practical-test question for roles with technical areas: how the candidate would approach
the exercise the second round may include (take-home, case study, role play ...)."""

from __future__ import annotations

from collections.abc import Mapping

from roundtwo.engines import question_bank
from roundtwo.engines.question_bank import PracticalFormat

from .ranking import Candidate
from .role import Role
from .text import in_sentence
from .why import area_reason

MIN_AREA_SCORE = 3.0  # only roles with clear technical evidence are likely to get a test
PRACTICAL_SCORE = 1.6  # about a strong technical question's score: it should make the set
FOLLOW_UPS: tuple[str, ...] = (
    "What would you leave out if you ran short of time, and why that?",
    "How would you explain your choices to us afterwards?",
    "What would you want to know before you started?",
)
# Written for this engine, one per format in knowledge/questions/practical_formats.json.
PROMPTS: Mapping[str, str] = {
    "take_home": "If we sent you a take-home task on {area}, how would you plan your time, and "
    "what would you hand back with it?",
    "live_coding": "We'll do a short live exercise together. How do you think out loud while "
    "working through a problem you haven't seen before?",
    "case_study": "Here is a short business case. How would you structure it before reaching for "
    "any numbers?",
    "presentation": "You'll present to the panel. How would you shape fifteen minutes so the key "
    "point lands in the first two?",
    "work_sample": "As a trial task we'd give you a real piece of our {area} work. What would you "
    "ask before starting, and how would you show your reasoning?",
    "in_basket": "Your in-tray has twelve items and you have an hour. How do you decide what to "
    "do first, what to hand on and what to leave?",
    "system_design": "We'll give you a system or process to design on a whiteboard. Where do you "
    "start, and how do you check your design holds up?",
    "role_play": "In a role play one of us will be a difficult customer or colleague. How do you "
    "keep the conversation on track when it gets tense?",
    "portfolio_review": "Pick one piece from your portfolio. Talk us through the problem, your own "
    "part in it and what you would change now.",
    "teaching_demo": "Teach us something from your field in ten minutes. How would you check that "
    "we had understood it?",
    "clinical_scenario": "We'll give you a practical scenario from the job, such as a shift where "
    "several things go wrong at once. Talk us through your first five minutes.",
    "group_exercise": "In a group exercise with other candidates, how do you make sure your "
    "contribution counts without taking over?",
}


def formats_for(area_id: str, panel: frozenset[str]) -> list[PracticalFormat]:
    """Formats used for the area: those listing it earliest first, then those the panel runs."""
    found = [f for f in question_bank.practical_formats() if area_id in f.skills]
    return sorted(
        found, key=lambda f: (f.skills.index(area_id), -len(panel & set(f.interviewer_kinds)))
    )


def practical_candidates(role: Role) -> list[Candidate]:
    if role.general or not role.areas or role.areas[0].score < MIN_AREA_SCORE:
        return []
    area = role.areas[0]
    formats = [f for f in formats_for(area.id, role.panel) if f.id in PROMPTS]
    if not formats:
        return []
    fmt = formats[0]
    article = "An" if fmt.name[0].lower() in "aeiou" else "A"
    reason = area_reason(area, lead=f"{article} {in_sentence(fmt.name)} is common in")
    return [
        Candidate(
            id=fmt.id,
            text=PROMPTS[fmt.id].format(area=in_sentence(area.name)),
            kind="practical",
            group="technical",
            competencies=fmt.competencies[:2],
            skills=(area.id,),
            follow_ups=FOLLOW_UPS,
            score=PRACTICAL_SCORE,
            why=reason,
            topic="practical",
        )
    ]
