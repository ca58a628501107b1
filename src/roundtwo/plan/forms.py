from __future__ import annotations

from django import forms

from roundtwo.plan.models import PlanTask
from roundtwo.workspace.areas import AREAS


class PlanTaskForm(forms.ModelForm[PlanTask]):
    area = forms.ChoiceField(label="Area", choices=[(a.key, a.title) for a in AREAS])

    class Meta:
        model = PlanTask
        fields = ["title", "detail", "due", "area", "minutes"]
        labels = {"due": "Do it on", "minutes": "Minutes it takes", "detail": "Details"}
        widgets = {
            "due": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "detail": forms.Textarea(attrs={"rows": 3}),
            "minutes": forms.NumberInput(attrs={"min": 5, "max": 600, "step": 5}),
        }

    def clean_minutes(self) -> int:
        minutes: int = self.cleaned_data["minutes"]
        if not 1 <= minutes <= 600:
            raise forms.ValidationError("Give a time between 1 and 600 minutes.")
        return minutes
