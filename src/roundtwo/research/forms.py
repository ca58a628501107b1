from __future__ import annotations

import re
from typing import Any

from django import forms

from roundtwo.research.models import Item, Source

ROLE_SECTIONS = [
    Item.Section.TITLE,
    Item.Section.EMPLOYER,
    Item.Section.LOCATION,
    Item.Section.EMPLOYMENT,
    Item.Section.RESPONSIBILITY,
    Item.Section.MUST,
    Item.Section.NICE,
    Item.Section.SKILL,
    Item.Section.COMPETENCY,
    Item.Section.EXPERIENCE,
    Item.Section.EDUCATION,
]
COMPANY_SECTIONS = [
    Item.Section.MISSION,
    Item.Section.VALUE,
    Item.Section.GOAL,
    Item.Section.PRODUCT,
    Item.Section.RECENT,
    Item.Section.INDUSTRY,
    Item.Section.COMPETITOR,
    Item.Section.CULTURE,
    Item.Section.TREND,
    Item.Section.NOTE,
]


class SourceForm(forms.Form):
    kind = forms.ChoiceField(label="What is it?", choices=Source.Kind.choices)
    url = forms.URLField(
        label="Address (URL)",
        required=False,
        max_length=2000,
        assume_scheme="https",
        help_text="Round Two fetches only this page, and only from a public web address.",
    )
    file = forms.FileField(
        label="Or a file", required=False, help_text="HTML, PDF, Word (.docx), text or Markdown."
    )
    text = forms.CharField(
        label="Or paste the text",
        required=False,
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        given = [name for name in ("url", "file", "text") if data.get(name)]
        if len(given) != 1:
            raise forms.ValidationError("Give one of these: an address, a file, or pasted text.")
        return data


class ItemForm(forms.ModelForm[Item]):
    class Meta:
        model = Item
        fields = ["section", "name", "text", "date"]
        labels = {"section": "Kind of fact", "name": "Fact", "text": "Details", "date": "Date"}
        help_texts = {"date": "For news: when it happened (YYYY-MM-DD or YYYY-MM)."}
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}

    def clean_date(self) -> str:
        date: str = self.cleaned_data.get("date", "").strip()
        if date and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?", date):
            raise forms.ValidationError("Write the date as YYYY-MM-DD or YYYY-MM.")
        return date
