from __future__ import annotations

from typing import Any

from django import forms

from roundtwo.engines.question_bank import competencies
from roundtwo.stories.models import Story


def competency_choices() -> list[tuple[str, str]]:
    return [(c.id, c.name) for c in competencies()]


class StoryForm(forms.ModelForm[Story]):
    competencies = forms.MultipleChoiceField(
        label="Competencies it shows",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="After you save, Round Two suggests some with its reasons; you decide.",
    )
    values_text = forms.CharField(
        label="Company values it shows",
        required=False,
        max_length=1000,
        help_text="Separate with commas, e.g. “Own the outcome, Say it plainly”.",
    )

    class Meta:
        model = Story
        fields = ["title", "situation", "task", "action", "result", "metrics", "free_text"]
        labels = {
            "situation": "Situation: where, when, what was at stake",
            "task": "Task: what you were responsible for",
            "action": "Action: what you did yourself",
            "result": "Result: what changed, and by how much",
            "metrics": "Numbers to quote",
            "free_text": "Or tell it freely",
        }
        help_texts = {"free_text": "If you prefer one block of text to the four parts."}
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in ("situation", "task", "action", "result")
        } | {"free_text": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["competencies"].choices = competency_choices()  # type: ignore[attr-defined]
        if self.instance.pk:
            self.initial["competencies"] = self.instance.competencies
            self.initial["values_text"] = ", ".join(self.instance.values)

    def save(self, commit: bool = True) -> Story:
        story = super().save(commit=False)
        story.competencies = list(self.cleaned_data.get("competencies") or [])
        text = self.cleaned_data.get("values_text") or ""
        story.values = [v.strip() for v in text.split(",") if v.strip()]
        if commit:
            story.save()
        return story
