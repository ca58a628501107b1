"""The workspace of one opportunity: the overview, then one page per preparation area."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from roundtwo.ask.page import ask_context_page
from roundtwo.core.ownership import get_or_404, get_owned, owned_queryset
from roundtwo.documents.page import documents_context
from roundtwo.engines.second_round import build_guide
from roundtwo.followup.page import followup_context
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.services import panel
from roundtwo.practice.page import questions_context
from roundtwo.reflect.page import reflect_context
from roundtwo.rehearse.page import rehearse_context
from roundtwo.research.page import fit_context, research_context
from roundtwo.workspace.areas import AREAS, AREAS_BY_KEY
from roundtwo.workspace.models import AreaVisit
from roundtwo.workspace.readiness_cache import state


def load_opportunity(request: HttpRequest, pk: int) -> Opportunity:
    # Most pages name the panel, and each person's rounds: fetched with the opportunity.
    people = Prefetch("interviewers", queryset=Interviewer.objects.prefetch_related("rounds"))
    rows = owned_queryset(Opportunity, request.user).select_related("owner")
    return get_or_404(rows.prefetch_related(people), pk=pk)


def common_context(opportunity: Opportunity) -> dict[str, Any]:
    now = state(opportunity)
    return {
        "opportunity": opportunity,
        "days_left": opportunity.days_left(timezone.localdate()),
        "readiness": now.readiness,
        "areas": [(area, now.readiness.for_area(area.key)) for area in AREAS],
        "next_step": now.next_step,
    }


def overview(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = load_opportunity(request, pk)
    context = common_context(opportunity)
    today = timezone.localdate()
    # Filtered by the database: a plan holds about fifty tasks and a page shows a few.
    context["today_tasks"] = list(opportunity.plan_tasks.filter(due__lte=today, done_at=None))
    return render(request, "workspace/overview.html", context)


def area(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    if key not in AREAS_BY_KEY:
        raise Http404("No such area.")
    return render_area(request, load_opportunity(request, pk), key)


def render_area(
    request: HttpRequest,
    opportunity: Opportunity,
    key: str,
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    """An area's page; `extra` carries a bound form with errors, or the result of an action."""
    context = common_context(opportunity)
    context["area"] = AREAS_BY_KEY[key]
    context["area_readiness"] = context["readiness"].for_area(key)
    context["marked_read"] = opportunity.area_visits.filter(area=key).exists()
    context["area_tasks"] = list(opportunity.plan_tasks.filter(area=key))
    context["today"] = timezone.localdate()
    area_context = AREA_CONTEXT.get(key)
    if area_context is not None:
        context.update(area_context(opportunity))
    context.update(extra or {})
    return render(request, f"workspace/areas/{template_for(key)}.html", context)


def redirect_to_area(pk: int, key: str, anchor: str) -> HttpResponse:
    """Back to an area's page, scrolled to what was just changed."""
    return redirect(reverse("workspace:area", args=[pk, key]) + f"#{anchor}")


@require_POST
def mark_read(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """The user says they have read an area's guide: a readiness signal they give on purpose."""
    if key not in AREAS_BY_KEY:
        raise Http404("No such area.")
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    AreaVisit.objects.get_or_create(opportunity=opportunity, area=key)
    return redirect("workspace:area", pk, key)


def template_for(key: str) -> str:
    return key if AREAS_BY_KEY[key].built else "coming_soon"


def understand_context(opportunity: Opportunity) -> dict[str, Any]:
    guide = build_guide(
        company=opportunity.company,
        role_title=opportunity.role_title,
        interviewers=panel(opportunity),
        format=opportunity.format,
        days_left=opportunity.days_left(),
    )
    return {"guide": guide}


def interviewers_context(opportunity: Opportunity) -> dict[str, Any]:
    people = list(opportunity.interviewers.all())
    groups = [
        ("Round two", opportunity.interviewers_in_round(2)),
        ("Round one only", [p for p in people if p.round_numbers() == [1]]),
        ("Not placed in a round yet", [p for p in people if not p.round_numbers()]),
    ]
    return {"groups": groups}


AREA_CONTEXT: dict[str, Callable[[Opportunity], dict[str, Any]]] = {
    "understand": understand_context,
    "interviewers": interviewers_context,
    "reflect": reflect_context,
    "research": research_context,
    "fit": fit_context,
    "questions": questions_context,
    "ask": ask_context_page,
    "rehearse": rehearse_context,
    "followup": followup_context,
    "documents": documents_context,
}
