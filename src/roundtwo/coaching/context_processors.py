from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpRequest

from roundtwo.coaching.models import Share
from roundtwo.organisations.models import Membership


def unread_notifications(request: HttpRequest) -> dict[str, int | bool]:
    """The header's badge beside "Notifications", and whether to show the coach's link and the
    organisations link (one query for all three)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    active = Share.objects.filter(coach=OuterRef("pk"), accepted_at__isnull=False, revoked_at=None)
    member = Membership.objects.filter(user=OuterRef("pk"))
    unread, is_coach, in_organisation = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            unread=Count("notifications", filter=Q(notifications__read_at=None)),
            is_coach=Exists(active),
            in_organisation=Exists(member),
        )
        .values_list("unread", "is_coach", "in_organisation")
        .get()
    )
    return {
        "unread_notifications": unread,
        "is_coach": is_coach,
        "in_organisation": in_organisation,
    }
