from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from roundtwo.opportunities.demo import load_demo


@require_POST
def load(request: HttpRequest) -> HttpResponse:
    opportunity = load_demo(request.user)  # type: ignore[arg-type]
    messages.success(
        request, "A sample opportunity is loaded. Look around; archive it when you are done."
    )
    return redirect("workspace:overview", opportunity.pk)
