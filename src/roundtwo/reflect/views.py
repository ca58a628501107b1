"""Reflect on round one: log questions, import a transcript, debrief, check consistency."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.core.ownership import get_owned
from roundtwo.engines.transcripts import TranscriptError
from roundtwo.opportunities.models import Opportunity
from roundtwo.reflect import importer
from roundtwo.reflect.forms import (
    CandidateForm,
    ConsistencyForm,
    DebriefForm,
    ImportOptionsForm,
    LoggedQuestionForm,
    PairFormSet,
    TranscriptUploadForm,
)
from roundtwo.reflect.insights import check_against_round_one
from roundtwo.reflect.models import LoggedQuestion, RoundDebrief, TranscriptDraft
from roundtwo.reflect.services import debrief_of, delete_entry, move_entry, save_debrief, save_entry
from roundtwo.workspace.views import load_opportunity, redirect_to_area, render_area


def back_to_log(pk: int, anchor: str = "log") -> HttpResponse:
    return redirect_to_area(pk, "reflect", anchor)


@require_POST
def add_question(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    form = LoggedQuestionForm(request.POST, instance=LoggedQuestion(opportunity=opportunity))
    if not form.is_valid():
        page = load_opportunity(request, pk)
        return render_area(request, page, "reflect", {"add_form": form, "open_add": True})
    save_entry(form.instance)
    messages.success(request, "Question added and analysed.")
    return back_to_log(pk, f"q-{form.instance.pk}")


@require_http_methods(["GET", "POST"])
def edit_question(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    entry = get_owned(LoggedQuestion, request.user, pk=question_pk, opportunity_id=pk)
    form = LoggedQuestionForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        save_entry(form.instance)
        messages.success(request, "Saved and analysed again.")
        return back_to_log(pk, f"q-{entry.pk}")
    context = {"form": form, "entry": entry, "opportunity": entry.opportunity}
    if request.htmx and request.method == "GET":  # type: ignore[attr-defined]
        return render(request, "reflect/_entry_form.html", context)
    return render(request, "reflect/edit.html", context)


@require_POST
def delete_question(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    entry = get_owned(LoggedQuestion, request.user, pk=question_pk, opportunity_id=pk)
    delete_entry(entry)
    messages.success(request, "Question deleted.")
    return back_to_log(pk)


@require_POST
def move_question(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    entry = get_owned(LoggedQuestion, request.user, pk=question_pk, opportunity_id=pk)
    move_entry(entry, -1 if request.POST.get("direction") == "up" else 1)
    return back_to_log(pk, f"q-{entry.pk}")


@require_POST
def debrief(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    instance = debrief_of(opportunity) or RoundDebrief(opportunity=opportunity)
    form = DebriefForm(request.POST, instance=instance)
    if not form.is_valid():
        page = load_opportunity(request, pk)
        return render_area(request, page, "reflect", {"debrief_form": form})
    save_debrief(form.instance)
    messages.success(request, "Debrief saved.")
    return back_to_log(pk, "debrief")


@require_POST
def check_consistency(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = load_opportunity(request, pk)
    form = ConsistencyForm(request.POST)
    extra: dict[str, object] = {"check_form": form}
    if form.is_valid():
        entries = list(opportunity.logged_questions.all())
        extra["contradictions"] = check_against_round_one(entries, form.cleaned_data["text"])
        extra["checked"] = True
    return render_area(request, opportunity, "reflect", extra)


@require_POST
def upload_transcript(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    form = TranscriptUploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            draft = importer.create_draft(opportunity, form.cleaned_data["file"])
        except TranscriptError as error:
            form.add_error("file", str(error))
        else:
            return redirect("reflect:review", pk, draft.pk)
    page = load_opportunity(request, pk)
    return render_area(request, page, "reflect", {"upload_form": form, "open_import": True})


@require_http_methods(["GET", "POST"])
def review_transcript(request: HttpRequest, pk: int, draft_pk: int) -> HttpResponse:
    draft = get_owned(TranscriptDraft, request.user, pk=draft_pk, opportunity_id=pk)
    if not draft.candidate or request.POST.get("step") == "candidate":
        return choose_candidate(request, draft)
    try:
        pairs = importer.pairs_of(draft)
        asked = importer.asked_of(draft)
    except TranscriptError as error:
        draft.candidate = ""
        draft.save(update_fields=["candidate"])
        messages.error(request, str(error))
        return redirect("reflect:review", pk, draft.pk)
    if request.method == "POST":
        formset = PairFormSet(request.POST, prefix="pair")
        options = ImportOptionsForm(request.POST)
        if formset.is_valid() and options.is_valid():
            reviewed = [
                (
                    importer.ReviewedPair(
                        remarks=row.get("remarks", ""),
                        question=row["question"],
                        asked_by=row.get("asked_by", ""),
                        answer=row.get("answer", ""),
                        start=row.get("start"),
                        end=row.get("end"),
                        follow_up_of=row.get("follow_up_of"),
                    ),
                    bool(row.get("keep")),
                )
                for row in formset.cleaned_data
            ]
            keep_asked = asked if options.cleaned_data["save_asked"] else ()
            saved = importer.save_pairs(
                draft, reviewed, options.cleaned_data["add_interviewers"], keep_asked
            )
            note = (
                f" {len(keep_asked)} of your own questions saved to Questions to ask."
                if keep_asked
                else ""
            )
            messages.success(request, f"{len(saved)} questions imported and analysed.{note}")
            return back_to_log(pk)
    else:
        formset = PairFormSet(initial=[p.as_dict() for p in pairs], prefix="pair")
        options = ImportOptionsForm()
    context = {
        "draft": draft,
        "opportunity": draft.opportunity,
        "formset": formset,
        "options": options,
        "pairs": pairs,
        "asked": asked,
    }
    return render(request, "reflect/review.html", context)


def choose_candidate(request: HttpRequest, draft: TranscriptDraft) -> HttpResponse:
    speakers = importer.speakers_of(draft)
    choices = [(s.name, s.name) for s in speakers]
    bound = request.method == "POST" and "candidate" in request.POST
    form = CandidateForm(request.POST if bound else None, speakers=choices)
    if bound and form.is_valid():
        draft.candidate = form.cleaned_data["candidate"]
        draft.save(update_fields=["candidate"])
        return redirect("reflect:review", draft.opportunity_id, draft.pk)
    context = {"draft": draft, "opportunity": draft.opportunity, "form": form, "speakers": speakers}
    return render(request, "reflect/candidate.html", context)


@require_POST
def discard_transcript(request: HttpRequest, pk: int, draft_pk: int) -> HttpResponse:
    draft = get_owned(TranscriptDraft, request.user, pk=draft_pk, opportunity_id=pk)
    draft.delete()
    messages.success(request, "Transcript discarded; nothing was saved from it.")
    return back_to_log(pk, "import")
