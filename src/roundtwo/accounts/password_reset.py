"""Password reset by email, through the site's own mail (ROUNDTWO_SMTP_HOST and _FROM).

Offered only when the site has mail: a single-user install on a laptop usually has none, and
its owner resets the password with `roundtwo user password` at the terminal instead.

No one learns from the reset page whether an address has an account: the answer and its timing
are the same either way, since the mail is sent from a thread after the answer is written.
Requests are limited per address (a few mails an hour, silently) and per client (refused with
429 past that), and a link works once, for PASSWORD_RESET_TIMEOUT seconds.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from typing import Any

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import PasswordResetForm
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render
from django.template import loader
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.decorators import method_decorator

from roundtwo.accounts import site_mail
from roundtwo.accounts.models import ResetRequest
from roundtwo.accounts.throttle import client_address

log = logging.getLogger(__name__)

WINDOW = timedelta(hours=1)
MAILS_PER_ADDRESS = 3
REQUESTS_PER_CLIENT = 10
TOO_MANY = (
    "Too many reset requests from your network in the last hour. Wait an hour, then try again."
)


def available() -> bool:
    return site_mail.configured()


def address_digest(address: str) -> str:
    return salted_hmac("roundtwo.password-reset", address.strip().lower()).hexdigest()


def _recent(**lookup: object) -> int:
    return ResetRequest.objects.filter(at__gte=timezone.now() - WINDOW, **lookup).count()


class SiteMailResetForm(PasswordResetForm):
    """Django's form, with the mails collected here and sent by the site's mail afterwards."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.outbox: list[tuple[str, str, str]] = []

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        self.outbox.append((to_email, subject, body))


def _send_all(outbox: list[tuple[str, str, str]]) -> None:
    for to, subject, body in outbox:
        try:
            site_mail.send_from_site(to, subject, body)
        except Exception as error:  # a thread has no one to tell: the log is for the admin
            log.warning("A password-reset mail was not sent: %s", error)


def dispatch_mail(outbox: list[tuple[str, str, str]]) -> threading.Thread:
    """Send from a thread, so the answer comes back as fast whether or not a mail goes."""
    thread = threading.Thread(target=_send_all, args=(outbox,), name="roundtwo-reset-mail")
    thread.start()
    return thread


@method_decorator(login_not_required, name="dispatch")
class RequestReset(auth_views.PasswordResetView):
    form_class = SiteMailResetForm
    template_name = "accounts/reset_request.html"
    subject_template_name = "accounts/reset_mail_subject.txt"
    email_template_name = "accounts/reset_mail.txt"
    success_url = reverse_lazy("accounts:reset_sent")

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not available():
            raise Http404("This site cannot send mail.")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form: SiteMailResetForm) -> HttpResponse:
        client = client_address(self.request)
        if client and _recent(client=client) >= REQUESTS_PER_CLIENT:
            context = self.get_context_data(form=form, refusal=TOO_MANY)
            return render(self.request, self.template_name, context, status=429)
        digest = address_digest(form.cleaned_data["email"])
        mails_sent = _recent(address_digest=digest)
        ResetRequest.objects.create(address_digest=digest, client=client)
        ResetRequest.objects.filter(at__lt=timezone.now() - WINDOW).delete()
        response = super().form_valid(form)  # builds the mails into form.outbox
        if mails_sent < MAILS_PER_ADDRESS and form.outbox:
            dispatch_mail(form.outbox)
        return response


@method_decorator(login_not_required, name="dispatch")
class ResetSent(auth_views.PasswordResetDoneView):
    template_name = "accounts/reset_sent.html"


@method_decorator(login_not_required, name="dispatch")
class ChooseNewPassword(auth_views.PasswordResetConfirmView):
    template_name = "accounts/reset_choose.html"
    success_url = reverse_lazy("accounts:reset_done")

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not available():
            raise Http404("This site cannot send mail.")
        return super().dispatch(request, *args, **kwargs)


@method_decorator(login_not_required, name="dispatch")
class ResetDone(auth_views.PasswordResetCompleteView):
    template_name = "accounts/reset_done.html"
