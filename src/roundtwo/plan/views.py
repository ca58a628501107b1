"""The prep plan: see it by day, tick tasks off, edit, add, reschedule and rebuild."""

from __future__ import annotations

import itertools

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.core.ownership import get_owned
from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.forms import PlanTaskForm
from roundtwo.plan.models import PlanTask
from roundtwo.plan.services import rebuild_plan
from roundtwo.workspace import readiness_cache


def task_list(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    tasks = list(opportunity.plan_tasks.all())
    days = [(day, list(group)) for day, group in itertools.groupby(tasks, key=lambda t: t.due)]
    context = {
        "opportunity": opportunity,
        "days": days,
        "today": timezone.localdate(),
        "done": sum(1 for t in tasks if t.is_done),
        "total": len(tasks),
    }
    return render(request, "plan/list.html", context)


@require_POST
def toggle(request: HttpRequest, pk: int, task_pk: int) -> HttpResponse:
    task = get_owned(PlanTask, request.user, pk=task_pk, opportunity_id=pk)
    with readiness_cache.plan_ticked(task.opportunity):
        task.done_at = None if task.is_done else timezone.now()
        task.save(update_fields=["done_at"])
    if request.htmx:  # type: ignore[attr-defined]
        context = {
            "task": task,
            "opportunity": task.opportunity,
            "today": timezone.localdate(),
        }
        return render(request, "plan/_task.html", context)
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect("plan:list", pk)


@require_http_methods(["GET", "POST"])
def task_form(request: HttpRequest, pk: int, task_pk: int | None = None) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    task = (
        get_owned(PlanTask, request.user, pk=task_pk, opportunity=opportunity)
        if task_pk
        else PlanTask(opportunity=opportunity, due=timezone.localdate())
    )
    form = PlanTaskForm(request.POST or None, instance=task)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your plan is updated.")
        return redirect("plan:list", opportunity.pk)
    context = {"form": form, "opportunity": opportunity, "task": task}
    return render(request, "plan/task_form.html", context)


@require_POST
def delete(request: HttpRequest, pk: int, task_pk: int) -> HttpResponse:
    task = get_owned(PlanTask, request.user, pk=task_pk, opportunity_id=pk)
    task.delete()
    messages.success(request, f"Removed: {task.title}")
    return redirect("plan:list", pk)


@require_POST
def rebuild(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    plan = rebuild_plan(opportunity)
    if plan is None:
        messages.error(request, "Add the interview date first: the plan counts down to it.")
    else:
        messages.success(request, f"{plan.summary} Your ticked tasks and your own tasks are kept.")
    return redirect("plan:list", pk)
