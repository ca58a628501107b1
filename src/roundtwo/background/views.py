"""A job's progress: a page that htmx polls until the work is done, and "Try again"."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from roundtwo.background.jobs import try_again
from roundtwo.background.models import Job
from roundtwo.core.ownership import get_owned


def job_status(request: HttpRequest, pk: str) -> HttpResponse:
    job = get_owned(Job, request.user, pk=pk)
    template = "background/_status.html" if request.htmx else "background/job.html"  # type: ignore[attr-defined]
    return render(request, template, {"job": job})


@require_POST
def retry(request: HttpRequest, pk: str) -> HttpResponse:
    job = get_owned(Job, request.user, pk=pk)
    if not try_again(job):
        messages.error(request, "This work cannot be tried again; please start it from its page.")
    return redirect("background:job", job.pk)
