"""Your account: change the password, or delete the account and everything in it."""

from __future__ import annotations

from django import forms
from django.contrib import auth, messages
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

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


@require_http_methods(["GET"])
def account(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/account.html")


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
