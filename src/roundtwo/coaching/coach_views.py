"""The coach's side: the dashboard of candidates and a candidate's workspace, read-only.

The same workspace page opens for the candidate (the owner), who can reply, resolve and flag
items for their coach. Every object is fetched through `core.permissions` with the action the
view performs; nothing here edits a candidate's preparation.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from roundtwo.coaching.comments import add_comment, find_target, resolve, threads
from roundtwo.coaching.forms import CommentForm
from roundtwo.coaching.models import Comment, Share
from roundtwo.coaching.sharing import active_shares
from roundtwo.core.permissions import Action, fetch, permitted
from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.capture import media_response
from roundtwo.rehearse.forms import ReviewForm
from roundtwo.rehearse.models import RUBRIC, Attempt, Review
from roundtwo.workspace.readiness_cache import states
from roundtwo.workspace.views import common_context

CoachView = Callable[..., HttpResponseBase]


def not_shared_page(view: CoachView) -> CoachView:
    """A 404 here says plainly that the item is not shared (any more), and nothing else."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        try:
            return view(request, *args, **kwargs)
        except Http404:
            return render(request, "coaching/not_shared.html", status=404)

    return wrapped


def load(request: HttpRequest, pk: int, action: Action = Action.VIEW) -> Opportunity:
    return fetch(Opportunity, request.user, action, pk=pk)


def share_for(request: HttpRequest, opportunity: Opportunity) -> Share | None:
    """The viewer's widest active share on this opportunity; None for the owner."""
    if opportunity.owner_id == request.user.pk:
        return None
    return (
        Share.objects.filter(
            Q(opportunity=opportunity) | Q(opportunity=None),
            coach_id=request.user.pk,
            owner_id=opportunity.owner_id,
            accepted_at__isnull=False,
            revoked_at=None,
        )
        .order_by("-can_review", "-can_comment")
        .first()
    )


def waiting(coach: Any, opportunity: Opportunity, share: Share) -> dict[str, int]:
    """What asks for the coach's time: attempts they have not reviewed, items flagged for them."""
    to_review = 0
    if share.can_review:
        to_review = (
            permitted(Attempt, coach, Action.REVIEW)
            .filter(question__session__opportunity=opportunity, status=Attempt.Status.DONE)
            .exclude(reviews__coach=coach)
            .count()
        )
    flagged = Comment.objects.filter(
        Q(opportunity=opportunity) | Q(opportunity=None, story__isnull=False),
        owner_id=opportunity.owner_id,
        flagged=True,
        resolved_at=None,
    )
    if not share.shares_stories:
        flagged = flagged.filter(story=None)
    return {"to_review": to_review, "flagged": flagged.count()}


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    shares = active_shares(request.user)  # type: ignore[arg-type]
    rows = []
    today = timezone.localdate()
    opportunities = list(
        permitted(Opportunity, request.user, Action.VIEW)
        .exclude(owner_id=request.user.pk)
        .filter(archived_at=None)
        .select_related("owner")
        .order_by("interview_date")
    )
    now = states(opportunities)
    for opportunity in opportunities:
        share = share_for(request, opportunity)
        if share is None:
            continue
        rows.append(
            {
                "opportunity": opportunity,
                "candidate": opportunity.owner,
                "days_left": opportunity.days_left(today),
                "readiness": now[opportunity.pk].readiness.overall,
                "share": share,
                **waiting(request.user, opportunity, share),
            }
        )
    return render(request, "coaching/dashboard.html", {"rows": rows, "shares": shares})


def item_lists(opportunity: Opportunity, viewer: Any) -> dict[str, Any]:
    """The items of this preparation the viewer may see, each list through the permission layer."""
    owner_id = opportunity.owner_id
    return {
        "logged_questions": permitted(
            opportunity.logged_questions.model, viewer, Action.VIEW
        ).filter(opportunity=opportunity),
        "practice_questions": permitted(
            opportunity.practice_questions.model, viewer, Action.VIEW
        ).filter(opportunity=opportunity),
        "emails": permitted(opportunity.followup_emails.model, viewer, Action.VIEW)
        .filter(opportunity=opportunity)
        .select_related("interviewer"),
        "plan_tasks": permitted(opportunity.plan_tasks.model, viewer, Action.VIEW).filter(
            opportunity=opportunity
        ),
        "stories": stories_for(viewer, owner_id),
        "experiences": experiences_for(viewer, owner_id),
        "attempts": permitted(Attempt, viewer, Action.VIEW)
        .filter(question__session__opportunity=opportunity)
        .select_related("question")
        .prefetch_related("reviews")
        .order_by("-created_at"),
    }


def stories_for(viewer: Any, owner_id: int) -> QuerySet[Any]:
    from roundtwo.stories.models import Story

    return permitted(Story, viewer, Action.VIEW).filter(owner_id=owner_id)


def experiences_for(viewer: Any, owner_id: int) -> QuerySet[Any]:
    from roundtwo.resume.models import Experience

    return (
        permitted(Experience, viewer, Action.VIEW)
        .filter(owner_id=owner_id)
        .prefetch_related("achievements")
    )


def visible_comments(opportunity: Opportunity, lists: dict[str, Any]) -> list[Comment]:
    story_ids = [story.pk for story in lists["stories"]]
    rows = Comment.objects.filter(
        Q(opportunity=opportunity) | Q(story_id__in=story_ids), owner_id=opportunity.owner_id
    ).select_related("author")
    attempt_ids = {attempt.pk for attempt in lists["attempts"]}
    return [c for c in rows if c.attempt_id is None or c.attempt_id in attempt_ids]


@not_shared_page
@require_GET
def workspace(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = load(request, pk)
    share = share_for(request, opportunity)
    lists = item_lists(opportunity, request.user)
    context = common_context(opportunity)
    context.update(lists)
    context.update(
        {
            "share": share,
            "is_owner": share is None,
            "can_comment": share is None or share.can_comment,
            "can_review": share is not None and share.can_review,
            "threads": threads(visible_comments(opportunity, lists)),
            "comment_form": CommentForm(),
        }
    )
    return render(request, "coaching/workspace.html", context)


@not_shared_page
@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = load(request, pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, "A comment needs some text (up to 5,000 characters).")
        return redirect("coaching:workspace", pk)
    data = form.cleaned_data
    target = find_target(data["target"], request.user, Action.COMMENT, opportunity.pk)  # type: ignore[arg-type]
    made = add_comment(
        target,
        request.user,  # type: ignore[arg-type]
        data["text"],
        opportunity_id=opportunity.pk,
        parent_id=data["parent"],
        at_seconds=data["at_seconds"],
    )
    messages.success(request, "Comment saved.")
    return redirect(reverse("coaching:workspace", args=[pk]) + f"#comment-{made.pk}")


@not_shared_page
@require_POST
def flag(request: HttpRequest, pk: int) -> HttpResponse:
    """The candidate asks their coach to look at one item (owner only)."""
    opportunity = load(request, pk, Action.EDIT)
    target = find_target(request.POST.get("target", ""), request.user, Action.EDIT, opportunity.pk)  # type: ignore[arg-type]
    note = request.POST.get("text", "").strip()[:500] or "Could you look at this one?"
    add_comment(target, request.user, note, opportunity_id=opportunity.pk, flagged=True)  # type: ignore[arg-type]
    messages.success(request, "Flagged for your coach.")
    return redirect("coaching:workspace", pk)


@not_shared_page
@require_POST
def resolve_comment(request: HttpRequest, pk: int, comment_pk: int) -> HttpResponse:
    """The candidate, or a coach who may comment on the item, folds a thread away (or back)."""
    opportunity = load(request, pk)
    found = Comment.objects.filter(
        pk=comment_pk, owner_id=opportunity.owner_id, parent=None
    ).first()
    if found is None:
        raise Http404("No such comment.")
    find_target(found.target_key, request.user, Action.COMMENT, opportunity.pk)  # type: ignore[arg-type]
    resolve(found, resolved=request.POST.get("reopen") != "1")
    return redirect(reverse("coaching:workspace", args=[pk]) + f"#comment-{found.pk}")


@not_shared_page
@require_GET
def attempt_media(request: HttpRequest, pk: int, attempt_pk: int) -> HttpResponseBase:
    attempt = fetch(
        Attempt, request.user, Action.VIEW, pk=attempt_pk, question__session__opportunity_id=pk
    )
    return media_response(attempt)


@not_shared_page
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, pk: int, attempt_pk: int) -> HttpResponse:
    """The review rubric, for a coach with the review scope; their name goes on the review."""
    opportunity = load(request, pk)
    attempt = fetch(
        Attempt, request.user, Action.REVIEW, pk=attempt_pk, question__session__opportunity_id=pk
    )
    is_coach = opportunity.owner_id != request.user.pk
    name = request.user.get_full_name() or request.user.get_username()  # type: ignore[union-attr]
    form = ReviewForm(request.POST or None, initial={"reviewer": name})
    form.fields["reviewer"].disabled = True  # the signed-in account's name goes on the review
    if request.method == "POST" and form.is_valid():
        Review.objects.create(
            attempt=attempt,
            reviewer=(f"{name} (coach)" if is_coach else name)[:100],
            ratings=form.ratings(),
            comments=form.cleaned_data["comments"],
            coach_id=request.user.pk if is_coach else None,
        )
        messages.success(request, "Review saved; the candidate sees it beside the measures.")
        return redirect(reverse("coaching:workspace", args=[pk]) + f"#attempt-{attempt.pk}")
    context = {
        "opportunity": opportunity,
        "attempt": attempt,
        "form": form,
        "rubric": RUBRIC,
    }
    return render(request, "coaching/review.html", context, status=400 if form.errors else 200)
