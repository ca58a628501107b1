"""The invitation form and the comment form; both keep what was typed when sent back."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q
from django.utils import timezone

from roundtwo.coaching.models import Share
from roundtwo.opportunities.models import NOTE_LIMIT, Opportunity


class InviteForm(forms.ModelForm[Share]):
    opportunity = forms.ModelChoiceField(
        queryset=Opportunity.objects.none(),
        required=False,
        empty_label="All my interviews, now and later",
        label="What to share",
    )

    class Meta:
        model = Share
        fields = [
            "email",
            "opportunity",
            "can_comment",
            "can_review",
            "shares_stories",
            "shares_resume",
            "shares_recordings",
        ]
        labels = {
            "email": "Your coach's email address",
            "can_comment": "May comment",
            "can_review": "May review recordings (shares the recordings too)",
            "shares_stories": "Share my story bank",
            "shares_resume": "Share my resume",
            "shares_recordings": "Share my rehearsal recordings",
        }

    def __init__(self, *args: Any, owner: AbstractBaseUser, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.fields["opportunity"].queryset = Opportunity.objects.filter(  # type: ignore[attr-defined]
            owner_id=owner.pk, archived_at=None
        )

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        if email == (getattr(self.owner, "email", "") or "").lower():
            raise forms.ValidationError("That is your own address: invite your coach's.")
        return email

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("can_review"):  # a coach cannot review recordings she cannot hear
            data["shares_recordings"] = True
        email, opportunity = data.get("email"), data.get("opportunity")
        if email:
            live = Share.objects.filter(
                owner_id=self.owner.pk, email=email, revoked_at=None
            ).filter(Q(accepted_at__isnull=False) | Q(expires_at__gt=timezone.now()))
            if live.filter(opportunity=opportunity).exists():
                raise forms.ValidationError(
                    f"{email} already has access or an invitation for this. Revoke it below "
                    "first to change what they may do."
                )
        return data


class CommentForm(forms.Form):
    target = forms.CharField(widget=forms.HiddenInput, max_length=60)
    parent = forms.IntegerField(widget=forms.HiddenInput, required=False)
    at_seconds = forms.FloatField(
        label="At (seconds into the recording)", required=False, min_value=0, max_value=36_000
    )
    text = forms.CharField(
        label="Comment", max_length=NOTE_LIMIT, widget=forms.Textarea(attrs={"rows": 3})
    )
