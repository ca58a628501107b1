"""The candidate's Sharing page, the coach's invitation page, and the notifications list."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.accounts.invited_signup import address_registered, sign_up_from_invitation
from roundtwo.coaching.forms import InviteForm
from roundtwo.coaching.models import AccessRecord, Notification, Share
from roundtwo.coaching.sharing import (
    InvitationError,
    accept,
    create_share,
    find_invitation,
    revoke,
    send_invitation,
)
from roundtwo.core.ownership import get_owned, owned_queryset

ACCESS_LOG_SHOWN = 200


@require_http_methods(["GET", "POST"])
def sharing(request: HttpRequest) -> HttpResponse:
    form = InviteForm(request.POST or None, owner=request.user)  # type: ignore[arg-type]
    link = ""
    if request.method == "POST" and form.is_valid():
        share = form.save(commit=False)
        token = create_share(request.user, share)  # type: ignore[arg-type]
        link = request.build_absolute_uri(reverse("coaching:accept", args=[token]))
        problem = send_invitation(share, link) if "send" in request.POST else ""
        if "send" in request.POST and not problem:
            messages.success(request, f"Invitation sent to {share.email}.")
        elif problem:
            messages.warning(request, problem)
        else:
            messages.success(request, "Invitation made: copy the link below and send it yourself.")
        form = InviteForm(owner=request.user)  # type: ignore[arg-type]
    context = {
        "form": form,
        "link": link,
        "shares": owned_queryset(Share, request.user).select_related("coach", "opportunity"),
        "records": owned_queryset(AccessRecord, request.user)[:ACCESS_LOG_SHOWN],
    }
    return render(request, "coaching/sharing.html", context, status=400 if form.errors else 200)


@require_POST
def revoke_share(request: HttpRequest, share_pk: int) -> HttpResponse:
    share = get_owned(Share, request.user, pk=share_pk)
    revoke(share)
    messages.success(request, f"{share.email} no longer has access. Their next request is refused.")
    return redirect("coaching:sharing")


@login_not_required
@require_http_methods(["GET", "POST"])
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """Signed out: say to sign in or create an account first. Signed in: accept with one click."""
    try:
        share = find_invitation(token)
        if request.method == "POST" and request.user.is_authenticated:
            share = accept(token, request.user)
            messages.success(request, f"You now coach {share.owner.get_username()}.")
            return redirect("coaching:dashboard")
    except InvitationError as error:
        return render(request, "coaching/invitation.html", {"problem": str(error)}, status=410)
    if request.method == "POST":
        return redirect(sign_in_url(token))
    context = {
        "share": share,
        "sign_in_url": sign_in_url(token),
        "token": token,
        "registered": not request.user.is_authenticated and address_registered(share.email),
    }
    response = render(request, "coaching/invitation.html", context)
    response["Cache-Control"] = "no-store"
    return response


def sign_in_url(token: str) -> str:
    return f"{reverse('accounts:login')}?next={reverse('coaching:accept', args=[token])}"


@login_not_required
@require_http_methods(["GET", "POST"])
def create_account_to_accept(request: HttpRequest, token: str) -> HttpResponse:
    """A coach with no account makes one for the invited address, even with sign-up closed."""

    def accept_as(coach: User) -> HttpResponse:
        share = accept(token, coach)  # InvitationError: the new account is rolled back
        messages.success(request, f"Account created. You now coach {share.owner.get_username()}.")
        return redirect("coaching:dashboard")

    try:
        share = find_invitation(token)
        if request.user.is_authenticated:
            return redirect("coaching:accept", token)
        who = share.owner.get_full_name() or share.owner.get_username()
        words = {
            "invitation": f"{who} invites you to follow their preparation: {share.what}; "
            f"you may {share.scope_label}.",
            "sign_in_url": sign_in_url(token),
        }
        response = sign_up_from_invitation(request, share.email, accept_as, words)
    except InvitationError as error:
        return render(request, "coaching/invitation.html", {"problem": str(error)}, status=410)
    response["Cache-Control"] = "no-store"
    return response


def notifications(request: HttpRequest) -> HttpResponse:
    rows = list(owned_queryset(Notification, request.user)[:100])
    return render(request, "coaching/notifications.html", {"notifications": rows})


@require_POST
def read_all(request: HttpRequest) -> HttpResponse:
    owned_queryset(Notification, request.user).filter(read_at=None).update(read_at=timezone.now())
    return redirect("coaching:notifications")
