"""The plain-words reason shown with each suggestion: what in the posting or round one led to it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from roundtwo.engines import question_bank
from roundtwo.engines.question_bank import Question

from .competencies import CompetencyEvidence
from .role import Role
from .skill_areas import AreaEvidence
from .text import in_sentence, word_pattern

GENERAL_NOTE = "general set: nothing in the posting was specific enough to tailor it"
# Most distinctive first: an executive's favourite says more than a hiring manager's.
_PANEL_ORDER = ("executive", "department_head", "hr", "peer", "hiring_manager")
_PANEL_NAMES = {
    "executive": "executives",
    "department_head": "department heads",
    "hr": "HR interviewers",
    "peer": "future peers",
    "hiring_manager": "hiring managers",
}
CATEGORY_WHY = {
    "cultural_fit": "Second rounds test whether you would fit the team's way of working",
    "motivation_why_us": "Second rounds nearly always ask why this company and this role",
    "team_collaboration": "Second rounds look at how you would work with this team",
    "leadership_strategy": "Senior interviewers ask how you think about direction and strategy",
    "first_90_days": "Second rounds often ask how you would start: your first 90 days",
    "long_term_goals": "Second rounds ask where you want this role to take you",
}


def join(items: Sequence[str], word: str = "and") -> str:
    """Items as a phrase: a; a and b; a, b and c."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def panel_clause(question: Question, panel: Iterable[str]) -> str:
    present = set(panel) & set(question.interviewer_kinds)
    for kind in _PANEL_ORDER:
        if kind in present:
            return f"; a favourite of {_PANEL_NAMES[kind]}, who are on your panel"
    return ""


def competency_reason(found: Sequence[CompetencyEvidence]) -> str:
    """'Asks for X and Y: the posting says "..." and "..."' for the role competencies a
    question tests (at most two, its primary one first)."""
    names = join([in_sentence(e.name) for e in found[:2]])
    quotes = [f'"{e.quote}"' for e in found[:2] if e.quote]
    if quotes:
        return f"Asks for {names}: the posting says {join(quotes)}"
    return f"Asks for {names}, which the posting calls for"


def area_reason(area: AreaEvidence, *, lead: str = "Checks", question: str = "") -> str:
    shown = []
    if area.title_word:
        shown.append(f'the job title says "{area.title_word}"')
    used = [s for s in area.skills if question and word_pattern(s).search(question)]
    if used:
        shown.append(f"the posting names {join(used[:3])}, which this question uses")
    elif area.skills:
        shown.append(f"the posting names {join(list(area.skills[:3]))}")
    elif area.words and not area.title_word:
        shown.append(f'the posting mentions "{area.words[0]}"')
    return f"{lead} {in_sentence(area.name)}: {join(shown) or 'the posting points to it'}"


def matched(question: Question, role: Role) -> list[CompetencyEvidence]:
    """The role's evidence for each competency the question tests, in the question's order."""
    return [e for e in (role.evidence(c) for c in question.competencies) if e is not None]


def behavioral_why(question: Question, role: Role) -> str:
    found = matched(question, role)
    if role.general or not found:
        topic = in_sentence(question_bank.competency(question.category).name)
        note = GENERAL_NOTE if role.general else "not named in the posting, but common"
        return f"General second-round question on {topic} ({note})"
    return competency_reason(found) + panel_clause(question, role.panel)


def technical_why(question: Question, role: Role, area: AreaEvidence) -> str:
    return area_reason(area, question=question.text) + panel_clause(question, role.panel)


def second_round_why(question: Question, role: Role) -> str:
    base = CATEGORY_WHY.get(question.category, "A common second-round question")
    if role.general:
        return f"{base} ({GENERAL_NOTE})"
    found = [e for e in matched(question, role) if e.quote]
    extra = ""
    if found:
        extra = (
            f'; it also checks {in_sentence(found[0].name)} (the posting says "{found[0].quote}")'
        )
    return base + extra + panel_clause(question, role.panel)
