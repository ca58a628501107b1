"""Research: add sources (URL, file, pasted text), edit the facts, see the fit matrix."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.core.ownership import get_owned
from roundtwo.engines.documents import DocumentError, check_document
from roundtwo.opportunities.models import Opportunity
from roundtwo.research.fit import fit_matrix
from roundtwo.research.forms import ItemForm, SourceForm
from roundtwo.research.models import Item, Source
from roundtwo.research.tasks import queue_read
from roundtwo.workspace.views import load_opportunity, redirect_to_area, render_area

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def back(pk: int, anchor: str) -> HttpResponse:
    return redirect_to_area(pk, "research", anchor)


@require_POST
def add_source(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    form = SourceForm(request.POST, request.FILES)
    upload = request.FILES.get("file")
    if upload is not None and upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
        form.add_error("file", "This file is over 5 MB; save the relevant pages as a smaller file.")
    elif upload is not None:
        try:  # refuse what cannot be a document now; the background read does the parsing
            check_document(upload.read(), upload.name or "", upload.content_type)
        except DocumentError as error:
            form.add_error("file", error.message)
    if not form.is_valid():
        page = load_opportunity(request, pk)
        return render_area(request, page, "research", {"source_form": form})
    data = form.cleaned_data
    source = Source(opportunity=opportunity, kind=data["kind"], url=data["url"] or "")
    if upload is not None:
        source.filename = (upload.name or "upload")[:255]
        source.upload = b"".join(upload.chunks())
    elif data["text"]:
        source.content, source.content_type = data["text"], "text/plain"
    source.save()
    job = queue_read(source)
    messages.info(request, "Reading the source; the facts appear here when it is done.")
    return redirect("background:job", job.pk)


@require_POST
def refresh_source(request: HttpRequest, pk: int, source_pk: int) -> HttpResponse:
    source = get_owned(Source, request.user, pk=source_pk, opportunity_id=pk)
    job = queue_read(source)
    return redirect("background:job", job.pk)


@require_POST
def delete_source(request: HttpRequest, pk: int, source_pk: int) -> HttpResponse:
    source = get_owned(Source, request.user, pk=source_pk, opportunity_id=pk)
    source.items.filter(edited=False).delete()
    source.delete()
    messages.success(request, "Source removed with the facts it gave; your edited facts stay.")
    return back(pk, "sources")


@require_POST
def add_item(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    form = ItemForm(request.POST, instance=Item(opportunity=opportunity, edited=True))
    if not form.is_valid():
        page = load_opportunity(request, pk)
        return render_area(request, page, "research", {"item_form": form})
    form.save()
    return back(pk, f"item-{form.instance.pk}")


@require_http_methods(["GET", "POST"])
def edit_item(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    item = get_owned(Item, request.user, pk=item_pk, opportunity_id=pk)
    form = ItemForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        form.instance.edited = True
        form.save()
        return back(pk, f"item-{item.pk}")
    return render(
        request,
        "research/item_form.html",
        {"form": form, "item": item, "opportunity": item.opportunity},
    )


@require_POST
def delete_item(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    item = get_owned(Item, request.user, pk=item_pk, opportunity_id=pk)
    section = item.section
    item.delete()
    return back(pk, f"section-{section}")


def fit_page(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    rows = fit_matrix(opportunity, opportunity.owner)
    context = {"opportunity": opportunity, "rows": rows}
    return render(request, "research/fit.html", context)
