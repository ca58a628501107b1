"""Questions to ask: suggest per person, write your own, reorder, mark asked, keep the answers."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.ask.forms import AskQuestionForm
from roundtwo.ask.models import AskQuestion
from roundtwo.ask.services import add_suggestions, move, next_position
from roundtwo.core.ownership import get_owned
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.workspace.views import load_opportunity, redirect_to_area, render_area


def back(pk: int, anchor: str = "ask") -> HttpResponse:
    return redirect_to_area(pk, "ask", anchor)


@require_POST
def suggest(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    person = get_owned(Interviewer, request.user, pk=person_pk, opportunity_id=pk)
    added = add_suggestions(person.opportunity, person)
    if added:
        messages.success(request, f"{added} questions added for {person.name}.")
    else:
        messages.info(request, f"No new questions fit {person.name} that are not planned already.")
    return back(pk, f"person-{person.pk}")


@require_POST
def add(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    instance = AskQuestion(opportunity=opportunity, position=next_position(opportunity))
    form = AskQuestionForm(request.POST, instance=instance, opportunity_id=pk)
    if not form.is_valid():
        page = load_opportunity(request, pk)
        return render_area(request, page, "ask", {"ask_form": form})
    form.save()
    return back(pk, f"ask-{form.instance.pk}")


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int, ask_pk: int) -> HttpResponse:
    question = get_owned(AskQuestion, request.user, pk=ask_pk, opportunity_id=pk)
    form = AskQuestionForm(request.POST or None, instance=question, opportunity_id=pk)
    if request.method == "POST" and form.is_valid():
        form.save()
        return back(pk, f"ask-{question.pk}")
    context = {"form": form, "question": question, "opportunity": question.opportunity}
    return render(request, "ask/edit.html", context)


@require_POST
def reorder(request: HttpRequest, pk: int, ask_pk: int) -> HttpResponse:
    question = get_owned(AskQuestion, request.user, pk=ask_pk, opportunity_id=pk)
    move(question, -1 if request.POST.get("direction") == "up" else 1)
    return back(pk, f"ask-{question.pk}")


@require_POST
def delete(request: HttpRequest, pk: int, ask_pk: int) -> HttpResponse:
    get_owned(AskQuestion, request.user, pk=ask_pk, opportunity_id=pk).delete()
    return back(pk)
