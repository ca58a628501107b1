"""Helpers for views that answer both full-page requests and htmx requests."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def render_page(
    request: HttpRequest, template: str, context: dict[str, Any], *, fragment: str | None = None
) -> HttpResponse:
    """Render the whole page, or only `fragment` (a template) when htmx asks for it."""
    if fragment and getattr(request, "htmx", False):
        return render(request, fragment, context)
    return render(request, template, context)
