"""Receiving answers: a recording in pieces while the candidate speaks, a file, or typed text."""

from __future__ import annotations

from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from roundtwo.core.ownership import get_owned
from roundtwo.rehearse.forms import TypedAnswerForm, UploadForm
from roundtwo.rehearse.models import Attempt, SessionQuestion
from roundtwo.rehearse.recording import (
    RecordingRefused,
    append_chunk,
    clean_media_type,
    open_recording,
    store_upload,
)
from roundtwo.rehearse.sessions import add_follow_up, question_key
from roundtwo.rehearse.tasks import queue_advance, queue_finish
from roundtwo.workspace.views import common_context, load_opportunity


def owned_question(request: HttpRequest, pk: int, prompt_pk: int) -> SessionQuestion:
    return get_owned(SessionQuestion, request.user, pk=prompt_pk, session__opportunity_id=pk)


def owned_attempt(request: HttpRequest, pk: int, attempt_pk: int) -> Attempt:
    return get_owned(Attempt, request.user, pk=attempt_pk, question__session__opportunity_id=pk)


def new_attempt(question: SessionQuestion, mode: str, **fields: object) -> Attempt:
    return Attempt.objects.create(
        question=question, question_key=question_key(question.text), mode=mode, **fields
    )


@require_POST
def begin(request: HttpRequest, pk: int, prompt_pk: int) -> JsonResponse:
    """The browser starts recording: an attempt to send pieces to."""
    question = owned_question(request, pk, prompt_pk)
    mode = Attempt.Mode.VIDEO if request.POST.get("video") == "1" else Attempt.Mode.AUDIO
    attempt = new_attempt(
        question, mode, media_type=clean_media_type(request.POST.get("media_type", ""))
    )
    return JsonResponse(
        {
            "chunk_url": reverse("rehearse:chunk", args=[pk, attempt.pk]),
            "finish_url": reverse("rehearse:finish", args=[pk, attempt.pk]),
            "report_url": reverse("rehearse:attempt", args=[pk, attempt.pk]),
        }
    )


@require_POST
def chunk(request: HttpRequest, pk: int, attempt_pk: int) -> JsonResponse:
    """One piece of the recording; the index header keeps a retried piece from being doubled."""
    attempt = owned_attempt(request, pk, attempt_pk)
    index = request.headers.get("X-Chunk-Index", "")
    if not index.isdigit():
        return JsonResponse({"error": "Missing piece number."}, status=400)
    try:
        attempt = append_chunk(attempt, int(index), request.body)
    except RecordingRefused as exc:
        expected = attempt.chunks_received if exc.expected is None else exc.expected
        return JsonResponse({"error": str(exc), "expected": expected}, status=409)
    queue_advance(attempt)
    return JsonResponse({"received": attempt.chunks_received})


@require_POST
def finish(request: HttpRequest, pk: int, attempt_pk: int) -> JsonResponse:
    attempt = owned_attempt(request, pk, attempt_pk)
    if attempt.status == Attempt.Status.RECORDING:
        queue_finish(attempt)
    return JsonResponse({"report_url": reverse("rehearse:attempt", args=[pk, attempt.pk])})


@require_POST
def upload(request: HttpRequest, pk: int, prompt_pk: int) -> HttpResponse:
    question = owned_question(request, pk, prompt_pk)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return session_with(request, pk, question, {"upload_form": form})
    file = form.cleaned_data["recording"]
    attempt = new_attempt(
        question, Attempt.Mode.UPLOAD, media_type=clean_media_type(file.content_type or "")
    )
    store_upload(attempt, file.read())
    queue_finish(attempt)
    return redirect("rehearse:attempt", pk, attempt.pk)


@require_POST
def typed(request: HttpRequest, pk: int, prompt_pk: int) -> HttpResponse:
    question = owned_question(request, pk, prompt_pk)
    form = TypedAnswerForm(request.POST)
    if not form.is_valid():
        return session_with(request, pk, question, {"typed_form": form})
    from roundtwo.engines.answers import analyze_answer

    text = form.cleaned_data["answer"]
    attempt = new_attempt(question, Attempt.Mode.TYPED, typed_text=text)
    content = analyze_answer(question.text, text).as_dict()
    attempt.store_report(
        {"typed": True, "speech_detected": False, "transcript": text, "content": content}
    )
    attempt.status = Attempt.Status.DONE
    attempt.finished_at = timezone.now()
    attempt.save()
    return redirect("rehearse:attempt", pk, attempt.pk)


def session_with(
    request: HttpRequest, pk: int, question: SessionQuestion, forms: dict[str, object]
) -> HttpResponse:
    """The session page again with a form's errors and what was typed."""
    from roundtwo.rehearse.views import session_context

    context = common_context(load_opportunity(request, pk))
    context.update(session_context(question.session, question))
    context.update(forms)
    return render(request, "rehearse/session.html", context, status=400)


@require_POST
def follow_up(request: HttpRequest, pk: int, attempt_pk: int) -> HttpResponse:
    """Answer the follow-up an interviewer would ask next, right away."""
    attempt = owned_attempt(request, pk, attempt_pk)
    text = request.POST.get("question", "").strip()
    if not text:
        return redirect("rehearse:attempt", pk, attempt.pk)
    added = add_follow_up(attempt.question, text, request.POST.get("why", ""))
    url = reverse("rehearse:session", args=[pk, added.session_id])
    return redirect(f"{url}?q={added.pk}#answer")


def media(request: HttpRequest, pk: int, attempt_pk: int) -> HttpResponse | FileResponse:
    return media_response(owned_attempt(request, pk, attempt_pk))


def media_response(attempt: Attempt) -> HttpResponse | FileResponse:
    handle = open_recording(attempt)
    if handle is None:
        return HttpResponse("This recording is no longer stored.", status=404)
    response = FileResponse(handle, content_type=attempt.media_type or "audio/webm")
    response["Cache-Control"] = "private, no-store"
    return response
