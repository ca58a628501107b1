"""Your resume: import it into experience entries and bullets, then correct them."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.core.ownership import get_owned, owned_queryset
from roundtwo.engines.documents import DocumentError
from roundtwo.engines.resume import ResumeError
from roundtwo.resume.forms import ExperienceForm, ResumeUploadForm
from roundtwo.resume.importing import parse_upload, save_resume
from roundtwo.resume.models import Achievement, Experience
from roundtwo.workspace.revision import touch

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def page(request: HttpRequest, form: ResumeUploadForm | None = None) -> HttpResponse:
    experiences = owned_queryset(Experience, request.user).prefetch_related("achievements")
    context = {"experiences": experiences, "form": form or ResumeUploadForm()}
    return render(request, "resume/page.html", context)


@require_POST
def upload(request: HttpRequest) -> HttpResponse:
    form = ResumeUploadForm(request.POST, request.FILES)
    if form.is_valid():
        file = form.cleaned_data["file"]
        try:
            if file.size > MAX_UPLOAD_BYTES:
                raise ResumeError("This file is over 5 MB; a resume is rarely that big.")
            resume = parse_upload(b"".join(file.chunks()), file.name or "resume")
        except (DocumentError, ResumeError) as error:
            form.add_error("file", getattr(error, "message", None) or str(error))
        else:
            saved = save_resume(request.user, resume, file.name, form.cleaned_data["replace"])  # type: ignore[arg-type]
            bullets = sum(e.achievements.count() for e in saved)
            messages.success(request, f"Imported {len(saved)} entries with {bullets} bullets.")
            return redirect("resume:page")
    return page(request, form)


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, experience_pk: int | None = None) -> HttpResponse:
    experience = (
        get_owned(Experience, request.user, pk=experience_pk)
        if experience_pk
        else Experience(owner=request.user)  # type: ignore[misc]
    )
    initial = (
        {"bullets": "\n".join(a.text for a in experience.achievements.all())}
        if experience.pk
        else {}
    )
    form = ExperienceForm(request.POST or None, instance=experience, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
            experience.achievements.all().delete()
            Achievement.objects.bulk_create(
                Achievement(experience=experience, text=text[:5000], position=i)
                for i, text in enumerate(form.bullet_lines())
            )
            touch(request.user.pk)  # type: ignore[arg-type]
        return redirect("resume:page")
    return render(request, "resume/edit.html", {"form": form, "experience": experience})


@require_POST
def delete(request: HttpRequest, experience_pk: int) -> HttpResponse:
    get_owned(Experience, request.user, pk=experience_pk).delete()
    messages.success(request, "Entry deleted.")
    return redirect("resume:page")


def view(request: HttpRequest) -> HttpResponse:
    return page(request)
