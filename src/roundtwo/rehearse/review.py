"""Review by a person: the candidate, or a friend or coach through a private link.

Body language, tone and presence are judged by people here; the app never scores faces,
emotion or "confidence".
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.rehearse.capture import media_response, owned_attempt
from roundtwo.rehearse.forms import ReviewForm
from roundtwo.rehearse.models import Attempt, Review
from roundtwo.workspace.views import common_context, load_opportunity


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
        messages.success(request, "The review link no longer works.")
    else:
        attempt.new_review_token()
        messages.success(request, "Review link made: send it only to the person reviewing.")
    attempt.save(update_fields=["review_token"])
    return redirect("rehearse:attempt", pk, attempt.pk)


def by_token(token: str) -> Attempt:
    if len(token) < 20:
        raise Http404("No such review link.")
    attempt = (
        Attempt.objects.filter(review_token=token)
        .select_related("question__session__opportunity")
        .first()
    )
    if attempt is None:
        raise Http404("This review link is not valid any more.")
    return attempt


@login_not_required
@require_http_methods(["GET", "POST"])
def public_review(request: HttpRequest, token: str) -> HttpResponse:
    """Shows only the question and the recording: nothing else of the candidate's workspace."""
    attempt = by_token(token)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        save_review(attempt, form, by_link=True)
        return render(request, "rehearse/review_thanks.html", {"attempt": attempt})
    context = {"attempt": attempt, "form": form, "by_link": True, "token": token}
    return render(request, "rehearse/review.html", context, status=400 if form.errors else 200)


@login_not_required
def public_media(request: HttpRequest, token: str) -> HttpResponse | FileResponse:
    return media_response(by_token(token))


def save_review(attempt: Attempt, form: ReviewForm, *, by_link: bool) -> Review:
    return Review.objects.create(
        attempt=attempt,
        reviewer=form.cleaned_data["reviewer"],
        ratings=form.ratings(),
        comments=form.cleaned_data["comments"],
        by_link=by_link,
    )
