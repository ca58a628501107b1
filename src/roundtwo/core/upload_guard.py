"""The last line of defence for uploads: a parser that crashes on a file becomes a clear page.

Each reader refuses bad input with its own sentence; this guard is for the crash nobody foresaw.
When the view of a POST that carries a file or a raw body raises, the error is logged with its
traceback for the owner and the user gets HTTP 400 with a message instead of a server error.
The upload views parse before they write (and write in one transaction), so a parser crash
leaves nothing behind. The view is not wrapped in a transaction here: on SQLite that would hold
the write lock for as long as a PDF takes to parse, and stall the worker's progress writes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

logger = logging.getLogger(__name__)

View = Callable[..., HttpResponse]
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
# Django answers these itself (404, 403, 400); they are not crashes.
_EXPECTED = (Http404, PermissionDenied, SuspiciousOperation)


def carries_upload(request: HttpRequest) -> bool:
    if request.method != "POST":
        return False
    if request.content_type not in _FORMS:
        return bool(request.headers.get("Content-Length", "0") not in ("", "0"))
    return request.content_type == "multipart/form-data" and bool(request.FILES)


class UploadGuardMiddleware:
    """Listed after CSRF and sign-in, so their checks have run before the view is called here."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: View, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> HttpResponse | None:
        if not carries_upload(request):
            return None
        try:
            return view(request, *args, **kwargs)
        except _EXPECTED:
            raise
        except Exception:  # noqa: BLE001 - any crash on a hostile file ends as a clear page
            logger.exception("A file sent to %s could not be read", request.path)
            return render(request, "core/input_refused.html", status=400)
