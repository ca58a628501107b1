from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest

from roundtwo.organisations.access import is_member


def membership(request: HttpRequest) -> dict[str, Callable[[], bool]]:
    """Whether to show "Organisations" in the header; asked only when the header is drawn."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"in_organisation": lambda: is_member(user)}
