"""An account made from an invitation where sign-up is closed: the invitation is the permission.

The account is for the invited address alone (it is the account's email and its sign-in name,
not a field the visitor fills), so the page can neither make an account for another address nor
tell whether another address has one. An address that already has an account is asked to sign
in. The caller's `accept` runs in the same transaction as the account's creation, so when the
invitation turns out to be used, withdrawn or expired at that moment, no account is left behind.

Any invitation can use this: coaching's (coaching/sharing_views.py) today; an organisation's
invitation can call `sign_up_from_invitation` with its own address, `accept` and words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import auth
from django.contrib.auth.forms import BaseUserCreationForm
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

TEMPLATE = "accounts/invited_signup.html"
NAME_LIMIT = 150  # the longest sign-in name an account may have


def address_registered(address: str) -> bool:
    """Whether an account already uses this address, as its email or as its sign-in name."""
    users = auth.get_user_model().objects
    return users.filter(Q(email__iexact=address) | Q(username__iexact=address)).exists()


class InvitedAccountForm(BaseUserCreationForm):  # type: ignore[type-arg]
    """A name to be shown by, and a password; the address comes from the invitation."""

    class Meta:
        model = User
        fields = ("first_name", "last_name")
        labels = {"first_name": "Your first name", "last_name": "Your last name"}
        help_texts = {"first_name": "Shown to the person who invited you, with your address."}

    def __init__(self, address: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.address = address
        # Set before validation, so the password checks compare against the address too.
        self.instance.username = address
        self.instance.email = address

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean() or {}  # first: it sets what the checks read
        if len(self.address) > NAME_LIMIT:
            self.add_error(
                None,
                f"This address is longer than {NAME_LIMIT} characters, too long to sign in "
                "with here. Ask for the invitation to be sent to a shorter address.",
            )
        return data


def sign_up_from_invitation(
    request: HttpRequest,
    address: str,
    accept: Callable[[User], HttpResponse],
    words: dict[str, str],
) -> HttpResponse:
    """The sign-up page of one valid invitation; the caller has checked it is valid.

    `words` holds "invitation" (a sentence saying who invites to what) and "sign_in_url" (where
    an existing account signs in to accept). `accept(user)` returns the page to go to; its
    exceptions roll the new account back and reach the caller.
    """
    context: dict[str, Any] = {**words, "address": address}
    if address_registered(address):
        return render(request, TEMPLATE, {**context, "registered": True})
    form = InvitedAccountForm(address, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                user = form.save()
                response = accept(user)
        except IntegrityError:  # the same address made an account a moment ago
            return render(request, TEMPLATE, {**context, "registered": True})
        auth.login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return response
    status = 400 if form.errors else 200
    return render(request, TEMPLATE, {**context, "form": form}, status=status)
