"""Who may do what in an organisation: the one place that reads a member's role.

An organisation's pages are its admins' alone; anyone else gets 404, the same as a missing
id, so organisations cannot be probed. Nothing here reaches a candidate's preparation: that
goes through `core.permissions`, which knows nothing of organisations.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from roundtwo.organisations.models import Membership, Organisation, Role

User = AbstractBaseUser | AnonymousUser


def account(request: HttpRequest) -> AbstractBaseUser:
    """The signed-in account; the sign-in middleware already sent everyone else away."""
    user = request.user
    if not isinstance(user, AbstractBaseUser):
        raise Http404("Sign in first.")
    return user


def administered(user: User) -> QuerySet[Organisation]:
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(memberships__user_id=user.pk, memberships__role=Role.ADMIN)


def administered_or_404(user: User, org_pk: int) -> Organisation:
    found = administered(user).filter(pk=org_pk).first()
    if found is None:
        raise Http404("No organisation here.")
    return found


def memberships_of(user: User) -> QuerySet[Membership]:
    """The user's own memberships: what they may see of their organisations, and leave."""
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user_id=user.pk).select_related("organisation")
