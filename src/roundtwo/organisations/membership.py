"""Founding an organisation, leaving one, removing a member, and what an erased account leaves.

An organisation lives as long as it has members: the last one to leave (or to delete their
account) takes it and its pending invitations with them. The last admin may not leave while
others remain, so an organisation is not left without anyone to run it by a click; the
terminal (`roundtwo org admin`) names a new admin when an admin's account was deleted.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Count

from roundtwo.organisations.models import Membership, Organisation, Role


class MembershipError(Exception):
    """Why this change of membership is refused, in words for the page."""


def found(name: str, admin: AbstractBaseUser) -> Organisation:
    """A new organisation with its first admin."""
    name = name.strip()
    if not name:
        raise MembershipError("An organisation needs a name.")
    if Organisation.objects.filter(name__iexact=name).exists():
        raise MembershipError(f"An organisation named {name!r} already exists.")
    with transaction.atomic():
        organisation = Organisation.objects.create(name=name)
        Membership.objects.create(organisation=organisation, user_id=admin.pk, role=Role.ADMIN)
    return organisation


def make_admin(organisation: Organisation, user: AbstractBaseUser) -> Membership:
    membership, _ = Membership.objects.update_or_create(
        organisation=organisation, user_id=user.pk, defaults={"role": Role.ADMIN}
    )
    return membership


def leave(membership: Membership) -> bool:
    """The member leaves; returns True when the organisation went with its last member."""
    with transaction.atomic():
        organisation = Organisation.objects.select_for_update().get(pk=membership.organisation_id)
        others = organisation.memberships.exclude(pk=membership.pk)
        if not others.exists():
            organisation.delete()
            return True
        if membership.role == Role.ADMIN and not others.filter(role=Role.ADMIN).exists():
            raise MembershipError(
                f"You are the last admin of {organisation.name}. Invite another admin first, "
                "or remove the other members."
            )
        membership.delete()
    return False


def remove(organisation: Organisation, membership: Membership, admin: AbstractBaseUser) -> None:
    """An admin removes another member (their own way out is "Leave")."""
    if membership.user_id == admin.pk:
        raise MembershipError("To leave yourself, use Leave on your organisations page.")
    if membership.organisation_id != organisation.pk:
        raise MembershipError("That member is not in this organisation.")
    membership.delete()


def forget_account(user: AbstractBaseUser) -> None:
    """Before an account is erased: drop the organisations it is the only member of.

    Its memberships go with the account (cascade); organisations with other members stay.
    """
    mine = Membership.objects.filter(user_id=user.pk).values("organisation_id")
    alone = (
        Organisation.objects.filter(pk__in=mine)
        .annotate(members=Count("memberships"))
        .filter(members=1)
    )
    Organisation.objects.filter(pk__in=list(alone.values_list("pk", flat=True))).delete()
