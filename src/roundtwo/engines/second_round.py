"""The "Understand the second round" guide: what round two looks for, tailored to one opportunity.

The text lives in knowledge/second_round.json. This module picks the parts that apply (the kinds
of people on the panel, the format, the time left) and fills in names, company and role.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from roundtwo import knowledge
from roundtwo.engines.interviewers import KINDS, InterviewerRef
from roundtwo.engines.prep_plan import join_names, mode_for, normalize_format, normalize_panel


@dataclass(frozen=True)
class Section:
    heading: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class Guide:
    what_it_assesses: tuple[Section, ...]  # general: the same for every opportunity
    for_you: tuple[str, ...]  # sentences about this opportunity, most specific first
    how_to_prepare: tuple[Section, ...]  # one section per workspace area, with tailored extras


def build_guide(
    *,
    company: str,
    role_title: str,
    interviewers: tuple[InterviewerRef, ...],
    format: str,
    days_left: int | None,
) -> Guide:
    """The guide for one opportunity; days_left is None while no interview date is set."""
    data = knowledge.load("second_round")
    panel = normalize_panel(interviewers)
    fmt = normalize_format(format) or "unknown"
    for_you = [
        _opening(data, company.strip(), role_title.strip()),
        *_panel_lines(data, panel),
        data["formats"][fmt]["line"],
        _timing_line(data["timing"], days_left),
    ]
    return Guide(
        what_it_assesses=tuple(_section(raw) for raw in data["what_it_assesses"]),
        for_you=tuple(str(line) for line in for_you),
        how_to_prepare=_how_to_prepare(data, panel, fmt),
    )


def _opening(data: Mapping[str, Any], company: str, role: str) -> str:
    variant = (
        "both" if company and role else "role" if role else "company" if company else "neither"
    )
    subject = data["subjects"][variant].format(company=company, role=role)
    return str(data["opening"].format(subject=subject))


def _panel_lines(data: Mapping[str, Any], panel: tuple[InterviewerRef, ...]) -> list[str]:
    """One sentence per kind present, naming everyone of that kind together."""
    if not panel:
        return [str(data["no_panel"])]
    lines = []
    for kind in KINDS:
        names = [p.name for p in panel if p.kind == kind]
        if names:
            text = data["kinds"][kind]
            who = text["one"] if len(names) == 1 else text["many"].format(count=_count(data, names))
            lines.append(
                data["meet"].format(who=who, names=join_names(names), expect=text["expect"])
            )
    if len(panel) >= data["big_panel_from"]:
        lines.append(data["big_panel"].format(count=_count(data, panel)))
    return [str(line) for line in lines]


def _count(data: Mapping[str, Any], items: Sequence[object]) -> str:
    """Small numbers read better as words in a sentence: "two peers", not "2 peers"."""
    words: list[str] = data["numbers"]
    return words[len(items)] if len(items) < len(words) else str(len(items))


def _timing_line(timing: Mapping[str, str], days_left: int | None) -> str:
    if days_left is None:
        return timing["none"]
    # Same thresholds as the plan, so the guide and the plan never disagree about the time left.
    key = "tomorrow" if days_left == 1 else mode_for(days_left)
    return timing[key].format(days=days_left)


def _how_to_prepare(
    data: Mapping[str, Any], panel: tuple[InterviewerRef, ...], fmt: str
) -> tuple[Section, ...]:
    """The general steps, plus a question tip per kind present and a packing tip per format."""
    kinds_present = [kind for kind in KINDS if any(p.kind == kind for p in panel)]
    extras: dict[str, list[str]] = {
        "ask": [data["kinds"][kind]["ask_point"] for kind in kinds_present],
        "documents": [data["formats"][fmt]["bring_point"]],
    }
    sections = []
    for raw in data["how_to_prepare"]:
        points = [*raw["points"], *(p for p in extras.get(raw["area"], []) if p)]
        sections.append(Section(heading=str(raw["heading"]), points=tuple(map(str, points))))
    return tuple(sections)


def _section(raw: Mapping[str, Any]) -> Section:
    return Section(heading=str(raw["heading"]), points=tuple(str(p) for p in raw["points"]))
