"""Every endpoint and CLI command that takes a file or pasted text, as a probe the hostile corpus
is run through; shared by tests/hostile/ and bench/hostile/ so both measure the same thing.

A probe sends one file and returns a `Reply`. `problems()` says what went wrong, in words: a
server error, a traceback, no clear message, a CLI refusal with exit status 0, or rows changed by
a refusal. An endpoint that legitimately keeps what it is given (an attachment, a transcript with
many speakers) may accept; what it accepted is then checked by `accepted_ok`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner
from django.apps import apps
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from roundtwo.background.models import Job
from roundtwo.background.worker import run_pending
from roundtwo.cli import main
from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt, SessionQuestion
from roundtwo.rehearse.sessions import start_session
from tests.hostile.corpus import HostileFile

_MESSAGE = re.compile(
    r'<p class="error-message"[^>]*>(.*?)</p>|<p class="message message-error">(.*?)</p>'
    r'|<div class="error-summary"[^>]*>.*?<li>(.*?)</li>',
    re.S,
)
_TRACEBACK = ("Traceback (most recent call last)", 'File "/')


@dataclass
class Target:
    """What the probes act on: one account with one opportunity and one rehearsal question."""

    user: User
    opportunity: Opportunity
    question: SessionQuestion
    client: Client
    folder: Path
    runner: CliRunner = field(default_factory=CliRunner)

    @classmethod
    def make(cls, user: User, opportunity: Opportunity, folder: Path) -> Target:
        client = Client(raise_request_exception=False)  # a crash must show up as a 500
        client.force_login(user)
        question = start_session(opportunity, "drill", question="Tell me about a time.")
        return cls(user, opportunity, question.questions.get(), client, folder)


@dataclass(frozen=True)
class Reply:
    code: int  # the HTTP status, or the CLI's exit status
    text: str  # the page or the CLI's output
    accepted: bool
    cli: bool = False
    crashed: str = ""  # the exception a CLI run ended with (CliRunner catches it)

    def message(self) -> str:
        if self.cli:
            return self.text.split("Error:", 1)[-1].strip() if "Error:" in self.text else ""
        for match in _MESSAGE.finditer(self.text):
            found = next(group for group in match.groups() if group is not None)
            text = html.unescape(re.sub(r"<[^>]+>", "", found)).strip()
            if text:
                return text
        return ""


# Not data: signing in writes a session of each kind, and showing a page after a refusal may
# keep a readiness snapshot (a cache that any write would make old).
NOT_DATA = {"sessions.Session", "accounts.SignedInSession", "workspace.ReadinessSnapshot"}


def row_counts() -> dict[str, int]:
    """Rows in every table of the app that holds data."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.label not in NOT_DATA
    }


def problems(reply: Reply, before: dict[str, int], after: dict[str, int]) -> list[str]:
    found = []
    if reply.crashed:
        found.append(f"crashed with {reply.crashed}")
    if not reply.cli and reply.code >= 500:
        found.append(f"HTTP {reply.code}")
    if any(marker in reply.text for marker in _TRACEBACK):
        found.append("a traceback in the output")
    if not reply.accepted:
        if not reply.message():
            found.append(f"refused without a clear message ({reply.code})")
        if reply.cli and reply.code == 0:
            found.append("refused with exit status 0")
        changed = {k: after[k] - before[k] for k in after if after[k] != before.get(k)}
        if changed:
            found.append(f"rows changed by a refusal: {changed}")
    return found


# --- web endpoints ---------------------------------------------------------------------------


def _upload(target: Target, url: str, field_name: str, file: HostileFile, **data: str) -> Reply:
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(file.name, file.data, "application/octet-stream")
    response = target.client.post(url, {field_name: upload, **data})
    text = response.content.decode("utf-8", "replace")
    return Reply(response.status_code, text, accepted=response.status_code in (301, 302))


def backup_import(target: Target, file: HostileFile) -> Reply:
    return _upload(target, reverse("backup:page"), "file", file, confirm="on")


def resume_upload(target: Target, file: HostileFile) -> Reply:
    return _upload(target, reverse("resume:upload"), "file", file, replace="on")


def transcript_upload(target: Target, file: HostileFile) -> Reply:
    url = reverse("reflect:upload", args=[target.opportunity.pk])
    return _upload(target, url, "file", file)


def research_upload(target: Target, file: HostileFile) -> Reply:
    url = reverse("research:add_source", args=[target.opportunity.pk])
    return _upload(target, url, "file", file, kind="company")


def recording_upload(target: Target, file: HostileFile) -> Reply:
    url = reverse("rehearse:upload", args=[target.opportunity.pk, target.question.pk])
    return _upload(target, url, "recording", file)


def checklist_attachment(target: Target, file: HostileFile) -> Reply:
    url = reverse("documents:add", args=[target.opportunity.pk])
    return _upload(
        target,
        url,
        "check-attachment",
        file,
        **{"check-label": "Portfolio", "check-status": "todo"},
    )


def recording_piece(target: Target, file: HostileFile) -> Reply:
    """What recorder.js sends: the hostile bytes as the first piece of a live recording."""
    attempt = Attempt.objects.create(question=target.question, question_key="q", mode="audio")
    args = [target.opportunity.pk, attempt.pk]
    response = target.client.post(
        reverse("rehearse:chunk", args=args),
        file.data,
        content_type="application/octet-stream",
        headers={"X-Chunk-Index": "0"},
    )
    target.client.post(reverse("rehearse:finish", args=args))
    text = response.content.decode("utf-8", "replace")
    return Reply(response.status_code, text, accepted=response.status_code == 200)


def _pasted(file: HostileFile) -> str:
    return file.data.decode("utf-8", "replace")


def _paste(target: Target, url: str, data: dict[str, str]) -> Reply:
    response = target.client.post(url, data)
    text = response.content.decode("utf-8", "replace")
    return Reply(response.status_code, text, accepted=response.status_code in (301, 302))


def research_paste(target: Target, file: HostileFile) -> Reply:
    url = reverse("research:add_source", args=[target.opportunity.pk])
    return _paste(target, url, {"kind": "company", "text": _pasted(file)})


def typed_answer(target: Target, file: HostileFile) -> Reply:
    url = reverse("rehearse:typed", args=[target.opportunity.pk, target.question.pk])
    return _paste(target, url, {"answer": _pasted(file)})


def story_text(target: Target, file: HostileFile) -> Reply:
    return _paste(target, reverse("stories:add"), {"title": "Depot", "free_text": _pasted(file)})


def consistency_check(target: Target, file: HostileFile) -> Reply:
    url = reverse("reflect:check", args=[target.opportunity.pk])
    response = target.client.post(url, {"text": _pasted(file)})
    text = response.content.decode("utf-8", "replace")
    # a check stores nothing: a page with its result or its error is the answer
    return Reply(response.status_code, text, accepted="error-message" not in text)


# --- CLI commands ----------------------------------------------------------------------------


def _cli(target: Target, file: HostileFile, args: list[str]) -> Reply:
    path = target.folder / file.name
    path.write_bytes(file.data)
    result = target.runner.invoke(main, [a.replace("{path}", str(path)) for a in args])
    crashed = ""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        crashed = type(result.exception).__name__
    return Reply(result.exit_code, result.output, result.exit_code == 0, cli=True, crashed=crashed)


def cli(*args: str) -> Callable[[Target, HostileFile], Reply]:
    def run(target: Target, file: HostileFile) -> Reply:
        return _cli(target, file, [*args])

    run.__name__ = "cli " + " ".join(a for a in args if not a.startswith(("{", "-")))
    return run


@dataclass(frozen=True)
class Endpoint:
    name: str
    probe: Callable[[Target, HostileFile], Reply]
    may_accept: bool  # it keeps what it is given, or refuses later in the background
    background: bool = False  # accepted files are read by a background job


ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint("web backup import", backup_import, may_accept=False),
    Endpoint("web resume upload", resume_upload, may_accept=True),
    Endpoint("web transcript upload", transcript_upload, may_accept=True),
    Endpoint("web research file", research_upload, may_accept=True, background=True),
    Endpoint("web recording upload", recording_upload, may_accept=True, background=True),
    Endpoint("web recording piece", recording_piece, may_accept=True, background=True),
    Endpoint("web checklist attachment", checklist_attachment, may_accept=True),
    Endpoint("web research paste", research_paste, may_accept=True, background=True),
    Endpoint("web typed answer", typed_answer, may_accept=True),
    Endpoint("web story text", story_text, may_accept=True),
    Endpoint("web consistency check", consistency_check, may_accept=True),
    Endpoint("cli import", cli("import", "{path}", "--user", "alice"), may_accept=False),
    Endpoint("cli transcript speakers", cli("transcript", "speakers", "{path}"), may_accept=True),
    Endpoint(
        "cli transcript import",
        cli("transcript", "import", "{path}", "--candidate", "Candidate"),
        may_accept=True,
    ),
    Endpoint("cli research job", cli("research", "job", "{path}"), may_accept=True),
    Endpoint("cli research company", cli("research", "company", "{path}"), may_accept=True),
    Endpoint(
        "cli research fit",
        cli("research", "fit", "--job", "{path}", "--resume", "{path}"),
        may_accept=True,
    ),
    Endpoint(
        "cli analyze answer",
        cli("analyze", "answer", "--question", "Why?", "--file", "{path}"),
        may_accept=True,
    ),
    Endpoint("cli analyze audio", cli("analyze", "audio", "{path}"), may_accept=True),
)


def background_problems() -> list[str]:
    """Run what the accepted files queued; every job and attempt must end with a message."""
    run_pending()
    found = []
    for job in Job.objects.exclude(status__in=[Job.Status.DONE, Job.Status.FAILED]):
        found.append(f"job {job.kind} left {job.status}")
    for job in Job.objects.filter(status=Job.Status.FAILED, message=""):
        found.append(f"job {job.kind} failed without a message")
    for attempt in Attempt.objects.filter(status=Attempt.Status.FAILED, message=""):
        found.append(f"attempt {attempt.pk} failed without a message")
    return found


def probe_once(endpoint: Endpoint, target: Target, file: HostileFile) -> tuple[Reply, list[str]]:
    before = row_counts()
    reply = endpoint.probe(target, file)
    found = problems(reply, before, row_counts())
    if reply.accepted and not endpoint.may_accept:
        found.append("accepted a hostile file")
    return reply, found
