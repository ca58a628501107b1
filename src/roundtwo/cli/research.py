"""`roundtwo research`: read a job posting, company pages, and a fit matrix, from URLs or files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from roundtwo.engines.documents import DocumentError
from roundtwo.engines.fetch import FetchError, FetchPolicy
from roundtwo.engines.fit import Evidence, RequirementInput, build_fit_matrix
from roundtwo.engines.research import extract_company, extract_job, merge_company
from roundtwo.engines.resume import Resume, ResumeError, parse_json_resume, parse_resume_text
from roundtwo.engines.sources import Acquired, acquire_bytes, acquire_url


@click.group()
def research() -> None:
    """Read job postings and company pages on this machine (a URL is fetched only when given)."""


def acquire(source: str) -> Acquired:
    """A URL is fetched safely (public addresses only); anything else is a file path."""
    from django.conf import settings

    try:
        if source.startswith(("http://", "https://")):
            policy = FetchPolicy(allowed_hosts=frozenset(settings.FETCH_ALLOWED_HOSTS))
            return acquire_url(source, policy)
        path = Path(source)
        if not path.is_file():
            raise click.BadParameter(f"{source} is neither a web address nor a file.")
        return acquire_bytes(path.read_bytes(), path.name)
    except (FetchError, DocumentError) as error:
        raise click.ClickException(error.message) from None


def emit(data: object, as_json: bool) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=None if as_json else 2)
    click.echo(text)


@research.command("job")
@click.argument("source")
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object (the stable contract)."
)
def job(source: str, as_json: bool) -> None:
    """The role, structured: title, company, location, requirements, skills, competencies."""
    page = acquire(source)
    posting = extract_job(page.content, source=source, content_type=page.content_type)
    if not (posting.responsibilities or posting.requirements or posting.skills):
        # a title alone is any first line of any file: saying "found" would mislead
        raise click.ClickException(
            f"No job posting found in {source}: no duties, requirements or skills could be read."
        )
    emit(posting.as_dict(), as_json)


@research.command("company")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object (the stable contract)."
)
def company(sources: tuple[str, ...], as_json: bool) -> None:
    """The company, from one or more pages: mission, values, goals, products, recent news."""
    parts = []
    for source in sources:
        page = acquire(source)
        parts.append(extract_company(page.content, source=source, content_type=page.content_type))
    emit(merge_company(parts).as_dict(), as_json)


def read_resume(path: Path) -> Resume:
    page = acquire(str(path))
    try:
        parsed: Resume = (
            parse_json_resume(page.content)
            if page.content.lstrip().startswith("{")
            else parse_resume_text(page.content)
        )
    except ResumeError as error:
        raise click.ClickException(str(error)) from None
    return parsed


def resume_evidence(parsed: Resume) -> list[Evidence]:
    evidence = [
        Evidence(f"job-{i}-{j}", bullet, f"resume: {job.label}")
        for i, job in enumerate(parsed.experiences)
        for j, bullet in enumerate(job.bullets)
    ]
    evidence += [Evidence(f"other-{i}", b, "resume") for i, b in enumerate(parsed.other_bullets)]
    evidence += [Evidence(f"skill-{i}", s, "resume: skills") for i, s in enumerate(parsed.skills)]
    return evidence


@research.command("fit")
@click.option("--job", "job_source", required=True, metavar="SOURCE", help="The job posting.")
@click.option(
    "--resume",
    "resume_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your resume: PDF, DOCX, JSON Resume or text.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object (the stable contract)."
)
def fit(job_source: str, resume_path: Path, as_json: bool) -> None:
    """The fit matrix: each requirement against your resume, with the evidence and why."""
    page = acquire(job_source)
    posting = extract_job(page.content, source=job_source, content_type=page.content_type)
    requirements = [
        RequirementInput(r["text"], r["kind"]) for r in posting.as_dict()["requirements"]
    ]
    resume = read_resume(resume_path)
    rows = build_fit_matrix(requirements, resume_evidence(resume), experiences=resume.experiences)
    summary = {
        status: sum(1 for r in rows if r.status == status)
        for status in ("covered", "partly", "not_covered")
    }
    emit({"job": job_source, "rows": [r.as_dict() for r in rows], "summary": summary}, as_json)
