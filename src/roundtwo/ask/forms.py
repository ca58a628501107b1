from __future__ import annotations

from django import forms

from roundtwo.ask.models import AskQuestion


class AskQuestionForm(forms.ModelForm[AskQuestion]):
    class Meta:
        model = AskQuestion
        fields = ["text", "interviewer", "round_number", "asked", "answer"]
        labels = {
            "text": "Your question",
            "interviewer": "For",
            "round_number": "Round",
            "asked": "Asked",
            "answer": "What they answered",
        }
        help_texts = {"answer": "Kept, so round two does not ask it again."}
        widgets = {
            "text": forms.Textarea(attrs={"rows": 2}),
            "answer": forms.Textarea(attrs={"rows": 2}),
            "round_number": forms.Select(choices=[(1, "Round one"), (2, "Round two")]),
        }

    def __init__(self, *args: object, opportunity_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        people = self.fields["interviewer"]
        people.queryset = people.queryset.filter(opportunity_id=opportunity_id)  # type: ignore[attr-defined]
        people.empty_label = "Anyone on the panel"  # type: ignore[attr-defined]
