"""Forms for an opportunity and its interviewers: validation with messages a person can act on."""

from __future__ import annotations

import zoneinfo
from functools import cache
from typing import Any

from django import forms

from roundtwo.opportunities.models import Interviewer, Opportunity


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    names = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})
    return [(name, name.replace("_", " ")) for name in names]


class OpportunityForm(forms.ModelForm[Opportunity]):
    time_zone = forms.ChoiceField(
        label="Time zone",
        choices=time_zone_choices,
        help_text="The time zone the interview time is given in.",
    )
    meeting_link = forms.URLField(
        label="Meeting link",
        required=False,
        max_length=1000,
        assume_scheme="https",
        help_text="For a video call.",
    )
    posting_url = forms.URLField(
        label="Job posting link", required=False, max_length=1000, assume_scheme="https"
    )

    class Meta:
        model = Opportunity
        fields = [
            "company",
            "role_title",
            "stage",
            "interview_date",
            "interview_time",
            "time_zone",
            "format",
            "location",
            "meeting_link",
            "posting_url",
            "posting_text",
            "notes",
        ]
        labels = {
            "role_title": "Role title",
            "interview_date": "Date of the second interview",
            "interview_time": "Start time",
            "location": "Place",
            "meeting_link": "Meeting link",
            "posting_url": "Job posting link",
            "posting_text": "Job posting text",
        }
        help_texts = {
            "interview_date": "Leave empty if it is not scheduled yet.",
            "location": "Address and who to ask for, for an on-site interview.",
            "meeting_link": "For a video call.",
            "posting_text": "Paste the posting: it stays useful if the page is taken down.",
        }
        widgets = {
            "interview_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "interview_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "posting_text": forms.Textarea(attrs={"rows": 6}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }


class InterviewerForm(forms.ModelForm[Interviewer]):
    round_numbers = forms.TypedMultipleChoiceField(
        label="Rounds they take part in",
        choices=[(1, "Round 1"), (2, "Round 2")],
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    profile_url = forms.URLField(
        label="Profile link", required=False, max_length=1000, assume_scheme="https"
    )

    class Meta:
        model = Interviewer
        fields = ["name", "title", "kind", "email", "profile_url", "notes"]
        labels = {"kind": "Their role in the interview", "profile_url": "Profile link"}
        help_texts = {"title": "Their job title, e.g. Head of Platform."}
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, opportunity: Opportunity, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.opportunity = opportunity
        if self.instance.pk:
            self.initial.setdefault("round_numbers", self.instance.round_numbers())
        else:
            self.initial.setdefault("round_numbers", [2])

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"].strip()
        others = self.opportunity.interviewers.exclude(pk=self.instance.pk)
        if any(other.name.casefold() == name.casefold() for other in others):
            raise forms.ValidationError(
                f"{name} is already on your list. Edit that entry to add them to another round."
            )
        return name

    def save(self, commit: bool = True) -> Interviewer:
        person = super().save(commit=False)
        person.opportunity = self.opportunity
        person.save()
        numbers = self.cleaned_data.get("round_numbers") or []
        person.rounds.set([self.opportunity.round(number) for number in numbers])
        return person
