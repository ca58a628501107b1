from __future__ import annotations

from django.db import connection
from django.http import HttpRequest

# Written by hand because every page runs it: the ORM took several times longer to build the
# equivalent annotated query than the database took to answer it. Any page test fails if a
# table or column here is renamed.
HEADER_SQL = """
SELECT (SELECT COUNT(*) FROM coaching_notification WHERE user_id = %s AND read_at IS NULL),
       EXISTS (SELECT 1 FROM coaching_share
               WHERE coach_id = %s AND accepted_at IS NOT NULL AND revoked_at IS NULL),
       EXISTS (SELECT 1 FROM organisations_membership WHERE user_id = %s)
"""


def unread_notifications(request: HttpRequest) -> dict[str, int | bool]:
    """The header's badge beside "Notifications", and whether to show the coach's link and the
    organisations link (one query for all three)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(HEADER_SQL, [user.pk] * 3)
        unread, is_coach, in_organisation = cursor.fetchone()
    return {
        "unread_notifications": int(unread),
        "is_coach": bool(is_coach),
        "in_organisation": bool(in_organisation),
    }
