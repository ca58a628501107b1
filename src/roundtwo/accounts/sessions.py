"""Your sessions: every browser signed in to the account, listed and ended by its owner.

A row is made at sign-in (the user_logged_in signal) and touched by the middleware at most once
a minute, so the list shows when each browser was last used without a write per request. The
touch also re-records a session whose key Django rotated (a password change keeps the current
browser signed in under a new key).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.sessions.models import Session
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from roundtwo.accounts.models import SignedInSession
from roundtwo.accounts.throttle import client_address
from roundtwo.core.ownership import get_owned

TOUCH_SECONDS = 60
# [session key, Unix time] of the last write of this session's row: a rotated key (the data is
# carried over to the new key) is recorded again at once, not a minute later.
_TOUCHED = "_roundtwo_seen"


@dataclass(frozen=True)
class SessionLine:
    id: int
    user_agent: str
    ip_address: str | None
    created_at: datetime
    last_seen: datetime
    current: bool


def record(request: HttpRequest, user: AbstractBaseUser) -> None:
    """Write (or refresh) the row of this request's session for `user`."""
    key = request.session.session_key
    if key is None:
        request.session.save()  # a new session has no key until it is saved
        key = request.session.session_key
    values = {
        "user_id": user.pk,
        "user_agent": request.META.get("HTTP_USER_AGENT", "")[:300],
        "ip_address": client_address(request),
        "last_seen": timezone.now(),
    }
    try:
        with transaction.atomic():
            SignedInSession.objects.update_or_create(session_key=key, defaults=values)
    except IntegrityError:  # two requests of one new session raced; the other one wrote it
        pass
    request.session[_TOUCHED] = [key, int(time.time())]


def on_signed_in(
    sender: object, request: HttpRequest | None, user: AbstractBaseUser, **_: object
) -> None:
    if request is not None and hasattr(request, "session"):
        record(request, user)


def on_signed_out(sender: object, request: HttpRequest | None, **_: object) -> None:
    if request is not None and request.session.session_key:
        SignedInSession.objects.filter(session_key=request.session.session_key).delete()


class SessionTouchMiddleware:
    """Keeps each signed-in session's row and its 'last seen' time, at most once a minute."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", AnonymousUser())
        if isinstance(user, AbstractBaseUser) and user.is_authenticated:
            key, at = request.session.get(_TOUCHED) or ["", 0]
            if key != request.session.session_key or time.time() - at >= TOUCH_SECONDS:
                record(request, user)
        return self.get_response(request)


def _owner(request: HttpRequest) -> int:
    owner = request.user.pk
    assert owner is not None, "these pages need a signed-in user"
    return owner


def listed(request: HttpRequest) -> list[SessionLine]:
    """The user's live sessions, the current one first; stale rows are removed on the way."""
    rows = list(SignedInSession.objects.filter(user_id=_owner(request)))
    live = set(
        Session.objects.filter(
            session_key__in=[row.session_key for row in rows], expire_date__gt=timezone.now()
        ).values_list("session_key", flat=True)
    )
    current_key = request.session.session_key
    stale = [
        row.pk for row in rows if row.session_key not in live and row.session_key != current_key
    ]
    if stale:
        SignedInSession.objects.filter(pk__in=stale).delete()
    lines = [
        SessionLine(
            id=row.pk,
            user_agent=row.user_agent,
            ip_address=row.ip_address,
            created_at=row.created_at,
            last_seen=row.last_seen,
            current=row.session_key == current_key,
        )
        for row in rows
        if row.pk not in stale
    ]
    return sorted(lines, key=lambda line: (not line.current, -line.last_seen.timestamp()))


def end(user_id: int, keys: list[str]) -> int:
    """Sign these sessions out at once (their rows in Django's session table go)."""
    Session.objects.filter(session_key__in=keys).delete()
    deleted, _ = SignedInSession.objects.filter(user_id=user_id, session_key__in=keys).delete()
    return deleted


def end_one(request: HttpRequest, row_id: int) -> bool:
    """End one of the user's sessions (404 for another's); False for the current one."""
    row = get_owned(SignedInSession, request.user, pk=row_id)
    if row.session_key == request.session.session_key:
        return False
    end(_owner(request), [row.session_key])
    return True


def end_others(request: HttpRequest) -> int:
    keys = list(
        SignedInSession.objects.filter(user_id=_owner(request))
        .exclude(session_key=request.session.session_key)
        .values_list("session_key", flat=True)
    )
    return end(_owner(request), keys)
