"""How each model of an opportunity goes into the export document and comes back.

Plain fields are written by name (dates and times as ISO 8601 strings) and read back through
the field's own parser and the model's validation, so a damaged file is refused, not half-read.
A later area adds its models by adding a `Section` to OPPORTUNITY_SECTIONS.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import models

from roundtwo.ask.models import AskQuestion
from roundtwo.documents.checklist import stored_attachment
from roundtwo.documents.models import ChecklistItem, DayPack, Reference, ReferenceBrief
from roundtwo.followup.models import Debrief, FollowUpEmail, MailSettings
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.models import PlanTask
from roundtwo.practice.models import PracticeQuestion
from roundtwo.reflect.models import LoggedQuestion, RoundDebrief
from roundtwo.rehearse.backup import dump_rehearsals, load_rehearsals
from roundtwo.research.models import Item, Source
from roundtwo.resume.models import Achievement, Experience
from roundtwo.stories.models import Story
from roundtwo.workspace.models import AreaVisit

SKIPPED = {"id", "owner", "opportunity", "updated_at", "upload"}  # upload: a pending file's bytes


def plain_fields(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    return [
        field
        for field in model._meta.concrete_fields
        if field.name not in SKIPPED and not field.is_relation
    ]


def dump_fields(instance: models.Model) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for field in plain_fields(type(instance)):
        value = getattr(instance, field.attname)
        if isinstance(value, dt.date | dt.time):
            value = value.isoformat()
        row[field.name] = value
    return row


def build(model: type[models.Model], row: dict[str, Any], **parents: Any) -> Any:
    """A validated, unsaved instance from an exported row."""
    if not isinstance(row, dict):
        raise TypeError(f"a {model._meta.verbose_name} entry is not an object")
    values = {}
    for field in plain_fields(model):
        if field.name in row:
            try:
                values[field.attname] = field.to_python(row[field.name])
            except ValidationError as error:
                raise ValueError(f"{field.name}: {error.messages[0]}") from None
    instance = model(**values, **parents)
    try:
        instance.full_clean(exclude=list(parents), validate_unique=False)
    except ValidationError as error:
        raise ValueError(f"{model._meta.verbose_name}: {_first_message(error)}") from None
    return instance


def _first_message(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        field, messages = next(iter(error.message_dict.items()))
        return f"{field}: {messages[0]}"
    return str(error.messages[0])


@dataclass(frozen=True)
class Section:
    """One list of child rows under an opportunity in the export document."""

    name: str
    dump: Callable[[Opportunity], list[dict[str, Any]]]
    load: Callable[[Opportunity, Iterable[dict[str, Any]]], None]


def dump_interviewers(opportunity: Opportunity) -> list[dict[str, Any]]:
    return [
        {**dump_fields(person), "rounds": person.round_numbers()}
        for person in opportunity.interviewers.order_by("created_at", "id")
    ]


def load_interviewers(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        person = build(Interviewer, row, opportunity=opportunity)
        person.save()
        person.rounds.set([opportunity.round(int(number)) for number in row.get("rounds", [])])


def simple_section(name: str, model: type[models.Model], related: str) -> Section:
    def dump(opportunity: Opportunity) -> list[dict[str, Any]]:
        rows = getattr(opportunity, related).order_by("id")
        return [dump_fields(row) for row in rows]

    def load(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
        model._default_manager.bulk_create(
            [build(model, row, opportunity=opportunity) for row in rows]
        )

    return Section(name, dump, load)


def dump_logged_questions(opportunity: Opportunity) -> list[dict[str, Any]]:
    """Follow-ups point at their question by its index in this list, not by a database id."""
    entries = list(opportunity.logged_questions.order_by("position", "id"))
    index: dict[int | None, int] = {entry.pk: i for i, entry in enumerate(entries)}
    return [
        {**dump_fields(entry), "follow_up_of": index.get(entry.follow_up_of_id)}
        for entry in entries
    ]


def load_logged_questions(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
    saved: list[LoggedQuestion] = []
    for row in rows:
        entry = build(LoggedQuestion, row, opportunity=opportunity)
        parent = row.get("follow_up_of")
        if isinstance(parent, int) and 0 <= parent < len(saved):
            entry.follow_up_of = saved[parent]
        entry.save()
        saved.append(entry)


def dump_debrief(opportunity: Opportunity) -> list[dict[str, Any]]:
    debrief = RoundDebrief.objects.filter(opportunity=opportunity).first()
    return [dump_fields(debrief)] if debrief else []


def load_debrief(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
    for row in list(rows)[:1]:
        build(RoundDebrief, row, opportunity=opportunity).save()


def dump_research(opportunity: Opportunity) -> list[dict[str, Any]]:
    """Sources with the facts they gave; the user's own facts under a null source."""
    sources = list(opportunity.sources.order_by("id"))
    rows: list[dict[str, Any]] = [
        {**dump_fields(source), "items": [dump_fields(i) for i in source.items.order_by("id")]}
        for source in sources
    ]
    own = opportunity.research_items.filter(source__isnull=True).order_by("id")
    rows.append({"source": None, "items": [dump_fields(item) for item in own]})
    return rows


def load_research(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        source = None
        if row.get("source", "") is not None:
            fields = {k: v for k, v in row.items() if k != "items"}
            source = build(Source, fields, opportunity=opportunity)
            source.save()
        Item.objects.bulk_create(
            build(Item, item, opportunity=opportunity, source=source) for item in row["items"]
        )


def dump_ask(opportunity: Opportunity) -> list[dict[str, Any]]:
    """Each question names its interviewer; names are unique within an opportunity."""
    return [
        {**dump_fields(q), "interviewer": q.interviewer.name if q.interviewer else None}
        for q in opportunity.ask_questions.select_related("interviewer").order_by("id")
    ]


def load_ask(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
    people = {p.name: p for p in opportunity.interviewers.all()}
    AskQuestion.objects.bulk_create(
        build(
            AskQuestion,
            row,
            opportunity=opportunity,
            interviewer=people.get(row.get("interviewer") or ""),
        )
        for row in rows
    )


def story_key(story: Story | None) -> list[str] | None:
    """A story is named by its title and creation time: stories live outside opportunities."""
    return [story.title, story.created_at.isoformat()] if story else None


def dump_practice(opportunity: Opportunity) -> list[dict[str, Any]]:
    rows = opportunity.practice_questions.select_related("story").order_by("position", "id")
    return [{**dump_fields(q), "story": story_key(q.story)} for q in rows]


def load_practice(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
    stories = {tuple(story_key(s) or ()): s for s in Story.objects.filter(owner=opportunity.owner)}
    PracticeQuestion.objects.bulk_create(
        build(
            PracticeQuestion,
            row,
            opportunity=opportunity,
            story=stories.get(tuple(row.get("story") or ())),
        )
        for row in rows
    )


def dump_followup(model: type[Debrief] | type[FollowUpEmail], related: str) -> Section:
    """Debriefs and follow-up emails name their interviewer, like the questions to ask."""

    def dump(opportunity: Opportunity) -> list[dict[str, Any]]:
        rows = getattr(opportunity, related).select_related("interviewer").order_by("id")
        return [{**dump_fields(row), "interviewer": row.interviewer.name} for row in rows]

    def load(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
        people = {p.name: p for p in opportunity.interviewers.all()}
        model._default_manager.bulk_create(
            build(model, row, opportunity=opportunity, interviewer=people[row["interviewer"]])
            for row in rows
        )

    return Section(related, dump, load)


def dump_checklist(opportunity: Opportunity) -> list[dict[str, Any]]:
    """Attached files stay in the data folder: the export names them, it does not carry them."""
    rows = opportunity.checklist_items.order_by("position", "id")
    return [{**dump_fields(item), "attachment": item.attachment.name or ""} for item in rows]


def load_checklist(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
    items = []
    for row in rows:
        item = build(ChecklistItem, {**row, "attachment": ""}, opportunity=opportunity)
        item.attachment = stored_attachment(row.get("attachment"))
        items.append(item)
    ChecklistItem.objects.bulk_create(items)


def reference_key(reference: Reference) -> list[str]:
    """Like a story, a reference lives outside opportunities: named by name and creation time."""
    return [reference.name, reference.created_at.isoformat()]


def dump_reference_briefs(opportunity: Opportunity) -> list[dict[str, Any]]:
    rows = opportunity.reference_briefs.select_related("reference").order_by("id")
    return [{**dump_fields(b), "reference": reference_key(b.reference)} for b in rows]


def load_reference_briefs(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
    owned = Reference.objects.filter(owner_id=opportunity.owner_id)
    references = {tuple(reference_key(r)): r for r in owned}
    ReferenceBrief.objects.bulk_create(
        build(
            ReferenceBrief,
            row,
            opportunity=opportunity,
            reference=references[tuple(row["reference"])],
        )
        for row in rows
    )


def dump_day_pack(opportunity: Opportunity) -> list[dict[str, Any]]:
    pack = DayPack.objects.filter(opportunity=opportunity).first()
    return [dump_fields(pack)] if pack else []


def load_day_pack(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
    for row in list(rows)[:1]:
        build(DayPack, row, opportunity=opportunity).save()


OPPORTUNITY_SECTIONS: list[Section] = [
    Section("interviewers", dump_interviewers, load_interviewers),
    simple_section("plan_tasks", PlanTask, "plan_tasks"),
    simple_section("area_visits", AreaVisit, "area_visits"),
    Section("round_one_questions", dump_logged_questions, load_logged_questions),
    Section("round_one_debrief", dump_debrief, load_debrief),
    Section("research", dump_research, load_research),
    Section("practice_questions", dump_practice, load_practice),
    Section("ask_questions", dump_ask, load_ask),
    Section("checklist", dump_checklist, load_checklist),
    Section("reference_briefs", dump_reference_briefs, load_reference_briefs),
    Section("day_pack", dump_day_pack, load_day_pack),
    dump_followup(Debrief, "followup_debriefs"),
    dump_followup(FollowUpEmail, "followup_emails"),
    Section("rehearsals", dump_rehearsals, load_rehearsals),
]


def dump_stories(user: User) -> list[dict[str, Any]]:
    return [dump_fields(story) for story in Story.objects.filter(owner=user).order_by("id")]


def load_stories(user: User, rows: list[dict[str, Any]]) -> None:
    Story.objects.bulk_create(build(Story, row, owner=user) for row in rows)


def dump_references(user: User) -> list[dict[str, Any]]:
    """References, with the stories they vouch for named by story_key."""
    rows = Reference.objects.filter(owner=user).prefetch_related("stories").order_by("id")
    return [
        {**dump_fields(r), "stories": [story_key(s) for s in r.stories.order_by("id")]}
        for r in rows
    ]


def load_references(user: User, rows: list[dict[str, Any]]) -> None:
    """After the stories, before the opportunities whose briefs name them."""
    stories = {tuple(story_key(s) or ()): s for s in Story.objects.filter(owner=user)}
    for row in rows:
        reference = build(Reference, row, owner=user)
        reference.save()
        keys = [tuple(key) for key in row.get("stories", [])]
        reference.stories.set([stories[key] for key in keys if key in stories])


def dump_mail_settings(user: User) -> dict[str, Any] | None:
    """Your name, sender and server; never the password, which stays on this machine."""
    row = MailSettings.objects.filter(owner=user).first()
    if row is None:
        return None
    return {k: v for k, v in dump_fields(row).items() if k != "smtp_password"}


def load_mail_settings(user: User, row: dict[str, Any] | None) -> None:
    """A password saved here before the import is kept: the file never carries one."""
    kept = MailSettings.objects.filter(owner=user).values_list("smtp_password", flat=True).first()
    MailSettings.objects.filter(owner=user).delete()
    if row:
        settings = build(MailSettings, {**row, "smtp_password": kept or ""}, owner=user)
        settings.save()


def dump_experiences(user: User) -> list[dict[str, Any]]:
    """The resume: user-level evidence, shared by every opportunity."""
    experiences = Experience.objects.filter(owner=user).prefetch_related("achievements")
    return [
        {**dump_fields(e), "achievements": [a.text for a in e.achievements.all()]}
        for e in experiences.order_by("position", "id")
    ]


def load_experiences(user: User, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        experience = build(Experience, row, owner=user)
        experience.save()
        Achievement.objects.bulk_create(
            Achievement(experience=experience, text=str(text)[:5000], position=i)
            for i, text in enumerate(row.get("achievements", []))
        )


def dump_opportunity(opportunity: Opportunity) -> dict[str, Any]:
    entry = dump_fields(opportunity)
    entry["rounds"] = [r.number for r in opportunity.rounds.all()]
    for section in OPPORTUNITY_SECTIONS:
        entry[section.name] = section.dump(opportunity)
    return entry


def load_opportunity(entry: dict[str, Any], user: User) -> Opportunity:
    opportunity: Opportunity = build(Opportunity, entry, owner=user)
    opportunity.save()
    for number in entry.get("rounds", []):
        opportunity.round(int(number))
    for section in OPPORTUNITY_SECTIONS:
        rows = entry.get(section.name, [])
        if not isinstance(rows, list):
            raise TypeError(f"{section.name} is not a list")
        section.load(opportunity, rows)
    return opportunity
