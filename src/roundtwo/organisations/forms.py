"""The admin's invitation form; it keeps what was typed when sent back."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from roundtwo.organisations.models import Invitation, Organisation, Role


class InviteForm(forms.Form):
    email = forms.EmailField(label="Their email address", max_length=254)
    role = forms.ChoiceField(
        label="As",
        choices=Role.choices,
        initial=Role.CANDIDATE,
        help_text=(
            "Admins run the organisation and see its figures. Coaches and candidates see only "
            "their own work; a candidate shares with a coach from their Sharing page."
        ),
    )

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        member = self.organisation.memberships.filter(user__email__iexact=email).first()
        if member is not None:
            role = Role(member.role).label.lower()
            raise forms.ValidationError(f"{email} is already a member, as {role}.")
        pending = Invitation.objects.filter(
            organisation=self.organisation,
            email=email,
            accepted_at=None,
            withdrawn_at=None,
            expires_at__gt=timezone.now(),
        )
        if pending.exists():
            raise forms.ValidationError(
                f"{email} already has an invitation waiting. Withdraw it below to send another."
            )
        return email
