"""`roundtwo questions` and `roundtwo competencies`: the practice set and questions to ask."""

from __future__ import annotations

import json

import click

from roundtwo.cli.research import acquire
from roundtwo.engines.asking import AskContext, Fact, questions_to_ask
from roundtwo.engines.interviewers import KINDS
from roundtwo.engines.practice import RoleProfile, profile_from_posting, suggest_questions
from roundtwo.engines.question_bank import competencies as all_competencies
from roundtwo.engines.research import extract_company

KIND = click.Choice(list(KINDS))


@click.group()
def questions() -> None:
    """Tailored practice questions and questions to ask the interviewers."""


def company_facts(source: str | None) -> tuple[tuple[str, ...], tuple[Fact, ...]]:
    """(value names, facts) from a company page, or nothing."""
    if not source:
        return (), ()
    page = acquire(source)
    data = extract_company(page.content, source=source, content_type=page.content_type).as_dict()
    values = tuple(v["name"] for v in data["values"])
    facts = [Fact("value", name) for name in values]
    facts += [Fact("recent", r["title"], r.get("date")) for r in data["recent"]]
    facts += [Fact("goal", goal) for goal in data["goals"]]
    facts += [Fact("product", product) for product in data["products"]]
    if data.get("mission"):
        facts.append(Fact("mission", data["mission"]))
    return values, tuple(facts)


@questions.command("suggest")
@click.option("--job", "job", required=True, metavar="SOURCE", help="The job posting: URL or file.")
@click.option("--company", metavar="SOURCE", help="A company values or about page: URL or file.")
@click.option("--interviewer-kind", "kinds", type=KIND, multiple=True, help="Repeat for a panel.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON list (the stable contract).")
def suggest(
    job: str, company: str | None, kinds: tuple[str, ...], limit: int, as_json: bool
) -> None:
    """A practice set ranked for the role, the company's values and the panel, best first."""
    page = acquire(job)
    base = profile_from_posting(page.content, source=job, content_type=page.content_type)
    values, _ = company_facts(company)
    profile = RoleProfile(
        title=base.title,
        competencies=base.competencies,
        skills=base.skills,
        text=base.text,
        values=values,
        interviewer_kinds=kinds,
    )
    rows = [s.as_dict() for s in suggest_questions(profile, limit=limit)]
    contract = ("id", "question", "kind", "competencies", "skills", "why")
    out = [{key: row[key] for key in contract} for row in rows]
    click.echo(json.dumps(out, ensure_ascii=False, indent=None if as_json else 2))


@questions.command("ask")
@click.option("--interviewer-kind", "kind", type=KIND, required=True)
@click.option("--company", metavar="SOURCE", help="A company page, to personalise the questions.")
@click.option("--limit", default=8, show_default=True, type=click.IntRange(1, 50))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON list (the stable contract).")
def ask(kind: str, company: str | None, limit: int, as_json: bool) -> None:
    """Questions to ask an interviewer of this kind, personalised with the company's facts."""
    _, facts = company_facts(company)
    context = AskContext(kind=kind, facts=facts)
    rows = [s.as_dict() for s in questions_to_ask(context, limit=limit)]
    out = [{key: row[key] for key in ("question", "category", "why")} for row in rows]
    click.echo(json.dumps(out, ensure_ascii=False, indent=None if as_json else 2))


@click.command("competencies")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON list (the stable contract).")
def competencies(as_json: bool) -> None:
    """The competencies Round Two knows, with what interviewers look for in each."""
    rows = [
        {"id": c.id, "name": c.name, "description": c.description, "signals": list(c.signals)}
        for c in all_competencies()
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for row in rows:
        click.echo(f"{row['id']}\t{row['name']}: {row['description']}")
