"""The sample opportunity: loaded from the dashboard, removed with everything made for it."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.opportunities.demo import existing_sample, load_demo
from roundtwo.opportunities.models import Opportunity
from roundtwo.opportunities.sample.removal import remove_sample


@require_POST
def load(request: HttpRequest) -> HttpResponse:
    had_one = existing_sample(request.user) is not None  # type: ignore[arg-type]
    opportunity = load_demo(request.user)  # type: ignore[arg-type]
    if had_one:
        messages.info(request, "Here is your sample again; there is only ever one.")
    else:
        messages.success(
            request,
            "A sample opportunity is loaded, with every area filled. Look around; "
            "remove it in one click when you are done.",
        )
    return redirect("workspace:overview", opportunity.pk)


@require_http_methods(["GET", "POST"])
def remove(request: HttpRequest) -> HttpResponse:
    """Asks first (GET), then deletes the sample and the library rows made for it (POST)."""
    sample: Opportunity | None = existing_sample(request.user)  # type: ignore[arg-type]
    if sample is None:
        raise Http404("There is no sample to remove.")
    if request.method == "GET":
        return render(request, "opportunities/remove_sample.html", {"opportunity": sample})
    remove_sample(sample)
    messages.success(request, "The sample is removed, with everything that was made for it.")
    return redirect("opportunities:dashboard")
