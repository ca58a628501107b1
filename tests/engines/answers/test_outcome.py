from __future__ import annotations

import pytest

from roundtwo.engines.answers import analyze_answer
from roundtwo.engines.answers.features import sentence_features
from roundtwo.engines.answers.loader import load_nlp

STORY = (
    "Last spring our clinic's phone line was so busy that patients waited forty minutes to book. "
    "My manager asked me to find a way to cut the wait. "
    "I listened to a week of calls and found that most were about repeat prescriptions. "
    "I set up an online repeat request form and put the link on every prescription slip. "
)


def _irrealis(text: str) -> str:
    return sentence_features(load_nlp()(text)[:]).irrealis


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We're still waiting for the audit results.", "ongoing"),
        ("I'm currently rewriting the rest of the module.", "ongoing"),
        ("We haven't seen the numbers yet.", "ongoing"),
        ("It's too early to say whether it worked.", "ongoing"),
        ("The plan is to roll it out to every ward next year.", "intended"),
        ("We're going to launch it in March.", "intended"),
        ("It should save around two hours a week once it's live.", "intended"),
        ("Hopefully the new rota will stop the complaints.", "intended"),
        ("If the check hadn't caught it, we would have lost the client.", "hypothetical"),
        ("That would have cost us the contract.", "hypothetical"),
        ("I think it went well.", "hedged"),
        ("Everyone seemed pretty happy with it, I guess.", "hedged"),
        ("I reckon it made a difference.", "hedged"),
        ("It was a great experience for the whole team.", "experience"),
        ("and yeah it was crazy busy but it was kind of fun actually", "experience"),
    ],
)
def test_an_outcome_that_did_not_actually_happen_is_recognised_with_its_kind(
    sentence: str, kind: str
) -> None:
    assert _irrealis(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales are still 20% higher a year later.",
        "The team is still using the template.",
        "We're now saving about £400 a week.",
        "I was hoping to finish by Friday, and I did.",
        "He told me it would have been a disaster without the check.",
        "I think it cut our waiting time by half.",
        "It was a success and the client renewed.",
        "It has been running without a fault for eight months.",
        "Now the ward uses the checklist on every shift.",
        "I would meet him every Monday to go through his caseload.",
        "It was tough, but we delivered the bridge a week early.",
    ],
)
def test_a_real_outcome_is_not_mistaken_for_an_unreal_one(sentence: str) -> None:
    assert _irrealis(sentence) == ""


@pytest.mark.parametrize(
    "ending",
    [
        "We're still trialling it at one surgery, and the plan is to use it everywhere next year.",
        "I'm hoping it will bring the wait down to under ten minutes.",
        "If the other practices had used it too, it would have halved the calls.",
        "I think it kind of helped more or less.",
        "It was a really interesting project to work on.",
    ],
)
def test_a_story_ending_on_an_unreal_outcome_is_missing_its_result(ending: str) -> None:
    result = analyze_answer("Tell me about a time you improved a process.", STORY + ending)
    assert not result.present["result"], [(s.label, s.text) for s in result.sentences]
    assert result.parts["result"] == "missing"
    assert result.sentences[-1].label == "other"
    assert "missing_result" in {f.kind for f in result.feedback}


def test_a_generic_outcome_counts_as_a_weak_result() -> None:
    result = analyze_answer(
        "Tell me about a time you improved a process.", STORY + "In the end it went well."
    )
    assert result.present["result"]
    assert result.parts["result"] == "weak"
    breakdown = {c.name: c for c in result.breakdown}
    assert breakdown["structure"].details["parts"]["result"] == "weak"


@pytest.mark.parametrize(
    "ending",
    [
        "Within a month the average wait fell from forty minutes to twelve.",
        "We got through the winter peak and two other practices asked for the form.",
        "Since then I have become the person the practice asks about its booking system.",
    ],
)
def test_a_measured_or_concrete_outcome_counts_as_a_present_result(ending: str) -> None:
    result = analyze_answer("Tell me about a time you improved a process.", STORY + ending)
    assert result.sentences[-1].label == "result", [(s.label, s.text) for s in result.sentences]
    assert result.parts["result"] == "present"


def test_a_change_that_was_only_decided_or_asked_for_is_not_a_measured_outcome() -> None:
    result = analyze_answer(
        "Tell me about a hard decision.",
        "Our startup was running out of money. We decided to cut the team from twelve to seven "
        "people. I told each person myself and helped them find new roles. "
        "We reached break-even nine months later.",
    )
    labels = [s.label for s in result.sentences]
    assert labels[1] == "action" and labels[-1] == "result"


def test_the_feedback_says_why_an_ongoing_ending_is_not_a_result() -> None:
    ending = "We're still trialling it at one surgery."
    result = analyze_answer("Tell me about a time you improved a process.", STORY + ending)
    item = next(f for f in result.feedback if f.kind == "missing_result")
    assert item.evidence == ending
    assert "still under way" in item.message
