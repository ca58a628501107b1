"""A member's organisations page, an organisation's admin page, and the invitation page."""

from __future__ import annotations

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from roundtwo.accounts import site_mail
from roundtwo.accounts.invited_signup import sign_up_from_invitation
from roundtwo.core.ownership import get_or_404, get_owned
from roundtwo.organisations.access import account, administered_or_404, memberships_of
from roundtwo.organisations.figures import MIN_GROUP, SOON_DAYS, WEEK_DAYS, figures
from roundtwo.organisations.forms import InviteForm
from roundtwo.organisations.invitations import (
    WHAT_ADMINS_SEE,
    AlreadyMember,
    InvitationError,
    accept,
    create_invitation,
    find_invitation,
    send_invitation,
    withdraw,
)
from roundtwo.organisations.membership import MembershipError, leave, remove
from roundtwo.organisations.models import Membership, Organisation, Role


@require_GET
def mine(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "organisations/mine.html",
        {"memberships": memberships_of(request.user), "what_admins_see": WHAT_ADMINS_SEE},
    )


@require_POST
def leave_organisation(request: HttpRequest, membership_pk: int) -> HttpResponse:
    membership = get_owned(Membership, request.user, pk=membership_pk)
    name = membership.organisation.name
    try:
        gone = leave(membership)
    except MembershipError as error:
        messages.error(request, str(error))
        return redirect("organisations:mine")
    messages.success(
        request, f"You left {name}." + (" It had no other members, so it is gone." if gone else "")
    )
    return redirect("organisations:mine")


def members_by_role(organisation: Organisation) -> list[tuple[str, list[Membership]]]:
    rows = list(organisation.memberships.select_related("user").order_by("user__username"))
    groups = ((Role.ADMIN, "Admins"), (Role.COACH, "Coaches"), (Role.CANDIDATE, "Candidates"))
    return [(label, [row for row in rows if row.role == value]) for value, label in groups]


@require_http_methods(["GET", "POST"])
def organisation_page(request: HttpRequest, org_pk: int) -> HttpResponse:
    """Members by role, invitations and the figures: for the organisation's admins only."""
    organisation = administered_or_404(request.user, org_pk)
    form = InviteForm(request.POST or None, organisation=organisation)
    link = ""
    if request.method == "POST" and form.is_valid():
        email, role = form.cleaned_data["email"], form.cleaned_data["role"]
        invitation, token = create_invitation(organisation, account(request), email, role)
        link = request.build_absolute_uri(reverse("organisations:join", args=[token]))
        problem = send_invitation(invitation, link) if "send" in request.POST else ""
        if problem:
            messages.warning(request, problem)
        elif "send" in request.POST:
            messages.success(request, f"Invitation sent to {invitation.email}.")
        else:
            messages.success(request, "Invitation made: copy the link below and send it yourself.")
        form = InviteForm(organisation=organisation)
    waiting = organisation.invitations.filter(accepted_at=None, withdrawn_at=None)
    pending = [row for row in waiting if row.is_pending]
    context = {
        "organisation": organisation,
        "form": form,
        "link": link,
        "members": members_by_role(organisation),
        "pending": pending,
        "figures": figures(organisation),
        "soon_days": SOON_DAYS,
        "week_days": WEEK_DAYS,
        "min_group": MIN_GROUP,
        "can_send": site_mail.configured(),
    }
    return render(
        request, "organisations/organisation.html", context, status=400 if form.errors else 200
    )


@require_POST
def remove_member(request: HttpRequest, org_pk: int, membership_pk: int) -> HttpResponse:
    organisation = administered_or_404(request.user, org_pk)
    membership = get_or_404(organisation.memberships.select_related("user"), pk=membership_pk)
    try:
        remove(organisation, membership, account(request))
    except MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            f"{membership.user.get_username()} is no longer a member. Shares they made or "
            "received as a coach are the candidates' own and stay as they are.",
        )
    return redirect("organisations:page", org_pk=organisation.pk)


@require_POST
def withdraw_invitation(request: HttpRequest, org_pk: int, org_invitation_pk: int) -> HttpResponse:
    organisation = administered_or_404(request.user, org_pk)
    invitation = get_or_404(organisation.invitations.all(), pk=org_invitation_pk)
    withdraw(invitation)
    messages.success(request, f"The invitation to {invitation.email} no longer works.")
    return redirect("organisations:page", org_pk=organisation.pk)


@login_not_required
@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    """Signed out: say to sign in or create an account first. Signed in: join with one click."""
    try:
        invitation = find_invitation(token)
        if request.method == "POST" and request.user.is_authenticated:
            membership = accept(token, account(request))
            messages.success(request, f"You joined {membership.organisation.name}.")
            return redirect("organisations:mine")
    except InvitationError as error:
        problem = {"problem": str(error)}
        return render(request, "organisations/invitation.html", problem, status=410)
    except AlreadyMember as error:
        messages.info(request, str(error))
        return redirect("organisations:mine")
    if request.method == "POST":
        return redirect(f"{reverse('accounts:login')}?next={request.path}")
    context = {
        "invitation": invitation,
        "token": token,
        "next": request.path,
        "what_admins_see": WHAT_ADMINS_SEE,
    }
    response = render(request, "organisations/invitation.html", context)
    response["Cache-Control"] = "no-store"
    return response


@login_not_required
@require_http_methods(["GET", "POST"])
def create_account_to_join(request: HttpRequest, token: str) -> HttpResponse:
    """Someone invited with no account makes one for the invited address, even with sign-up
    closed: the invitation is the permission (the same page as a coach's invitation)."""

    def join_as(user: User) -> HttpResponse:
        membership = accept(token, user)  # InvitationError: the new account is rolled back
        messages.success(request, f"Account created. You joined {membership.organisation.name}.")
        return redirect("organisations:mine")

    try:
        invitation = find_invitation(token)
        if request.user.is_authenticated:
            return redirect("organisations:join", token)
        join_url = reverse("organisations:join", args=[token])
        words = {
            "invitation": f"{invitation.invited_by_name} invites you to join "
            f"{invitation.organisation.name} as {invitation.get_role_display().lower()}.",
            "sign_in_url": f"{reverse('accounts:login')}?next={quote(join_url)}",
        }
        response = sign_up_from_invitation(request, invitation.email, join_as, words)
    except InvitationError as error:
        return render(request, "organisations/invitation.html", {"problem": str(error)}, status=410)
    response["Cache-Control"] = "no-store"
    return response
