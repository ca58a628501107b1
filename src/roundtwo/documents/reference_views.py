"""References: kept across opportunities; permission, briefing and the note per opportunity."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.core.ownership import get_owned
from roundtwo.documents.forms import ReferenceBriefForm, ReferenceForm
from roundtwo.documents.models import Reference, ReferenceBrief
from roundtwo.documents.page import REFERENCE_PREFIX
from roundtwo.documents.references import generated_note, note_for, save_note
from roundtwo.documents.views import back
from roundtwo.opportunities.models import Opportunity
from roundtwo.workspace.revision import touch
from roundtwo.workspace.views import load_opportunity, render_area


def brief_for(opportunity: Opportunity, reference: Reference) -> ReferenceBrief:
    """The saved brief, or an unsaved one: looking at a reference never writes."""
    found = ReferenceBrief.objects.filter(opportunity=opportunity, reference=reference).first()
    return found or ReferenceBrief(opportunity=opportunity, reference=reference)


def get_pair(request: HttpRequest, pk: int, reference_pk: int) -> tuple[Opportunity, Reference]:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    return opportunity, get_owned(Reference, request.user, pk=reference_pk)


@require_POST
def add(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    form = ReferenceForm(
        request.POST,
        instance=Reference(owner_id=opportunity.owner_id),
        prefix=REFERENCE_PREFIX,
        owner_id=opportunity.owner_id,
    )
    if not form.is_valid():
        page = load_opportunity(request, pk)
        return render_area(request, page, "documents", {"reference_form": form})
    reference = form.save()
    messages.success(request, f"{reference.name} added to your references.")
    return back(pk, f"reference-{reference.pk}")


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int, reference_pk: int) -> HttpResponse:
    opportunity, reference = get_pair(request, pk, reference_pk)
    brief = brief_for(opportunity, reference)
    data = request.POST if request.method == "POST" else None
    person_form = ReferenceForm(
        data, instance=reference, prefix=REFERENCE_PREFIX, owner_id=opportunity.owner_id
    )
    brief_form = ReferenceBriefForm(
        data,
        instance=brief,
        prefix="brief",
        initial={"note": note_for(opportunity, reference, brief)},
    )
    if request.method == "POST" and person_form.is_valid() and brief_form.is_valid():
        with transaction.atomic():
            person_form.save()
            saved = brief_form.save(commit=False)
            # generated after the save: the stories they vouch for may have just changed
            save_note(
                saved, brief_form.cleaned_data["note"], generated_note(opportunity, reference)
            )
            saved.save()
        messages.success(request, f"Saved {reference.name}.")
        return back(pk, f"reference-{reference.pk}")
    context = {
        "opportunity": opportunity,
        "reference": reference,
        "brief": brief,
        "person_form": person_form,
        "brief_form": brief_form,
    }
    return render(request, "documents/reference_edit.html", context)


@require_POST
def briefed_today(request: HttpRequest, pk: int, reference_pk: int) -> HttpResponse:
    opportunity, reference = get_pair(request, pk, reference_pk)
    brief, _ = ReferenceBrief.objects.get_or_create(opportunity=opportunity, reference=reference)
    brief.briefed_on = timezone.localdate()
    brief.save(update_fields=["briefed_on"])
    return back(pk, f"reference-{reference.pk}")


@require_POST
def regenerate(request: HttpRequest, pk: int, reference_pk: int) -> HttpResponse:
    """Drop the user's version of the note: it is made from the opportunity again."""
    opportunity, reference = get_pair(request, pk, reference_pk)
    ReferenceBrief.objects.filter(opportunity=opportunity, reference=reference).update(
        note="", note_edited=False
    )
    touch(opportunity.owner_id)
    return back(pk, f"reference-{reference.pk}")


@require_POST
def delete(request: HttpRequest, pk: int, reference_pk: int) -> HttpResponse:
    _, reference = get_pair(request, pk, reference_pk)
    reference.delete()
    messages.success(request, f"{reference.name} removed from your references.")
    return back(pk, "references")
