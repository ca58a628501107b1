"""Rehearsal pages: start a session, answer its questions, read a report, see progress."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from roundtwo.core.ownership import get_owned
from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.services import panel_people
from roundtwo.rehearse.charts import chart
from roundtwo.rehearse.forms import StartForm, TypedAnswerForm, UploadForm
from roundtwo.rehearse.models import Attempt, RehearsalSession, SessionQuestion
from roundtwo.rehearse.page import attempts_of
from roundtwo.rehearse.progress import per_session, summary
from roundtwo.rehearse.recording import delete_media
from roundtwo.rehearse.report import build_report
from roundtwo.rehearse.sessions import NothingToRehearse, start_session
from roundtwo.workspace.views import common_context, load_opportunity, render_area


@require_POST
def start(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    form = StartForm(request.POST)
    if not form.is_valid():
        return render_area(request, load_opportunity(request, pk), "rehearse", {"start_form": form})
    question = form.cleaned_data["question"]
    if not question.strip() and form.cleaned_data["practice"]:
        chosen = opportunity.practice_questions.filter(pk=form.cleaned_data["practice"]).first()
        question = chosen.question if chosen else ""
    try:
        session = start_session(
            opportunity,
            form.cleaned_data["kind"],
            question=question,
            read_aloud=form.cleaned_data["read_aloud"],
        )
    except NothingToRehearse as exc:
        form.add_error(None, str(exc))
        return render_area(request, load_opportunity(request, pk), "rehearse", {"start_form": form})
    return redirect("rehearse:session", pk, session.pk)


def session_page(request: HttpRequest, pk: int, session_pk: int) -> HttpResponse:
    session = get_owned(RehearsalSession, request.user, pk=session_pk, opportunity_id=pk)
    context = common_context(load_opportunity(request, pk))
    context.update(session_context(session, request.GET.get("q")))
    return render(request, "rehearse/session.html", context)


def session_context(
    session: RehearsalSession, wanted: SessionQuestion | str | None
) -> dict[str, object]:
    questions = list(session.questions.select_related("interviewer").prefetch_related("attempts"))
    current = wanted if isinstance(wanted, SessionQuestion) else pick_question(questions, wanted)
    people = [p.pk for p in panel_people(session.opportunity)]
    return {
        "session": session,
        "questions": questions,
        "current": current,
        "next_question": next_after(questions, current),
        # each interviewer keeps one of the browser's voices for the whole session
        "voice_index": people.index(current.interviewer_id)
        if current.interviewer_id in people
        else 0,
        "typed_form": TypedAnswerForm(),
        "upload_form": UploadForm(),
    }


def pick_question(questions: list[SessionQuestion], wanted: str | None) -> SessionQuestion:
    if wanted and wanted.isdigit():
        for q in questions:
            if q.pk == int(wanted):
                return q
    for q in questions:
        if not any(a.is_finished for a in q.attempts.all()):
            return q
    return questions[0]


def next_after(
    questions: list[SessionQuestion], current: SessionQuestion
) -> SessionQuestion | None:
    i = [q.pk for q in questions].index(current.pk)
    return questions[i + 1] if i + 1 < len(questions) else None


@require_POST
def delete_session(request: HttpRequest, pk: int, session_pk: int) -> HttpResponse:
    session = get_owned(RehearsalSession, request.user, pk=session_pk, opportunity_id=pk)
    for attempt in Attempt.objects.filter(question__session=session):
        delete_media(attempt)
    session.delete()
    messages.success(request, "Session deleted, with its recordings.")
    return redirect("workspace:area", pk, "rehearse")


def attempt_page(request: HttpRequest, pk: int, attempt_pk: int) -> HttpResponse:
    attempt = get_owned(Attempt, request.user, pk=attempt_pk, question__session__opportunity_id=pk)
    context = {"attempt": attempt, "report": build_report(attempt) if attempt.is_finished else None}
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "rehearse/_attempt_body.html", context)
    context.update(common_context(load_opportunity(request, pk)))
    return render(request, "rehearse/attempt.html", context)


@require_POST
def delete_attempt(request: HttpRequest, pk: int, attempt_pk: int) -> HttpResponse:
    attempt = get_owned(Attempt, request.user, pk=attempt_pk, question__session__opportunity_id=pk)
    session = attempt.question.session
    delete_media(attempt)
    attempt.delete()
    messages.success(request, "Attempt deleted, with its recording.")
    return redirect("rehearse:session", pk, session.pk)


def progress_page(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = load_opportunity(request, pk)
    attempts = attempts_of(opportunity)
    overview = summary(attempts)
    context = common_context(opportunity)
    context.update(
        {
            "progress": overview,
            "charts": [(s, chart(s)) for s in overview.series],
            "sessions": per_session(attempts),
        }
    )
    return render(request, "rehearse/progress.html", context)
