"""The dashboard, and creating, editing and archiving opportunities and their interviewers."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.core.ownership import get_owned, owned_queryset
from roundtwo.opportunities.forms import InterviewerForm, OpportunityForm
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.services import rebuild_plan
from roundtwo.workspace.readiness_cache import states


def dashboard(request: HttpRequest) -> HttpResponse:
    opportunities = list(owned_queryset(Opportunity, request.user))
    today = timezone.localdate()
    active = sorted(
        (o for o in opportunities if not o.is_archived), key=lambda o: nearest_first(o, today)
    )
    now = states(active)
    rows = [
        {"opportunity": o, "days_left": o.days_left(today), "readiness": now[o.pk].readiness}
        for o in active
    ]
    archived = [o for o in opportunities if o.is_archived]
    return render(request, "opportunities/dashboard.html", {"rows": rows, "archived": archived})


def nearest_first(opportunity: Opportunity, today: dt.date) -> tuple[int, int, str]:
    """Upcoming interviews soonest first, then those not yet dated, then past ones."""
    days = opportunity.days_left(today)
    if days is None:
        return (1, 0, opportunity.company.casefold())
    if days < 0:
        return (2, -days, opportunity.company.casefold())
    return (0, days, opportunity.company.casefold())


@require_http_methods(["GET", "POST"])
def create(request: HttpRequest) -> HttpResponse:
    form = OpportunityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        opportunity = form.save(commit=False)
        opportunity.owner = request.user  # type: ignore[assignment]
        opportunity.save()
        for number in (1, 2):
            opportunity.round(number)
        rebuild_plan(opportunity)
        warn_if_past(request, opportunity)
        messages.success(request, f"{opportunity} is ready. Next: add who you will meet.")
        return redirect("workspace:area", opportunity.pk, "interviewers")
    return render(request, "opportunities/form.html", {"form": form, "editing": False})


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    old_date = opportunity.interview_date
    form = OpportunityForm(request.POST or None, instance=opportunity)
    if request.method == "POST" and form.is_valid():
        opportunity = form.save()
        if opportunity.interview_date != old_date:
            rebuild_plan(opportunity)
            messages.info(request, "The interview date changed, so your plan was rescheduled.")
        warn_if_past(request, opportunity)
        messages.success(request, "Saved.")
        return redirect("workspace:overview", opportunity.pk)
    return render(
        request,
        "opportunities/form.html",
        {"form": form, "editing": True, "opportunity": opportunity},
    )


def warn_if_past(request: HttpRequest, opportunity: Opportunity) -> None:
    days = opportunity.days_left()
    if days is not None and days < 0:
        messages.warning(
            request,
            "The interview date is in the past. That is fine if you are recording an interview "
            "that already happened; otherwise check the date.",
        )


@require_POST
def archive(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    restoring = opportunity.is_archived
    opportunity.archived_at = None if restoring else timezone.now()
    opportunity.save(update_fields=["archived_at", "updated_at"])
    if restoring:
        messages.success(request, f"{opportunity} is back on your dashboard.")
    else:
        messages.success(request, f"{opportunity} is archived. You can restore it below.")
    return redirect("opportunities:dashboard")


@require_http_methods(["GET", "POST"])
def interviewer_form(request: HttpRequest, pk: int, person_pk: int | None = None) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    person = (
        get_owned(Interviewer, request.user, pk=person_pk, opportunity=opportunity)
        if person_pk
        else None
    )
    form = InterviewerForm(request.POST or None, instance=person, opportunity=opportunity)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        messages.success(request, f"{saved.name} is saved.")
        return redirect("workspace:area", opportunity.pk, "interviewers")
    context = {"form": form, "opportunity": opportunity, "person": person}
    return render(request, "opportunities/interviewer_form.html", context)


@require_POST
def interviewer_delete(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    person = get_owned(Interviewer, request.user, pk=person_pk, opportunity_id=pk)
    person.delete()
    messages.success(request, f"{person.name} is removed.")
    return redirect("workspace:area", pk, "interviewers")
