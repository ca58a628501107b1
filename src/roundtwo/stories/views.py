"""The story library: list, write, analyse and tag STAR stories."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.core.ownership import get_owned, owned_queryset
from roundtwo.engines.question_bank import competencies
from roundtwo.engines.stories import coverage
from roundtwo.stories.forms import StoryForm
from roundtwo.stories.models import Story
from roundtwo.stories.services import contradictions, refresh, suggestions_for


def library(request: HttpRequest) -> HttpResponse:
    stories = list(owned_queryset(Story, request.user))
    names = {c.id: c.name for c in competencies()}
    covered = coverage([(str(s.pk), s.competencies) for s in stories], list(names))
    context = {
        "stories": stories,
        "names": names,
        "gaps": [names[c] for c in covered.gaps],
        "thin": [names[c] for c in covered.thin],
    }
    return render(request, "stories/library.html", context)


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, story_pk: int | None = None) -> HttpResponse:
    story = get_owned(Story, request.user, pk=story_pk) if story_pk else Story(owner=request.user)  # type: ignore[misc]
    form = StoryForm(request.POST or None, instance=story)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        refresh(saved)
        saved.save()
        messages.success(request, "Story saved and analysed.")
        return redirect("stories:edit", saved.pk)
    context = {
        "form": form,
        "story": story,
        "names": {c.id: c.name for c in competencies()},
        "suggestions": suggestions_for(story) if story.pk else (),
        "contradictions": contradictions(request.user, story) if story.pk else [],  # type: ignore[arg-type]
    }
    return render(request, "stories/edit.html", context)


@require_POST
def accept_tag(request: HttpRequest, story_pk: int) -> HttpResponse:
    """The user confirms one suggested competency."""
    story = get_owned(Story, request.user, pk=story_pk)
    tag = request.POST.get("competency", "")
    if tag in {c.id for c in competencies()} and tag not in story.competencies:
        story.competencies = [*story.competencies, tag]
        story.save(update_fields=["competencies", "updated_at"])
    return redirect("stories:edit", story.pk)


@require_POST
def delete(request: HttpRequest, story_pk: int) -> HttpResponse:
    get_owned(Story, request.user, pk=story_pk).delete()
    messages.success(request, "Story deleted.")
    return redirect("stories:library")
