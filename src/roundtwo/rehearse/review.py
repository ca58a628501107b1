"""Review by a person: the candidate, or a friend or coach through a private link.

Body language, tone and presence are judged by people here; the app never scores faces,
emotion or "confidence".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.rehearse.capture import media_response, owned_attempt
from roundtwo.rehearse.forms import ReviewForm
from roundtwo.rehearse.models import REVIEW_LINK_CHOICES, REVIEW_LINK_DAYS, Attempt, Review
from roundtwo.workspace.views import common_context, load_opportunity

# A link is for one friend or coach: a few reviews a minute is generous, a flood is not them.
LINK_REVIEWS_PER_MINUTE = 3
LINK_REVIEWS_IN_ALL = 20


@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, pk: int, attempt_pk: int) -> HttpResponse:
    attempt = owned_attempt(request, pk, attempt_pk)
    initial = {"reviewer": request.user.get_full_name() or "Me"}  # type: ignore[union-attr]
    form = ReviewForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        save_review(attempt, form, by_link=False)
        messages.success(request, "Review saved; it appears beside the automatic measures.")
        return redirect("rehearse:attempt", pk, attempt.pk)
    context = common_context(load_opportunity(request, pk))
    context.update({"attempt": attempt, "form": form, "by_link": False})
    return render(request, "rehearse/review.html", context, status=400 if form.errors else 200)


@require_POST
def review_link(request: HttpRequest, pk: int, attempt_pk: int) -> HttpResponse:
    """Make, or take back, the private link a friend or coach uses to review this attempt."""
    attempt = owned_attempt(request, pk, attempt_pk)
    if request.POST.get("action") == "revoke":
        attempt.review_token = ""
        attempt.review_expires_at = None
        messages.success(request, "The review link no longer works.")
    else:
        days = link_days(request.POST.get("days", ""))
        attempt.new_review_token(days)
        messages.success(
            request,
            f"Review link made; it works for {days} day{'s' if days > 1 else ''}. "
            "Send it only to the person reviewing.",
        )
    attempt.save(update_fields=["review_token", "review_expires_at"])
    return redirect("rehearse:attempt", pk, attempt.pk)


def link_days(raw: str) -> int:
    return int(raw) if raw in {str(days) for days in REVIEW_LINK_CHOICES} else REVIEW_LINK_DAYS


def by_token(token: str) -> Attempt:
    if len(token) < 20:
        raise Http404("No such review link.")
    attempt = (
        Attempt.objects.filter(review_token=token, review_expires_at__gt=timezone.now())
        .select_related("question__session__opportunity")
        .first()
    )
    if attempt is None:
        raise Http404("This review link is not valid any more.")
    return attempt


ReviewView = Callable[..., HttpResponseBase]


def unlisted(view: ReviewView) -> ReviewView:
    """A review link's pages: never kept in a cache, never indexed by a search engine."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseBase:
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = "no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped


@login_not_required
@require_http_methods(["GET", "POST"])
@unlisted
def public_review(request: HttpRequest, token: str) -> HttpResponse:
    """Shows only the question and the recording: nothing else of the candidate's workspace."""
    attempt = by_token(token)
    form = ReviewForm(request.POST or None)
    context = {"attempt": attempt, "form": form, "by_link": True, "token": token}
    if request.method == "POST" and form.is_valid():
        if save_link_review(attempt, form):
            return render(request, "rehearse/review_thanks.html", {"attempt": attempt})
        form.add_error(None, "Too many reviews through this link just now. Wait a minute.")
        return render(request, "rehearse/review.html", context, status=429)
    return render(request, "rehearse/review.html", context, status=400 if form.errors else 200)


@login_not_required
@unlisted
def public_media(request: HttpRequest, token: str) -> HttpResponseBase:
    return media_response(by_token(token))


def save_link_review(attempt: Attempt, form: ReviewForm) -> bool:
    """Save unless the link is over its limits; the attempt's row lock makes the count exact
    with several web processes."""
    with transaction.atomic():
        Attempt.objects.select_for_update().filter(pk=attempt.pk).first()
        by_link = attempt.reviews.filter(by_link=True)
        recent = by_link.filter(created_at__gte=timezone.now() - dt.timedelta(minutes=1))
        if recent.count() >= LINK_REVIEWS_PER_MINUTE or by_link.count() >= LINK_REVIEWS_IN_ALL:
            return False
        save_review(attempt, form, by_link=True)
    return True


def save_review(attempt: Attempt, form: ReviewForm, *, by_link: bool) -> Review:
    return Review.objects.create(
        attempt=attempt,
        reviewer=form.cleaned_data["reviewer"],
        ratings=form.ratings(),
        comments=form.cleaned_data["comments"],
        by_link=by_link,
    )
