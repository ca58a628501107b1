"""Who a panel member is, as planning sees them: their angle, what they evaluate, what they probe.

The kind gives the base (second_round.json "kinds" for what to expect, panel.json "panel" ->
"kinds" for the rest); the title adds a focus ("Head of Data" -> data strategy) and the notes
add the competencies and skills they mention ("cares about clear ownership").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from roundtwo import knowledge
from roundtwo.engines.interviewers import KINDS
from roundtwo.engines.question_bank import competencies

from .model import PanelMember

MAX_EVALUATES = 6

# Competency keywords too common in notes to mean the competency ("lead the technical part").
_AMBIGUOUS_KEYWORDS = frozenset(
    {"lead", "organi", "service", "market", "growth", "values", "trust", "vision", "drive"}
)


@dataclass(frozen=True)
class TitleFocus:
    focus: str
    competencies: tuple[str, ...]
    skills: tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    member: PanelMember
    kind: str  # one of KINDS ("other" when the member's kind is unknown)
    label: str  # "the hiring manager"
    perspective: str
    evaluates: tuple[str, ...]
    skills: tuple[str, ...]  # skill areas they are likely to probe
    focus: TitleFocus | None

    def weight(self, competency_id: str) -> float:
        """How much this person weighs a competency: 1.0 for their first, less further down."""
        if competency_id not in self.evaluates:
            return 0.0
        return max(0.4, 1.0 - 0.12 * self.evaluates.index(competency_id))


def panel_data() -> Mapping[str, Any]:
    data: Mapping[str, Any] = knowledge.load("panel")["panel"]
    return data


def kind_data(kind: str) -> Mapping[str, Any]:
    kinds: Mapping[str, Mapping[str, Any]] = panel_data()["kinds"]
    return kinds[kind if kind in kinds else "other"]


def profile(
    member: PanelMember, role_competencies: Sequence[str], role_title: str | None
) -> Profile:
    kind = member.kind if member.kind in KINDS else "other"
    focus = title_focus(member.title)
    mentioned = mentioned_competencies(member.notes)
    base: list[str] = list(kind_data(kind)["evaluates"])
    # Among the kind's usual competencies, the ones the role needs come first.
    base.sort(key=lambda c: c not in role_competencies)
    evaluates = [*mentioned, *(focus.competencies if focus else ()), *base]
    # Skills come from titles only: skill keywords in free notes are too ambiguous ("pipeline
    # design" is a data pipeline, not a sales pipeline).
    skills = [*title_skills(member.title), *title_skills(role_title or "")]
    return Profile(
        member=member,
        kind=kind,
        label=str(kind_data(kind)["label"]),
        perspective=_perspective(member, kind, focus),
        evaluates=tuple(dict.fromkeys(evaluates))[:MAX_EVALUATES],
        skills=tuple(dict.fromkeys(skills)),
        focus=focus,
    )


def _perspective(member: PanelMember, kind: str, focus: TitleFocus | None) -> str:
    guide = knowledge.load("second_round")["kinds"][kind]
    messages = panel_data()["messages"]
    who = member.name.strip() or "This interviewer"
    title = " ".join(member.title.split())
    lines = [
        f"{who}{f', {title},' if title else ''} is {guide['one']}: {guide['expect']}",
        str(kind_data(kind)["lens"]),
    ]
    if focus is not None:
        lines.append(messages["focus"].format(title=title, focus=focus.focus))
    notes = " ".join(member.notes.split())
    if notes:
        lines.append(messages["notes"].format(notes=notes))
    return " ".join(lines)


def title_focus(title: str) -> TitleFocus | None:
    """The first title rule whose words appear in the title, as whole words."""
    rules = _title_rules(title)
    return rules[0] if rules else None


def title_skills(title: str) -> tuple[str, ...]:
    """Skill areas of every title rule that matches ("Senior Data Engineer": data, software)."""
    return tuple(dict.fromkeys(s for rule in _title_rules(title) for s in rule.skills))


def _title_rules(title: str) -> list[TitleFocus]:
    low = f" {title.lower()} "
    return [
        TitleFocus(str(rule["focus"]), tuple(rule["competencies"]), tuple(rule["skills"]))
        for rule in panel_data()["titles"]
        if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low) for w in rule["words"])
    ]


def mentioned_competencies(notes: str) -> tuple[str, ...]:
    """Competencies the notes name or use a keyword of, in the order they appear."""
    low = notes.lower()
    found: list[tuple[int, str]] = []
    for cid, pattern in _competency_patterns().items():
        match = pattern.search(low)
        if match:
            found.append((match.start(), cid))
    return tuple(cid for _, cid in sorted(found))


@cache
def _competency_patterns() -> Mapping[str, re.Pattern[str]]:
    patterns = {}
    for c in competencies():
        words = [c.name.lower(), *(k for k in c.keywords if k not in _AMBIGUOUS_KEYWORDS)]
        body = "|".join(re.escape(w) for w in words)
        patterns[c.id] = re.compile(rf"(?<![\w-])(?:{body})")
    return patterns
