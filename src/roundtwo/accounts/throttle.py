"""Sign-in throttling (django-axes does the counting): who is asking, and what they are told."""

from __future__ import annotations

import ipaddress
import logging

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

log = logging.getLogger(__name__)
_warned_about_proxies = False

REFUSAL = (
    "Too many failed sign-ins. Wait 15 minutes, then try again; "
    "each failed try in the meantime starts the wait again."
)


def client_address(request: HttpRequest) -> str | None:
    """The address that connected, or the one the trusted proxies say they received from.

    X-Forwarded-For is never trusted by default: anyone can write it. Each trusted proxy
    appends the address it was reached from, so with N proxies the client is the N-th entry
    from the right; entries further left were written by the client and are ignored.
    """
    remote: str | None = request.META.get("REMOTE_ADDR") or None
    hops: int = settings.TRUSTED_PROXIES
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not hops:
        if header and settings.HOSTED:
            _warn_once_about_proxies()
        return remote
    forwarded = [part.strip() for part in header.split(",") if part.strip()]
    if len(forwarded) < hops:
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-hops]))
    except ValueError:
        return remote


def _warn_once_about_proxies() -> None:
    """Behind an undeclared proxy every visitor has the proxy's address, and one person's
    failed sign-ins would lock everyone out: say so to whoever runs the site."""
    global _warned_about_proxies
    if not _warned_about_proxies:
        _warned_about_proxies = True
        log.warning(
            "Sign-in requests carry X-Forwarded-For but ROUNDTWO_TRUSTED_PROXIES is 0: the "
            "throttle counts them all by the proxy's address. Set it to the number of proxies."
        )


def refused(
    request: HttpRequest, original_response: HttpResponse | None, credentials: object = None
) -> HttpResponse:
    """The sign-in page again, saying the same thing whether the username exists or not."""
    form = AuthenticationForm(request, initial={"username": request.POST.get("username", "")})
    context = {
        "form": form,
        "refusal": REFUSAL,
        "can_create_account": False,
        "next": request.POST.get("next", ""),
    }
    return render(request, "accounts/sign_in.html", context, status=429)
