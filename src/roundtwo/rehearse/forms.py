"""Forms of the rehearsal studio; each keeps what was typed when it is sent back with an error."""

from __future__ import annotations

from typing import Any

from django import forms

from roundtwo.opportunities.models import NOTE_LIMIT
from roundtwo.rehearse.models import RUBRIC, RehearsalSession

MAX_UPLOAD_MB = 50


class StartForm(forms.Form):
    kind = forms.ChoiceField(choices=RehearsalSession.Kind.choices, widget=forms.HiddenInput)
    question = forms.CharField(
        label="Question",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Type any question, or pick one from your practice set below.",
    )
    practice = forms.CharField(required=False, widget=forms.HiddenInput)
    read_aloud = forms.BooleanField(
        label="Read each question aloud (your browser's voices, offline)", required=False
    )


class TypedAnswerForm(forms.Form):
    answer = forms.CharField(
        label="Your answer",
        max_length=NOTE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Typed answers get content feedback; pace, fillers and tone need your voice.",
    )


class UploadForm(forms.Form):
    recording = forms.FileField(
        label="A recording of your answer",
        help_text="WAV, MP3, M4A, FLAC, OGG or WebM, up to 10 minutes and 50 MB.",
    )

    def clean_recording(self) -> Any:
        file = self.cleaned_data["recording"]
        if file.size > MAX_UPLOAD_MB * 1024 * 1024:
            raise forms.ValidationError(f"This file is larger than {MAX_UPLOAD_MB} MB.")
        if file.size == 0:
            raise forms.ValidationError("This file is empty.")
        from roundtwo.engines.speech.sniff import NOT_A_RECORDING, looks_like_recording

        head = file.read(64)
        file.seek(0)
        if not looks_like_recording(head):
            raise forms.ValidationError(NOT_A_RECORDING)
        return file


RATING_CHOICES = [("", "Not rated"), *[(str(n), str(n)) for n in range(1, 6)]]


class ReviewForm(forms.Form):
    reviewer = forms.CharField(label="Your name", max_length=100)
    comments = forms.CharField(
        label="Comments",
        required=False,
        max_length=NOTE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="What worked, and the one thing to change first.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, label, hint in RUBRIC:
            self.fields[key] = forms.ChoiceField(
                label=label,
                choices=RATING_CHOICES,
                required=False,
                help_text=f"{hint} 1 = needs work, 5 = excellent.",
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not any(data.get(key) for key, _, _ in RUBRIC) and not data.get("comments"):
            raise forms.ValidationError("Rate at least one point or write a comment.")
        return data

    def ratings(self) -> dict[str, int]:
        return {key: int(v) for key, _, _ in RUBRIC if (v := self.cleaned_data.get(key))}
