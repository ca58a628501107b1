from __future__ import annotations

from django import forms

from roundtwo.reflect.models import LoggedQuestion, RoundDebrief

RATINGS = [("", "Not rated"), *[(str(n), f"{n} of 5") for n in range(1, 6)]]


class LoggedQuestionForm(forms.ModelForm[LoggedQuestion]):
    self_rating = forms.TypedChoiceField(
        label="How you think it went",
        choices=RATINGS,
        coerce=int,
        empty_value=None,
        required=False,
    )

    class Meta:
        model = LoggedQuestion
        fields = [
            "asked_by",
            "remarks",
            "question",
            "answer",
            "reaction",
            "hints",
            "self_rating",
        ]
        labels = {
            "asked_by": "Who asked it",
            "remarks": "What they said before asking",
            "question": "The question",
            "answer": "What you answered, as you remember it",
            "reaction": "How it landed: their reaction",
            "hints": "Hints they dropped",
        }
        help_texts = {
            "hints": "One per line, e.g. “They said the next round goes deeper on system design.”",
            "answer": "Write it as you said it; the analysis is only as good as your memory.",
        }
        error_messages = {"question": {"required": "Write the question they asked."}}
        widgets = {
            "asked_by": forms.TextInput(attrs={"list": "interviewer-names", "autocomplete": "off"}),
            "remarks": forms.Textarea(attrs={"rows": 2}),
            "question": forms.Textarea(attrs={"rows": 2}),
            "answer": forms.Textarea(attrs={"rows": 6}),
            "reaction": forms.Textarea(attrs={"rows": 2}),
            "hints": forms.Textarea(attrs={"rows": 2}),
        }


class DebriefForm(forms.ModelForm[RoundDebrief]):
    class Meta:
        model = RoundDebrief
        fields = ["went_well", "went_badly", "next_steps"]
        labels = {
            "went_well": "What went well",
            "went_badly": "What did not go well",
            "next_steps": "What they said about next steps",
        }
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in fields}


class ConsistencyForm(forms.Form):
    text = forms.CharField(
        label="A new answer or story",
        help_text="Paste what you plan to say in round two; we compare its facts with round one.",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=20_000,
    )


class TranscriptUploadForm(forms.Form):
    file = forms.FileField(
        label="Transcript file",
        help_text="WebVTT (.vtt), SubRip (.srt), a Teams transcript (.docx) or text with speaker "
        "names (.txt). Nothing is saved until you review the questions and answers.",
    )


class CandidateForm(forms.Form):
    candidate = forms.ChoiceField(label="Which speaker is you?", widget=forms.RadioSelect)

    def __init__(self, *args: object, speakers: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["candidate"].choices = speakers  # type: ignore[attr-defined]


class PairForm(forms.Form):
    keep = forms.BooleanField(label="Keep this question", required=False, initial=True)
    asked_by = forms.CharField(label="Asked by", max_length=200, required=False)
    remarks = forms.CharField(
        label="What they said before asking",
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=5_000,
    )
    question = forms.CharField(label="Question", widget=forms.Textarea(attrs={"rows": 2}))
    answer = forms.CharField(
        label="Your answer",
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=20_000,
    )
    follow_up_of = forms.IntegerField(widget=forms.HiddenInput, required=False)
    start = forms.FloatField(widget=forms.HiddenInput, required=False)
    end = forms.FloatField(widget=forms.HiddenInput, required=False)


PairFormSet = forms.formset_factory(PairForm, extra=0, max_num=500)


class ImportOptionsForm(forms.Form):
    add_interviewers = forms.BooleanField(
        label="Add the people who asked questions to your round-one interviewers",
        required=False,
        initial=True,
    )
    save_asked = forms.BooleanField(
        label="Save the questions you asked at the end, with the answers you got, to Questions "
        "to ask (marked asked in round one)",
        required=False,
        initial=True,
    )
