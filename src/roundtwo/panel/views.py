"""One printable page per interviewer, and the whole panel with its warnings."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from roundtwo.core.ownership import get_owned
from roundtwo.engines.question_bank import competencies
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.panel.services import panel_plan


def whole_panel(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    return render_plans(request, opportunity, None)


def one_person(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    person = get_owned(Interviewer, request.user, pk=person_pk, opportunity_id=pk)
    return render_plans(request, person.opportunity, person)


def render_plans(
    request: HttpRequest, opportunity: Opportunity, person: Interviewer | None
) -> HttpResponse:
    plan = panel_plan(opportunity)
    names = {c.id: c.name for c in competencies()}
    members = [m for m in plan.members if person is None or m.member.id == str(person.pk)]
    planned = {
        m.member.id: [
            q for q in opportunity.ask_questions.all() if str(q.interviewer_id) == m.member.id
        ]
        for m in members
    }
    context = {
        "opportunity": opportunity,
        "person": person,
        "members": [
            (m, planned[m.member.id], [names.get(c, c) for c in m.evaluates]) for m in members
        ],
        "warnings": plan.warnings if person is None else (),
    }
    return render(request, "panel/plans.html", context)
