"""The interview-day pack: everything for the day on a few printed pages, drawn from every area.

`build_pack` gathers the sections (each empty one is simply left out by the template);
`pack_html` renders them for the browser or for the PDF engine; `pack_pdf` makes the PDF.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from django.template.loader import render_to_string
from django.utils import timezone

from roundtwo.ask.models import AskQuestion
from roundtwo.documents.models import ChecklistItem, DayPack
from roundtwo.engines.asking import AskContext
from roundtwo.engines.fit import FitRow
from roundtwo.engines.panel import MemberPlan, PanelPlan
from roundtwo.opportunities.models import Format, Opportunity
from roundtwo.panel.services import panel_plan
from roundtwo.plan.services import panel_people
from roundtwo.research.fit import fit_matrix
from roundtwo.research.models import Item
from roundtwo.resume.evidence import has_evidence
from roundtwo.stories.models import Story

S = Item.Section
PageSize = Literal["A4", "Letter"]
Report = Callable[[int, str], None]
CSS_PATH = Path(__file__).parent / "static" / "documents" / "pack.css"
MAX_STORIES = 5
MAX_FIT = 6
MAX_GAPS = 3
STAR_WORDS = 35
COMPANY_SECTIONS = (
    (S.MISSION, "Mission"),
    (S.VALUE, "Values"),
    (S.GOAL, "Priorities"),
    (S.RECENT, "Recent developments"),
)


@dataclass(frozen=True)
class PersonSection:
    name: str
    title: str
    kind: str
    perspective: str
    questions: tuple[str, ...]
    suggested: bool  # the planner's suggestions: the user has planned none for this person
    lead_stories: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoryBullets:
    title: str
    parts: tuple[tuple[str, str], ...]  # ("Situation", "shortened text")


@dataclass(frozen=True)
class FitLine:
    requirement: str
    status: str  # "covered", "partly", "not_covered"
    detail: str  # the best evidence, or what to prepare for a gap


@dataclass(frozen=True)
class Pack:
    opportunity: Opportunity
    made_at: dt.datetime
    logistics: tuple[tuple[str, str], ...]
    people: tuple[PersonSection, ...]
    company: tuple[tuple[str, tuple[Item, ...]], ...]
    stories: tuple[StoryBullets, ...]
    fit: tuple[FitLine, ...]
    questions: tuple[str, ...]
    checklist: tuple[ChecklistItem, ...]
    notes: tuple[str, ...] = field(default=())


def day_pack(opportunity: Opportunity) -> DayPack:
    """The saved settings, or unsaved defaults: reading the pack never writes."""
    found = DayPack.objects.filter(opportunity=opportunity).first()
    return found or DayPack(opportunity=opportunity)


def build_pack(opportunity: Opportunity, report: Report | None = None) -> Pack:
    step = report or (lambda _progress, _message: None)
    step(10, "Planning each interviewer's section")
    planned = planned_questions(opportunity)
    plan = _plan(opportunity, planned)
    people, leads = _people(plan.members, planned)
    step(40, "Matching your evidence to the role")
    fit = _fit(opportunity)
    step(60, "Collecting your stories and the company facts")
    return Pack(
        opportunity=opportunity,
        made_at=timezone.now(),
        logistics=logistics(opportunity, [p.name for p in people]),
        people=people,
        company=_company(opportunity),
        stories=_stories(opportunity, leads),
        fit=fit,
        questions=_questions(opportunity, {p.name for p in people}),
        checklist=tuple(opportunity.checklist_items.all()),
    )


def logistics(opportunity: Opportunity, names: list[str]) -> tuple[tuple[str, str], ...]:
    rows = [("When", when(opportunity)), ("Format", opportunity.get_format_display())]
    if opportunity.location:
        label = "Where" if opportunity.format == Format.ONSITE else "Location"
        rows.append((label, opportunity.location))
    if opportunity.meeting_link:
        rows.append(("How to join", opportunity.meeting_link))
    ask_for = day_pack(opportunity).ask_for
    if ask_for:
        rows.append(("Ask for", ask_for))
    if names:
        rows.append(("You will meet", ", ".join(names)))
    return tuple((label, value) for label, value in rows if value)


def when(opportunity: Opportunity) -> str:
    day = opportunity.interview_date
    if day is None:
        return ""
    text = f"{day:%A} {day.day} {day:%B %Y}"
    if opportunity.interview_time is None:
        return f"{text} (no time entered yet)"
    start = opportunity.interview_time
    zone = opportunity.time_zone or "UTC"
    try:
        label = dt.datetime.combine(day, start, zoneinfo.ZoneInfo(zone)).strftime("%Z")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        label = ""
    abbreviation = f", {label}" if label and label != zone else ""
    return f"{text}, {start:%H:%M} ({zone}{abbreviation})"


def planned_questions(opportunity: Opportunity) -> dict[str, list[str]]:
    """The user's own round-two questions per interviewer id (as the panel planner names them)."""
    planned: dict[str, list[str]] = {}
    for q in opportunity.ask_questions.all():
        if q.round_number == 2 and q.interviewer_id is not None:
            planned.setdefault(str(q.interviewer_id), []).append(q.text)
    return planned


def _plan(opportunity: Opportunity, planned: dict[str, list[str]]) -> PanelPlan:
    people = panel_people(opportunity)
    if any(str(p.pk) not in planned for p in people):
        return panel_plan(opportunity)  # someone gets the planner's suggestions: the full check
    # Everyone has questions of the user's own, so the planner's suggestions go unused; checking
    # them against everything known was most of the pack's time (bench/pack): a bare context.
    bare = AskContext(kind="other", role_title=opportunity.role_title, company=opportunity.company)
    return panel_plan(opportunity, known=bare)


def _people(
    members: tuple[MemberPlan, ...], planned: dict[str, list[str]]
) -> tuple[tuple[PersonSection, ...], list[str]]:
    sections, leads = [], []
    for m in members:
        own = planned.get(m.member.id, [])
        suggested = tuple(s.question for s in m.questions_to_ask)
        titles = tuple(story.title for story, _ in m.lead_stories)
        leads += [story.id for story, _ in m.lead_stories]
        sections.append(
            PersonSection(
                name=m.member.name,
                title=m.member.title,
                kind=m.member.kind,
                perspective=m.perspective,
                questions=tuple(own) or suggested,
                suggested=not own and bool(suggested),
                lead_stories=titles,
            )
        )
    return tuple(sections), leads


def _company(opportunity: Opportunity) -> tuple[tuple[str, tuple[Item, ...]], ...]:
    items = list(opportunity.research_items.all())
    groups = [
        (label, tuple(i for i in items if i.section == section))
        for section, label in COMPANY_SECTIONS
    ]
    return tuple((label, found) for label, found in groups if found)


def _stories(opportunity: Opportunity, leads: list[str]) -> tuple[StoryBullets, ...]:
    """The stories the panel plan leads with, then the best scored, then the rest."""
    stories = list(Story.objects.filter(owner_id=opportunity.owner_id))
    lead_rank = {pk: i for i, pk in enumerate(dict.fromkeys(leads))}
    stories.sort(key=lambda s: (lead_rank.get(str(s.pk), len(lead_rank)), -(s.score or -1)))
    return tuple(star_bullets(s) for s in stories[:MAX_STORIES])


def star_bullets(story: Story) -> StoryBullets:
    result = " ".join(p for p in (story.result, story.metrics) if p)
    parts = [
        ("Situation", story.situation),
        ("Task", story.task),
        ("Action", story.action),
        ("Result", result),
    ]
    kept = tuple((label, shorten(text)) for label, text in parts if text.strip())
    if not kept and story.free_text.strip():
        kept = (("Story", shorten(story.free_text, STAR_WORDS * 2)),)
    return StoryBullets(story.title, kept)


def shorten(text: str, words: int = STAR_WORDS) -> str:
    """The first sentences up to about `words` words: a prompt for memory, not a script."""
    flat = " ".join(text.split())
    sentences = re.split(r"(?<=[.!?])\s+", flat)
    kept: list[str] = []
    for sentence in sentences:
        if kept and len(" ".join([*kept, sentence]).split()) > words:
            break
        kept.append(sentence)
    out = " ".join(kept)
    tokens = out.split()
    return out if len(tokens) <= words else " ".join(tokens[:words]) + "…"


def _fit(opportunity: Opportunity) -> tuple[FitLine, ...]:
    """Strongest matches first, then the must-haves still uncovered with what to prepare."""
    if not has_evidence(opportunity.owner):
        return ()
    rows = fit_matrix(opportunity, opportunity.owner)
    strong = sorted(
        (r for r in rows if r.status != "not_covered"),
        key=lambda r: (r.status != "covered", -r.score),
    )
    gaps = [r for r in rows if r.status == "not_covered" and r.kind == "must"]
    return tuple(_fit_line(r) for r in strong[:MAX_FIT]) + tuple(
        _fit_line(r) for r in gaps[:MAX_GAPS]
    )


def _fit_line(row: FitRow) -> FitLine:
    if row.matches:
        best = row.matches[0]
        detail = f"{shorten(best.text, 25)} ({best.source})"
    else:
        detail = row.suggestion or ""
    return FitLine(row.requirement, row.status, detail)


def _questions(opportunity: Opportunity, people: set[str]) -> tuple[str, ...]:
    """Questions for anyone on the panel; with no panel entered, every round-two question."""
    rows: list[AskQuestion] = [q for q in opportunity.ask_questions.all() if q.round_number == 2]
    if people:
        rows = [q for q in rows if q.interviewer_id is None]
    return tuple(q.text for q in rows)


def pack_html(pack: Pack, *, for_pdf: bool = False, page_size: PageSize = "A4") -> str:
    """One document for both: the browser links the stylesheet, the PDF engine gets it inline."""
    context = {
        "pack": pack,
        "opportunity": pack.opportunity,
        "for_pdf": for_pdf,
        "inline_css": CSS_PATH.read_text(encoding="utf-8") if for_pdf else "",
        "page_size": page_size,
    }
    return render_to_string("documents/pack.html", context)


def pack_pdf(opportunity: Opportunity, page_size: PageSize, report: Report | None = None) -> bytes:
    from roundtwo.engines.pdf import html_to_pdf

    step = report or (lambda _progress, _message: None)
    html = pack_html(build_pack(opportunity, step), for_pdf=True, page_size=page_size)
    step(75, "Laying out the pages")
    return html_to_pdf(html, page_size=page_size)
