"""Documents to bring: the checklist (htmx, with plain POST fallbacks), references, the pack.

Every checklist action answers an htmx request with the fragment it changed, and a plain
request with a redirect back to the area page (or the page again, with the form's errors).
"""

from __future__ import annotations

from pathlib import Path

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo import stored_files
from roundtwo.background.models import Job
from roundtwo.core.ownership import get_owned
from roundtwo.documents import checklist
from roundtwo.documents.calendar import CalendarUnavailable, calendar_file, calendar_filename
from roundtwo.documents.forms import ChecklistItemForm, DayPackForm
from roundtwo.documents.models import ChecklistItem, DayPack
from roundtwo.documents.pack import build_pack, day_pack, pack_html
from roundtwo.documents.page import CHECK_PREFIX, PACK_PREFIX, checklist_context
from roundtwo.documents.tasks import JOB_KIND, queue_pack
from roundtwo.opportunities.models import Opportunity
from roundtwo.workspace.views import load_opportunity, redirect_to_area, render_area


def back(pk: int, anchor: str) -> HttpResponse:
    return redirect_to_area(pk, "documents", anchor)


def is_htmx(request: HttpRequest) -> bool:
    return bool(getattr(request, "htmx", False))


def checklist_fragment(
    request: HttpRequest, opportunity: Opportunity, form: ChecklistItemForm | None = None
) -> HttpResponse:
    return render(request, "documents/_checklist.html", checklist_context(opportunity, form))


def item_fragment(request: HttpRequest, item: ChecklistItem) -> HttpResponse:
    ids = list(item.opportunity.checklist_items.values_list("pk", flat=True))
    context = {
        "item": item,
        "opportunity": item.opportunity,
        "statuses": ChecklistItem.Status.choices,
        "first": ids[:1] == [item.pk],
        "last": ids[-1:] == [item.pk],
    }
    return render(request, "documents/_check_item.html", context)


def get_item(request: HttpRequest, pk: int, check_pk: int) -> ChecklistItem:
    return get_owned(ChecklistItem, request.user, pk=check_pk, opportunity_id=pk)


@require_POST
def suggest(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    added = checklist.add_suggestions(opportunity)
    if is_htmx(request):
        return checklist_fragment(request, opportunity)
    if added:
        messages.success(request, f"{added} suggested items added to your checklist.")
    else:
        messages.info(request, "Every suggestion is on your list already.")
    return back(pk, "checklist")


@require_POST
def add(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    instance = ChecklistItem(opportunity=opportunity, position=checklist.next_position(opportunity))
    form = ChecklistItemForm(request.POST, request.FILES, instance=instance, prefix=CHECK_PREFIX)
    if not form.is_valid():
        if is_htmx(request):
            return checklist_fragment(request, opportunity, form)
        return render_area(
            request, load_opportunity(request, pk), "documents", {"check_form": form}
        )
    save_item(form)
    if is_htmx(request):
        return checklist_fragment(request, opportunity)
    return back(pk, f"check-{form.instance.pk}")


def save_item(form: ChecklistItemForm) -> ChecklistItem:
    item: ChecklistItem = form.save(commit=False)
    upload = form.files.get(form.add_prefix("attachment"))
    if form.cleaned_data.get("remove_attachment") and upload is None:
        checklist.remove_attachment(item)
    if upload is not None:
        item.attachment_name = (upload.name or "file")[:255]
    item.save()
    return item


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int, check_pk: int) -> HttpResponse:
    item = get_item(request, pk, check_pk)
    previous = item.attachment.name if item.attachment else ""
    data = (request.POST, request.FILES) if request.method == "POST" else (None, None)
    form = ChecklistItemForm(*data, instance=item, prefix=f"item{item.pk}")
    if request.method == "POST" and form.is_valid():
        saved = save_item(form)
        if previous and saved.attachment.name != previous:
            saved.attachment.storage.delete(previous)  # replaced or removed: no orphan file
        if is_htmx(request):
            return item_fragment(request, saved)
        return back(pk, f"check-{saved.pk}")
    context = {"form": form, "item": item, "opportunity": item.opportunity}
    template = "documents/_check_edit.html" if is_htmx(request) else "documents/check_edit.html"
    return render(request, template, context)


@require_POST
def set_status(request: HttpRequest, pk: int, check_pk: int) -> HttpResponse:
    item = get_item(request, pk, check_pk)
    status = request.POST.get("status", "")
    if status not in ChecklistItem.Status.values:
        return HttpResponse("Choose to do, ready, printed or packed.", status=400)
    item.status = status
    item.save(update_fields=["status"])
    if is_htmx(request):
        return item_fragment(request, item)
    return back(pk, f"check-{item.pk}")


@require_POST
def reorder(request: HttpRequest, pk: int, check_pk: int) -> HttpResponse:
    item = get_item(request, pk, check_pk)
    checklist.move(item, -1 if request.POST.get("direction") == "up" else 1)
    if is_htmx(request):
        return checklist_fragment(request, item.opportunity)
    return back(pk, f"check-{item.pk}")


@require_POST
def delete(request: HttpRequest, pk: int, check_pk: int) -> HttpResponse:
    item = get_item(request, pk, check_pk)
    opportunity = item.opportunity
    checklist.delete_item(item)
    if is_htmx(request):
        return checklist_fragment(request, opportunity)
    messages.success(request, f"Removed: {item.label}")
    return back(pk, "checklist")


def attachment(request: HttpRequest, pk: int, check_pk: int) -> FileResponse:
    item = get_item(request, pk, check_pk)
    if not item.attachment or not item.attachment.storage.exists(item.attachment.name):
        raise Http404("This item has no file attached, or the file was removed.")
    name = item.attachment_name or Path(item.attachment.name).name
    # Always a download: an uploaded HTML or SVG file must never run as a page of this site.
    return FileResponse(item.attachment.open("rb"), as_attachment=True, filename=name)


def pack_page(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    return HttpResponse(pack_html(build_pack(opportunity)))


@require_POST
def pack_make(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    form = DayPackForm(request.POST, instance=day_pack(opportunity), prefix=PACK_PREFIX)
    if not form.is_valid():
        page = load_opportunity(request, pk)
        return render_area(request, page, "documents", {"pack_form": form})
    pack = form.save()
    if request.POST.get("action") == "view":
        return redirect("documents:pack", pk)
    job = queue_pack(pack)
    return redirect("documents:pack_job", pk, job.pk)


def get_pack_job(request: HttpRequest, pk: int, pack_job_pk: str) -> tuple[Opportunity, Job]:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    return opportunity, get_owned(Job, request.user, pk=pack_job_pk, kind=JOB_KIND)


def pack_job(request: HttpRequest, pk: int, pack_job_pk: str) -> HttpResponse:
    opportunity, job = get_pack_job(request, pk, pack_job_pk)
    template = "documents/_pack_status.html" if is_htmx(request) else "documents/pack_job.html"
    return render(request, template, {"job": job, "opportunity": opportunity})


def pack_download(request: HttpRequest, pk: int, pack_job_pk: str) -> FileResponse:
    opportunity, job = get_pack_job(request, pk, pack_job_pk)
    if job.status != Job.Status.DONE or not stored_files.exists(job.result_path):
        raise Http404("This pack is not ready, or a newer one replaced it.")
    name = f"interview-day-pack-{slugify(opportunity.company) or opportunity.pk}.pdf"
    return FileResponse(
        stored_files.open_stored(job.result_path),
        as_attachment=True,
        filename=name,
        content_type="application/pdf",
    )


@require_POST
def pack_printed(request: HttpRequest, pk: int) -> HttpResponse:
    """The user says the pack is printed (or not after all): a signal they give on purpose."""
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    pack, _ = DayPack.objects.get_or_create(opportunity=opportunity)
    pack.printed_at = None if pack.printed_at else timezone.now()
    pack.save(update_fields=["printed_at"])
    return back(pk, "pack")


def calendar(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    try:
        data = calendar_file(opportunity)
    except CalendarUnavailable as reason:
        messages.error(request, str(reason))
        return back(pk, "calendar")
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{calendar_filename(opportunity)}"'
    return response
