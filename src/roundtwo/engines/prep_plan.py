"""The dated prep plan: what to do on which day, scheduled by the time left before the interview.

The wording of every task lives in knowledge/plan_tasks.json. This module only chooses the
templates that fit the opportunity, fills them in and gives each one a due date, so the text can
improve without touching the scheduling rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal, TypeVar

from roundtwo import knowledge
from roundtwo.engines.areas import AREA_KEYS, AreaKey
from roundtwo.engines.interviewers import KINDS, InterviewerRef, Kind

Mode = Literal["past", "same_day", "compressed", "standard", "extended"]
Phase = Literal[
    "research", "prepare", "rehearse", "day_before", "interview_day", "debrief", "after"
]
Scope = Literal["once", "each_interviewer", "each_kind", "no_panel"]
Format = Literal["onsite", "video", "phone"]

MODES: tuple[Mode, ...] = ("past", "same_day", "compressed", "standard", "extended")
# Phases in the order they happen; the order also breaks ties between tasks due the same day.
PHASES: tuple[Phase, ...] = (
    "research", "prepare", "rehearse", "day_before", "interview_day", "debrief", "after"
)  # fmt: skip
SCOPES: tuple[Scope, ...] = ("once", "each_interviewer", "each_kind", "no_panel")
FORMATS: tuple[Format, ...] = ("onsite", "video", "phone")

# Spread over the working days between today and the day before the interview.
WORK_PHASES: frozenset[Phase] = frozenset({"research", "prepare", "rehearse"})
# Once the interview has started (or passed) only these phases still make sense.
LATE_PHASES: Mapping[Mode, frozenset[Phase]] = {
    "past": frozenset({"debrief", "after"}),
    "same_day": frozenset({"interview_day", "debrief", "after"}),
}
# Which placeholders each scope can fill in; the data tests check the JSON against this.
PLACEHOLDERS: Mapping[Scope, frozenset[str]] = {
    "once": frozenset({"company", "role"}),
    "no_panel": frozenset({"company", "role"}),
    "each_interviewer": frozenset({"company", "role", "name", "title", "who"}),
    "each_kind": frozenset({"company", "role", "names"}),
}

# Minutes a day each mode plans for: short notice earns a bigger day, a long runway a calmer one.
BUDGETS: Mapping[Mode, int] = {
    "past": 30,
    "same_day": 45,
    "compressed": 120,
    "standard": 60,
    "extended": 45,
}
# A standard plan with fewer days has less slack, so its days are longer: (up to days, minutes).
STANDARD_BUDGETS: tuple[tuple[int, int], ...] = ((7, 90), (10, 75))
COMPRESSED_MAX_DAYS = 3
STANDARD_MAX_DAYS = 14

_T = TypeVar("_T", bound=str)


@dataclass(frozen=True)
class PlanRequest:
    today: date
    interview_date: date
    interviewers: tuple[InterviewerRef, ...]  # the round-two panel; may be empty
    format: str  # "onsite" | "video" | "phone"
    company: str = ""
    role_title: str = ""


@dataclass(frozen=True)
class PlannedTask:
    key: str  # stable across rebuilds, so the app can keep what the user ticked
    title: str
    detail: str
    area: AreaKey
    due: date
    minutes: int


@dataclass(frozen=True)
class Plan:
    mode: Mode
    days_left: int  # negative once the interview has passed
    daily_minutes: int
    tasks: tuple[PlannedTask, ...]
    summary: str


@dataclass(frozen=True)
class TaskTemplate:
    key: str
    title: str
    detail: str
    area: AreaKey
    minutes: int
    priority: int  # 1 essential, 2 important, 3 worth it when there is time
    phase: Phase
    scope: Scope
    for_kinds: tuple[Kind, ...]  # empty: any kind (each_interviewer) or no filter
    for_formats: tuple[Format, ...]  # empty: every format
    modes: tuple[Mode, ...]  # empty: every mode in which the phase takes place


@dataclass(frozen=True)
class _Draft:
    """A filled-in template waiting for its due date."""

    template: TaskTemplate
    key: str
    title: str
    detail: str


def build_plan(request: PlanRequest) -> Plan:
    """Choose, fill in and date the tasks for the time left before the interview."""
    days_left = (request.interview_date - request.today).days
    mode = mode_for(days_left)
    budget = _budget(mode, days_left)
    drafts = _drafts(request, mode)
    fixed = [(d, _fixed_due(d.template.phase, request, mode)) for d in drafts if not _is_work(d)]
    work = [d for d in drafts if _is_work(d)]
    dated = fixed + _schedule_work(work, request.today, days_left, budget, fixed, mode)
    order = {draft.key: index for index, draft in enumerate(drafts)}
    dated.sort(key=lambda pair: (pair[1], order[pair[0].key]))
    tasks = tuple(_planned(draft, due) for draft, due in dated)
    last_prep_day = max(request.today, request.interview_date)
    daily = max(budget, _round_up(_heaviest_day(tasks, last_prep_day), 15))
    return Plan(mode, days_left, daily, tasks, _summary(mode, days_left, daily))


def mode_for(days_left: int) -> Mode:
    """The kind of plan that fits the days left; the guide uses the same thresholds."""
    if days_left < 0:
        return "past"
    if days_left == 0:
        return "same_day"
    if days_left <= COMPRESSED_MAX_DAYS:
        return "compressed"
    return "standard" if days_left <= STANDARD_MAX_DAYS else "extended"


def normalize_format(value: str) -> Format | None:
    """Accept "On-site", "on site" or "onsite"; anything unknown gets no format-specific tasks."""
    cleaned = value.strip().lower().replace("-", "").replace(" ", "")
    return _member(cleaned, FORMATS) if cleaned in FORMATS else None


def normalize_panel(interviewers: Iterable[InterviewerRef]) -> tuple[InterviewerRef, ...]:
    """Trimmed names, no blanks, each person once: task keys are built from the names."""
    seen: set[str] = set()
    panel: list[InterviewerRef] = []
    for person in interviewers:
        name = " ".join(person.name.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            panel.append(InterviewerRef(name=name, kind=person.kind, title=person.title.strip()))
    return tuple(panel)


def join_names(names: Iterable[str]) -> str:
    """Names as a person writes them: "Ana", "Ana and Ben", "Ana, Ben and Cy"."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


@cache
def task_templates() -> tuple[TaskTemplate, ...]:
    """All templates from the data file, in phase order (stable within a phase)."""
    raw = knowledge.load("plan_tasks")["templates"]
    parsed = [_parse_template(item) for item in raw]
    return tuple(sorted(parsed, key=lambda t: PHASES.index(t.phase)))


def _parse_template(raw: Mapping[str, Any]) -> TaskTemplate:
    return TaskTemplate(
        key=str(raw["key"]),
        title=str(raw["title"]),
        detail=str(raw["detail"]),
        area=_member(raw["area"], AREA_KEYS),
        minutes=int(raw["minutes"]),
        priority=int(raw["priority"]),
        phase=_member(raw["phase"], PHASES),
        scope=_member(raw["scope"], SCOPES),
        for_kinds=tuple(_member(k, KINDS) for k in raw["for_kinds"]),
        for_formats=tuple(_member(f, FORMATS) for f in raw["for_formats"]),
        modes=tuple(_member(m, MODES) for m in raw["modes"]),
    )


def _member(value: object, allowed: tuple[_T, ...]) -> _T:
    """Narrow a value read from JSON to one of the allowed literals, or fail loudly."""
    for option in allowed:
        if value == option:
            return option
    raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")


def _drafts(request: PlanRequest, mode: Mode) -> list[_Draft]:
    panel = normalize_panel(request.interviewers)
    fmt = normalize_format(request.format)
    base = {
        "company": request.company.strip() or "the company",
        "role": request.role_title.strip() or "the role",
    }
    chosen = [t for t in task_templates() if _fits(t, mode, fmt)]
    return [draft for t in chosen for draft in _expand(t, panel, base)]


def _fits(template: TaskTemplate, mode: Mode, fmt: Format | None) -> bool:
    if mode in LATE_PHASES and template.phase not in LATE_PHASES[mode]:
        return False
    if template.modes and mode not in template.modes:
        return False
    if template.for_formats and fmt not in template.for_formats:
        return False
    # Short notice keeps only the essentials; the interview day and follow-up are never cut.
    preparing = template.phase in WORK_PHASES or template.phase == "day_before"
    return not (mode == "compressed" and preparing and template.priority > 1)


def _expand(
    template: TaskTemplate, panel: tuple[InterviewerRef, ...], base: Mapping[str, str]
) -> list[_Draft]:
    if template.scope == "once":
        return [_fill(template, template.key, base)]
    if template.scope == "no_panel":
        return [] if panel else [_fill(template, template.key, base)]
    if template.scope == "each_interviewer":
        people = [p for p in panel if not template.for_kinds or p.kind in template.for_kinds]
        return [_fill(template, f"{template.key}:{p.name}", {**base, **_person(p)}) for p in people]
    # each_kind: one task for everyone of those kinds, since the preparation is the same.
    names = [p.name for p in panel if p.kind in template.for_kinds]
    return [_fill(template, template.key, {**base, "names": join_names(names)})] if names else []


def _person(person: InterviewerRef) -> dict[str, str]:
    who = f"{person.name}, {person.title}" if person.title else person.name
    return {"name": person.name, "title": person.title or "their role", "who": who}


def _fill(template: TaskTemplate, key: str, values: Mapping[str, str]) -> _Draft:
    # format_map does not re-read substituted values, so braces in a name stay literal.
    title = template.title.format_map(values)
    return _Draft(template, key, title, template.detail.format_map(values))


def _is_work(draft: _Draft) -> bool:
    return draft.template.phase in WORK_PHASES


def _fixed_due(phase: Phase, request: PlanRequest, mode: Mode) -> date:
    if mode == "past":
        return request.today  # late is better than never for a debrief and a thank-you
    if phase == "day_before":
        return request.interview_date - timedelta(days=1)
    if phase == "after":
        return request.interview_date + timedelta(days=1)
    return request.interview_date


def _budget(mode: Mode, days_left: int) -> int:
    if mode == "standard":
        longer = [minutes for up_to, minutes in STANDARD_BUDGETS if days_left <= up_to]
        return longer[0] if longer else BUDGETS[mode]
    return BUDGETS[mode]


def _schedule_work(
    work: list[_Draft],
    today: date,
    days_left: int,
    budget: int,
    fixed: list[tuple[_Draft, date]],
    mode: Mode,
) -> list[tuple[_Draft, date]]:
    """Date research, stories and rehearsal across the working days before the interview."""
    # Short notice needs every day, so the day-before shares its day with the logistics;
    # otherwise the day before is kept light for documents, logistics and rest.
    days = days_left if mode == "compressed" else max(1, days_left - 1)
    preload = [0] * days
    for draft, due in fixed:
        if 0 <= (due - today).days < days:
            preload[(due - today).days] += draft.template.minutes
    if mode == "extended":
        kept = work  # a long runway has room for everything, at a slightly longer day if need be
        offsets = _spread([d.template.minutes for d in kept], preload, budget)
    else:
        kept, offsets = _fit(work, preload, budget)
    return [(d, today + timedelta(days=i)) for d, i in zip(kept, offsets, strict=True)]


def _fit(work: list[_Draft], preload: list[int], budget: int) -> tuple[list[_Draft], list[int]]:
    """Cut optional tasks until the days stay within the budget, or only essentials remain."""
    kept = _trim(work, budget * len(preload) - sum(preload))
    while True:
        offsets = _spread([d.template.minutes for d in kept], preload, budget)
        if _peak(kept, offsets, preload) <= budget or all(d.template.priority == 1 for d in kept):
            return kept, offsets
        # Minutes that fit on paper can still fail to pack into whole days: cut one more.
        kept = _trim(kept, sum(d.template.minutes for d in kept) - 1)


def _peak(kept: list[_Draft], offsets: list[int], preload: list[int]) -> int:
    return _loads_peak([d.template.minutes for d in kept], offsets, preload)


def _loads_peak(minutes: list[int], offsets: list[int], preload: list[int]) -> int:
    loads = list(preload)
    for m, day in zip(minutes, offsets, strict=True):
        loads[day] += m
    return max(loads)


def _trim(work: list[_Draft], capacity: int) -> list[_Draft]:
    """Drop optional tasks until the work fits; essentials (priority 1) always stay.

    The least important go first, taken from the phase with the most minutes left, so a short
    plan still keeps some rehearsal instead of losing the whole last phase.
    """
    kept = list(work)
    while sum(d.template.minutes for d in kept) > capacity:
        optional = [i for i, d in enumerate(kept) if d.template.priority > 1]
        if not optional:
            break  # the essentials overflow: the plan's daily figure says so honestly
        per_phase = _minutes_per_phase(kept)
        del kept[max(optional, key=lambda i: _cut_rank(kept[i], per_phase, i))]
    return kept


def _minutes_per_phase(drafts: list[_Draft]) -> dict[Phase, int]:
    totals: dict[Phase, int] = {}
    for draft in drafts:
        totals[draft.template.phase] = totals.get(draft.template.phase, 0) + draft.template.minutes
    return totals


def _cut_rank(draft: _Draft, per_phase: Mapping[Phase, int], index: int) -> tuple[int, int, int]:
    return (draft.template.priority, per_phase[draft.template.phase], index)


def _spread(minutes: list[int], preload: list[int], budget: int) -> list[int]:
    """A day offset per task, in order, with the daily load as even and as low as it can be.

    Starts from the budget (or the bare minimum if that is higher) and raises the daily cap in
    small steps until nothing spills over onto the last day.
    """
    if not minutes:
        return []
    days = len(preload)
    cap = max(budget, *minutes, _round_up(sum(minutes) + sum(preload), days) // days)
    while True:
        offsets = _place(minutes, preload, cap)
        if _loads_peak(minutes, offsets, preload) <= cap:
            return offsets
        cap += 5


def _place(minutes: list[int], preload: list[int], cap: int) -> list[int]:
    """Put each task on the day where its midpoint falls on the evenly divided timeline.

    That keeps research early and rehearsal on the last days, and leaves no gap in front of a
    pile. A day that is already full pushes the task to the next one.
    """
    days, total = len(preload), sum(minutes)
    offsets: list[int] = []
    day, load, before = 0, preload[0], 0
    for m in minutes:
        ideal = min(days - 1, (2 * before + m) * days // (2 * total))
        if ideal > day:
            day, load = ideal, preload[ideal]
        while load + m > cap and day < days - 1:
            day += 1
            load = preload[day]
        offsets.append(day)
        load += m
        before += m
    return offsets


def _planned(draft: _Draft, due: date) -> PlannedTask:
    t = draft.template
    return PlannedTask(draft.key, draft.title, draft.detail, t.area, due, t.minutes)


def _heaviest_day(tasks: tuple[PlannedTask, ...], until: date) -> int:
    """The busiest day up to the interview; the thank-you day after is not preparation."""
    per_day: dict[date, int] = {}
    for task in tasks:
        if task.due <= until:
            per_day[task.due] = per_day.get(task.due, 0) + task.minutes
    return max(per_day.values(), default=0)


def _round_up(minutes: int, step: int) -> int:
    return -(-minutes // step) * step


def _summary(mode: Mode, days_left: int, daily_minutes: int) -> str:
    texts = knowledge.load("plan_tasks")
    when = texts["when"]
    if days_left < 0:
        phrase = when["past_one"] if days_left == -1 else when["past_many"]
    elif days_left <= 1:
        phrase = when["today"] if days_left == 0 else when["tomorrow"]
    else:
        phrase = when["future"]
    filled = phrase.format(days=abs(days_left))
    return str(texts["summaries"][mode].format(when=filled, minutes=daily_minutes))
