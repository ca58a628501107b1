"""A job's progress: a page that htmx polls until the work is done."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from roundtwo.background.models import Job
from roundtwo.core.ownership import get_owned


def job_status(request: HttpRequest, pk: str) -> HttpResponse:
    job = get_owned(Job, request.user, pk=pk)
    template = "background/_status.html" if request.htmx else "background/job.html"  # type: ignore[attr-defined]
    return render(request, template, {"job": job})
