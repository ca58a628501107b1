from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from roundtwo.documents.models import ChecklistItem, DayPack, Reference, ReferenceBrief
from roundtwo.stories.models import Story


class ChecklistItemForm(forms.ModelForm[ChecklistItem]):
    link = forms.URLField(
        label="Link",
        required=False,
        max_length=1000,
        assume_scheme="https",
        help_text="A portfolio page, a shared folder, the meeting link.",
    )
    remove_attachment = forms.BooleanField(label="Remove the attached file", required=False)

    class Meta:
        model = ChecklistItem
        fields = ["label", "status", "notes", "link", "attachment"]
        labels = {
            "label": "What to bring",
            "status": "Status",
            "notes": "Notes",
            "attachment": "Attach a file",
        }
        help_texts = {
            "attachment": "Kept on this machine, in your Round Two data folder.",
        }
        # a plain file input: the clearable one links to MEDIA_URL, which is never served
        widgets = {"notes": forms.Textarea(attrs={"rows": 2}), "attachment": forms.FileInput}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.instance.attachment:
            del self.fields["remove_attachment"]

    def clean_attachment(self) -> object:
        upload = self.cleaned_data.get("attachment")
        limit: int = settings.MAX_IMPORT_BYTES  # ROUNDTWO_MAX_UPLOAD_MB: uploads and imports
        if isinstance(upload, UploadedFile) and upload.size and upload.size > limit:
            raise forms.ValidationError(
                f"This file is {upload.size / 1_048_576:.1f} MB; files up to "
                f"{limit // 1_048_576} MB can be attached. Link to it instead."
            )
        return upload


class ReferenceForm(forms.ModelForm[Reference]):
    class Meta:
        model = Reference
        fields = ["name", "relationship", "email", "phone", "notes", "stories"]
        labels = {
            "relationship": "How they know your work",
            "phone": "Phone",
            "stories": "Stories they saw first-hand",
        }
        help_texts = {
            "relationship": "For example: my manager at Portline, 2019-2023.",
            "stories": "Their briefing note mentions these.",
        }
        widgets = {
            "notes": forms.Textarea(attrs={"rows": 2}),
            "stories": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args: Any, owner_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        stories = self.fields["stories"]
        stories.queryset = Story.objects.filter(owner_id=owner_id)  # type: ignore[attr-defined]
        if not stories.queryset.exists():  # type: ignore[attr-defined]
            del self.fields["stories"]


class ReferenceBriefForm(forms.ModelForm[ReferenceBrief]):
    class Meta:
        model = ReferenceBrief
        fields = ["permission", "permission_asked_on", "briefed_on", "note"]
        labels = {
            "permission": "May you give their name for this role?",
            "permission_asked_on": "Asked on",
            "briefed_on": "Last briefed about this role",
            "note": "Briefing note",
        }
        help_texts = {
            "note": "Made from the role; once you change it, your words are kept.",
        }
        widgets = {
            "permission_asked_on": forms.DateInput(attrs={"type": "date"}),
            "briefed_on": forms.DateInput(attrs={"type": "date"}),
            "note": forms.Textarea(attrs={"rows": 12}),
        }


class DayPackForm(forms.ModelForm[DayPack]):
    class Meta:
        model = DayPack
        fields = ["page_size", "ask_for"]
        labels = {"page_size": "Paper size", "ask_for": "Who to ask for on arrival"}
        help_texts = {"ask_for": "Printed with the logistics, e.g. “Priya Raman at reception”."}
