from __future__ import annotations

from django import forms

from roundtwo.resume.models import Experience


class ResumeUploadForm(forms.Form):
    file = forms.FileField(
        label="Your resume",
        help_text="PDF, Word (.docx), JSON Resume (.json) or plain text. It stays on this machine.",
    )
    replace = forms.BooleanField(
        label="Replace the entries imported from an earlier resume (ones you typed stay)",
        required=False,
        initial=True,
    )


class ExperienceForm(forms.ModelForm[Experience]):
    bullets = forms.CharField(
        label="Achievements, one per line",
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="What you did and what changed because of it: these are matched to the role.",
    )

    class Meta:
        model = Experience
        fields = ["kind", "title", "organisation", "start", "end", "location"]
        labels = {"kind": "Kind of entry", "organisation": "Organisation"}
        help_texts = {"start": "YYYY-MM or YYYY", "end": "YYYY-MM, YYYY or present"}

    def bullet_lines(self) -> list[str]:
        text: str = self.cleaned_data.get("bullets", "")
        return [line.strip(" •-*\t") for line in text.splitlines() if line.strip(" •-*\t")]
