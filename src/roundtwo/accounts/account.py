"""Your account: change the password, or delete the account and everything in it."""

from __future__ import annotations

from django import forms
from django.contrib import auth, messages
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.accounts import password_reset, sessions
from roundtwo.accounts.erasure import erase_account
from roundtwo.background.models import Job


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, request: HttpRequest, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.request = request

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        user: User = self.request.user  # type: ignore[assignment]
        # through authenticate, so wrong tries here count towards the sign-in throttle too
        checked = auth.authenticate(self.request, username=user.get_username(), password=password)
        if checked is None or checked.pk != user.pk:
            raise forms.ValidationError("That is not your password. Nothing was deleted.")
        return password


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


class EmailForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = User
        fields = ["email"]
        labels = {"email": "Your email address"}
        help_texts = {"email": "Where a password-reset link is sent. Leave empty for none."}


def _account_page(request: HttpRequest, email_form: EmailForm, status: int = 200) -> HttpResponse:
    context = {
        "sessions": sessions.listed(request),
        "email_form": email_form,
        "reset_available": password_reset.available(),
    }
    return render(request, "accounts/account.html", context, status=status)


@require_http_methods(["GET"])
def account(request: HttpRequest) -> HttpResponse:
    return _account_page(request, EmailForm(instance=_user(request)))


@require_POST
def change_email(request: HttpRequest) -> HttpResponse:
    form = EmailForm(request.POST, instance=_user(request))
    if not form.is_valid():
        return _account_page(request, form, status=400)
    form.save()
    messages.success(request, "Email address saved.")
    return redirect("accounts:account")


@require_POST
def end_session(request: HttpRequest, signed_in_session_pk: int) -> HttpResponse:
    if sessions.end_one(request, signed_in_session_pk):
        messages.success(request, "That session is ended: the browser is signed out.")
    else:
        messages.info(request, "This is the session you are using: sign out to end it.")
    return redirect("accounts:account")


@require_POST
def end_other_sessions(request: HttpRequest) -> HttpResponse:
    count = sessions.end_others(request)
    plural = "s" if count != 1 else ""
    messages.success(request, f"Ended {count} other session{plural}; this one stays signed in.")
    return redirect("accounts:account")


@require_http_methods(["GET", "POST"])
def change_password(request: HttpRequest) -> HttpResponse:
    form = PasswordChangeForm(_user(request), request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        auth.update_session_auth_hash(request, user)  # other sessions are signed out
        messages.success(request, "Password changed; you are signed out in other browsers.")
        return redirect("accounts:account")
    status = 400 if form.errors else 200
    return render(request, "accounts/change_password.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        erase_account(_user(request))
        auth.logout(request)
        messages.success(request, "Your account and everything in it are deleted.")
        return redirect("accounts:login")
    exports = Job.objects.filter(owner=_user(request), kind="export", status=Job.Status.DONE)
    context = {"form": form, "latest_export": exports.first()}
    status = 400 if form.errors else 200
    return render(request, "accounts/delete_account.html", context, status=status)
