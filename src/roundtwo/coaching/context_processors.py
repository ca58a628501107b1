from __future__ import annotations

from django.http import HttpRequest

from roundtwo.coaching.models import Notification, Share


def unread_notifications(request: HttpRequest) -> dict[str, int | bool]:
    """The badge beside "Notifications", and whether to show the coach's link."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "unread_notifications": Notification.objects.filter(user=user, read_at=None).count(),
        "is_coach": Share.objects.filter(
            coach=user, accepted_at__isnull=False, revoked_at=None
        ).exists(),
    }
