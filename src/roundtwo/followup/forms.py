"""Forms of the follow-up area: the debrief, an email, the draft options and mail settings."""

from __future__ import annotations

from typing import Any

from django import forms

from roundtwo.engines.mail import validate_address, validate_header_value
from roundtwo.engines.mail.settings import is_this_computer
from roundtwo.followup.mail_setup import ENV_NAMES, env_overrides
from roundtwo.followup.models import Debrief, FollowUpEmail, MailSettings


def free_textarea(rows: int, hint: str = "") -> forms.Textarea:
    # No maxlength attribute: a browser would cut a long paste silently; the server says
    # "too long" instead and the text stays in the box.
    attrs: dict[str, Any] = {"rows": rows, "autocapitalize": "sentences"}
    if hint:
        attrs["placeholder"] = hint
    return forms.Textarea(attrs=attrs)


def drop_maxlength(form: forms.BaseForm) -> None:
    for field in form.fields.values():
        field.widget.attrs.pop("maxlength", None)


class DebriefForm(forms.ModelForm[Debrief]):
    class Meta:
        model = Debrief
        fields = ["topics", "specific", "questions_asked", "rapport", "next_steps"]
        labels = {
            "topics": "Topics you talked about",
            "specific": "Something specific they said",
            "questions_asked": "Questions they asked you",
            "rapport": "Rapport: how it felt, what you had in common",
            "next_steps": "Next steps they mentioned",
        }
        help_texts = {
            "topics": "One per line. Your thank-you note picks one of these.",
            "questions_asked": "One per line.",
            "next_steps": "Who contacts whom, and when.",
        }
        widgets = {
            "topics": free_textarea(4, "For example: their plans for the new warehouse"),
            "specific": free_textarea(3),
            "questions_asked": free_textarea(3),
            "rapport": free_textarea(2),
            "next_steps": free_textarea(2),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        drop_maxlength(self)


class DraftOptionsForm(forms.Form):
    tone = forms.ChoiceField(
        choices=FollowUpEmail.Tone.choices,
        initial=FollowUpEmail.Tone.WARM,
        widget=forms.RadioSelect,
        label="Tone",
    )


def checked(check: Any, value: str) -> str:
    """Run one of the mail engine's checks; its refusal becomes the form's message."""
    try:
        result: str = check(value)
    except ValueError as error:
        raise forms.ValidationError(str(error)) from None
    return result


class EmailForm(forms.ModelForm[FollowUpEmail]):
    class Meta:
        model = FollowUpEmail
        fields = ["to", "subject", "body"]
        labels = {"to": "To (their email address)", "subject": "Subject", "body": "Your note"}
        help_texts = {"to": "Leave empty to copy the note or open it in your mail app."}
        widgets = {
            "to": forms.EmailInput(attrs={"autocomplete": "off"}),
            "subject": forms.TextInput(),
            "body": free_textarea(14),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        drop_maxlength(self)
        self.fields["subject"].strip = False  # type: ignore[attr-defined]  # see clean_subject

    def clean_to(self) -> str:
        value: str = self.cleaned_data["to"].strip()
        return checked(validate_address, value) if value else ""

    def clean_body(self) -> str:
        value: str = self.cleaned_data["body"]
        return value.replace("\r\n", "\n").replace("\r", "\n")

    def clean_subject(self) -> str:
        # Not stripped by the field, so a line break typed or pasted in is refused, not hidden.
        value: str = self.cleaned_data["subject"]
        return checked(validate_header_value, value).strip()


class MailSettingsForm(forms.ModelForm[MailSettings]):
    password = forms.CharField(
        label="Password",
        required=False,
        max_length=500,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )
    forget_password = forms.BooleanField(label="Forget the saved password", required=False)

    class Meta:
        model = MailSettings
        fields = [
            "your_name",
            "from_address",
            "smtp_host",
            "smtp_port",
            "smtp_security",
            "smtp_username",
            "check_in_days",
        ]
        labels = {
            "your_name": "Your name",
            "from_address": "Your email address (sent from)",
            "smtp_host": "Mail server (SMTP host)",
            "smtp_port": "Port",
            "smtp_security": "Security",
            "smtp_username": "User name",
            "check_in_days": "Suggest a check-in after this many business days without a reply",
        }
        help_texts = {
            "your_name": "Signs your notes and shows as the sender. "
            "Empty: the name of your account.",
            "smtp_host": "For example smtp.example.org, from your mail provider's help pages.",
        }
        widgets = {"from_address": forms.EmailInput()}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        drop_maxlength(self)
        self.fields["check_in_days"].min_value = 1  # type: ignore[attr-defined]
        self.fields["check_in_days"].max_value = 30  # type: ignore[attr-defined]
        self.fields["check_in_days"].widget.attrs.update({"min": 1, "max": 30})
        self.fields["password"].help_text = (
            "Saved: leave empty to keep it." if self.instance.smtp_password else "Not saved yet."
        )
        fields = list(self.Meta.fields)
        self.order_fields([*fields[:-1], "password", "forget_password", fields[-1]])
        self.from_env = env_overrides()
        if not self.instance.smtp_password or "smtp_password" in self.from_env:
            self.fields.pop("forget_password")
        for name in self.from_env:
            field = self.fields["password" if name == "smtp_password" else name]
            field.disabled = True
            field.help_text = f"From the environment ({ENV_NAMES[name]})."

    def clean_your_name(self) -> str:
        return checked(validate_header_value, self.cleaned_data["your_name"])

    def clean_from_address(self) -> str:
        value: str = self.cleaned_data["from_address"].strip()
        return checked(validate_address, value) if value else ""

    def clean_smtp_host(self) -> str:
        value: str = self.cleaned_data["smtp_host"].strip()
        if any(c.isspace() for c in value) or "/" in value:
            raise forms.ValidationError("Enter only the server's name, like smtp.example.org.")
        return value

    def clean_smtp_port(self) -> int:
        port: int = self.cleaned_data["smtp_port"]
        if not 1 <= port <= 65535:
            raise forms.ValidationError("A port is a number from 1 to 65535.")
        return port

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        host = data.get("smtp_host", self.instance.smtp_host)
        insecure = data.get("smtp_security") == MailSettings.Security.NONE
        if insecure and host and not is_this_computer(host):
            self.add_error(
                "smtp_security",
                "Without encryption your password would cross the network readable: choose "
                "STARTTLS or TLS (no encryption only for a server on this machine).",
            )
        return data

    def save(self, commit: bool = True) -> MailSettings:
        settings = super().save(commit=False)
        if "smtp_password" not in self.from_env:
            if self.cleaned_data.get("forget_password"):
                settings.smtp_password = ""
            elif self.cleaned_data.get("password"):
                settings.smtp_password = self.cleaned_data["password"]
        if commit:
            settings.save()
        return settings
