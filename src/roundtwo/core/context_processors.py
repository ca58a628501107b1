from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def assets(request: HttpRequest) -> dict[str, bool]:
    return {"htmx_available": bool(settings.STATICFILES_DIRS)}
