from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpRequest

from roundtwo.coaching.models import Share


def unread_notifications(request: HttpRequest) -> dict[str, int | bool]:
    """The badge beside "Notifications", and whether to show the coach's link (one query)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    active = Share.objects.filter(coach=OuterRef("pk"), accepted_at__isnull=False, revoked_at=None)
    unread, is_coach = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            unread=Count("notifications", filter=Q(notifications__read_at=None)),
            is_coach=Exists(active),
        )
        .values_list("unread", "is_coach")
        .get()
    )
    return {"unread_notifications": unread, "is_coach": is_coach}
