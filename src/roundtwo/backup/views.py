"""Download all your data as one file (made in the background), or restore it from one."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo import stored_files
from roundtwo.background.models import Job
from roundtwo.backup.document import ImportRefused, import_document
from roundtwo.backup.tasks import queue_export
from roundtwo.core.ownership import get_owned
from roundtwo.engines import untrusted_json


class ImportForm(forms.Form):
    file = forms.FileField(label="Export file (.json)")
    confirm = forms.BooleanField(
        label="Replace everything in this account with the file's contents",
        help_text="Your current opportunities are replaced. Export them first if unsure.",
    )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > settings.MAX_IMPORT_BYTES:
            limit = settings.MAX_IMPORT_BYTES // (1024 * 1024)
            raise forms.ValidationError(f"The file is larger than {limit} MB.")
        try:
            return untrusted_json.loads(upload.read().decode("utf-8"))
        except UnicodeDecodeError:
            raise forms.ValidationError(
                "This file is not readable JSON (not UTF-8 text)."
            ) from None
        except untrusted_json.UntrustedJSONError as error:
            raise forms.ValidationError(f"This file is not readable JSON. {error}") from None


@require_http_methods(["GET", "POST"])
def backup_page(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            summary = import_document(form.cleaned_data["file"], request.user)  # type: ignore[arg-type]
        except ImportRefused as refusal:
            form.add_error("file", f"{refusal} Nothing was changed.")
        else:
            first, *rest = summary.lines()
            messages.success(request, first)
            for line in rest:
                messages.info(request, line)
            return redirect("opportunities:dashboard")
    jobs = Job.objects.filter(owner_id=request.user.pk, kind="export")[:5]
    return render(request, "backup/page.html", {"form": form, "jobs": jobs})


@require_POST
def start_export(request: HttpRequest) -> HttpResponse:
    job = queue_export(request.user.pk)  # type: ignore[arg-type]
    return redirect("background:job", job.pk)


def download(request: HttpRequest, job_pk: str) -> FileResponse:
    job = get_owned(Job, request.user, pk=job_pk, kind="export")
    if job.status != Job.Status.DONE or not stored_files.exists(job.result_path):
        raise Http404("This export is not ready, or its file was removed.")
    name = f"roundtwo-export-{job.created_at:%Y-%m-%d}.json"
    return FileResponse(
        stored_files.open_stored(job.result_path), as_attachment=True, filename=name
    )
