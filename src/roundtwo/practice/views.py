from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from roundtwo.core.ownership import get_owned
from roundtwo.opportunities.models import Opportunity
from roundtwo.practice.models import PracticeQuestion
from roundtwo.practice.services import build_practice_set
from roundtwo.workspace.views import redirect_to_area


@require_POST
def build(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    built = build_practice_set(opportunity)
    messages.success(request, f"Your practice set has {len(built)} questions.")
    return redirect_to_area(pk, "questions", "practice")


@require_POST
def remove(request: HttpRequest, pk: int, practice_pk: int) -> HttpResponse:
    get_owned(PracticeQuestion, request.user, pk=practice_pk, opportunity_id=pk).delete()
    return redirect_to_area(pk, "questions", "practice")
