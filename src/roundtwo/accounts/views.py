"""Sign-in for everyone, even locally: the first run creates the local account."""

from __future__ import annotations

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from roundtwo.accounts import password_reset


def first_run() -> bool:
    return not auth.get_user_model().objects.exists()


def can_create_account() -> bool:
    # Locally the first visitor creates the one account; hosted sites open sign-up by choice.
    return (first_run() and not settings.HOSTED) or settings.ALLOW_SIGNUP


@login_not_required
@require_http_methods(["GET", "POST"])
def create_account(request: HttpRequest) -> HttpResponse:
    if not can_create_account():
        return redirect("accounts:login")
    form: UserCreationForm[User] = UserCreationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        auth.login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("opportunities:dashboard")
    return render(request, "accounts/create_account.html", {"form": form, "first_run": first_run()})


@login_not_required
def sign_in(request: HttpRequest) -> HttpResponseBase:
    if first_run() and not settings.HOSTED:
        return redirect("accounts:create")
    view = auth_views.LoginView.as_view(
        template_name="accounts/sign_in.html",
        extra_context={
            "can_create_account": can_create_account(),
            "reset_available": password_reset.available(),
        },
        redirect_authenticated_user=True,
    )
    return view(request)
