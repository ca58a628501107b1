"""Sentence roles from the shipped role model, and "result missing" as one decision per answer.

Each test is one failure class seen on real answers, told in sentences written for the test.
"""

from __future__ import annotations

import json
from pathlib import Path

from roundtwo.engines.answers import analyze_answer
from roundtwo.engines.answers.analyze import read_sentences
from roundtwo.engines.answers.result import LABELS
from roundtwo.engines.answers.roles import FLAGS, label_roles, load_model
from roundtwo.engines.answers.star import label_sentences

Q = "Tell me about a time you kept a difficult shift on track."


def _labels(answer: str) -> list[str]:
    return [s.label for s in analyze_answer(Q, answer).sentences]


def test_background_over_several_sentences_and_a_mid_story_complication_are_situation() -> None:
    labels = _labels(
        "Our bakery had just moved to a new site across town. "
        "Half the ovens were still being calibrated, and two of the night bakers were new. "
        "I was the shift lead, so I had to get four hundred loaves out by five. "
        "I split the dough runs across the three ovens that worked and trained the new bakers "
        "on shaping. "
        "Around two in the morning, the mixer motor burnt out and the spare was at the old site. "
        "I drove over, brought the spare back and restarted the mix within forty minutes. "
        "Every loaf went out by ten to five, and the manager kept the same plan for the next week."
    )
    assert labels[:2] == ["situation", "situation"]
    assert labels[4] == "situation"


def test_generic_statements_are_other_not_task_or_action() -> None:
    labels = _labels(
        "I think communication is really important in any team. "
        "We always try to keep everyone in the loop. "
        "Last winter our ward's handovers kept missing medication changes. "
        "I wrote a one-page handover sheet and ran it past the night staff. "
        "Missed medication changes at handover fell from six a month to one."
    )
    assert labels[:2] == ["other", "other"]


def test_a_closing_lesson_tied_to_the_story_is_a_result() -> None:
    labels = _labels(
        "Last year our delivery drivers kept missing the new loading slots. "
        "I redrew the slot plan and walked each driver through it. "
        "Missed slots dropped to two a week. "
        "Looking back, I would have asked the drivers before drawing the plan. "
        "It taught me to test a rota with the people who work it."
    )
    assert labels[-2:] == ["result", "result"]


def test_background_told_over_several_sentences_is_situation() -> None:
    labels = _labels(
        "Our bakery had just moved to a new site across town. "
        "Half the ovens were still being calibrated, and two of the night bakers were new. "
        "The owner had promised a hotel chain its first big order for the Monday. "
        "I was the shift lead, so I had to get four hundred loaves out by five. "
        "I split the dough runs across the ovens that worked and trained the new bakers. "
        "Every loaf went out by ten to five, and the hotel signed a yearly contract."
    )
    assert labels[:3] == ["situation", "situation", "situation"]


def test_a_result_stated_first_counts() -> None:
    result = analyze_answer(
        Q,
        "We cut the invoice backlog from 900 to 40 in six weeks. "
        "The finance team had fallen behind after two people left in the spring. "
        "I sorted the invoices by supplier and agreed a daily target with the team. "
        "I also set up a shared tracker so nobody worked on the same supplier twice.",
    )
    labels = [s.label for s in result.sentences]
    assert labels[0] == "result"
    assert labels[1] == "situation"  # a result first must not carry over the story after it
    assert labels[2:] == ["action", "action"]
    assert result.present["result"]


def test_a_result_first_is_labelled_on_its_words_and_says_so() -> None:
    result = analyze_answer(
        Q,
        "I brought our average delivery time down from five days to two. "
        "When I joined the shop, every parcel was packed by one person at the end of the day. "
        "I set up a packing bench by the door and a rota so parcels went out twice a day. "
        "I also printed the labels straight from the order screen.",
    )
    labels = [s.label for s in result.sentences]
    assert labels == ["result", "situation", "action", "action"]
    assert "told first" in result.sentences[0].reason
    assert "place in the story" not in result.sentences[0].reason


def test_an_outcome_told_first_without_numbers_counts_when_the_story_steps_back() -> None:
    result = analyze_answer(
        Q,
        "The landlord who had refused to repair the boiler sent an engineer the next morning. "
        "Our tenants had been without heating for a week in January. "
        "I wrote to the landlord citing the repair clause in the lease and copied the council. "
        "I also phoned his agent every morning until a date was set.",
    )
    assert result.sentences[0].label == "result"
    assert result.present["result"]


def test_a_change_that_sets_the_scene_in_the_first_sentence_stays_situation() -> None:
    labels = _labels(
        "Our warehouse staff doubled from 40 to 80 over the summer. "
        "New starters kept loading the wrong vans because nobody had time to train them. "
        "I was asked to get the new starters up to speed before the autumn peak. "
        "I wrote a one-page loading guide and paired every new starter with an old hand. "
        "Wrong loads fell from about ten a week to one."
    )
    assert labels[0] == "situation"
    assert labels[-1] == "result"


def test_a_plain_result_without_numbers_counts() -> None:
    result = analyze_answer(
        Q,
        "In March our biggest client complained that our reports always arrived late. "
        "I met their operations lead and rebuilt the report so it ran overnight. "
        "I also sent them a short note every Monday with what had changed. "
        "The client renewed the contract for another two years.",
    )
    assert result.sentences[-1].label == "result"
    assert result.present["result"]


def test_an_answer_that_ends_with_an_intention_or_a_feeling_has_no_result() -> None:
    for ending in (
        "I hope it will bring the complaints down next quarter.",
        "I felt really proud of the whole team.",
        "It would probably have saved us a lot of money.",
    ):
        result = analyze_answer(
            Q,
            "Last autumn our call centre was getting too many complaints about hold times. "
            "I was asked to find out why. "
            "I listened to a week of calls and rewrote the menu so billing calls skipped a step. "
            + ending,
        )
        assert not result.present["result"], ending
        assert result.parts["result"] == "missing"


def test_an_outcome_told_in_a_conjoined_clause_counts_as_a_result() -> None:
    result = analyze_answer(
        Q,
        "A care home called us because its laundry pump kept flooding the basement. "
        "I stripped the pump down and found a cracked seal behind the impeller. "
        "I ordered the part from the maker and came back the next morning. "
        "I fitted the new seal before lunch and the pump hasn't leaked since.",
    )
    assert result.sentences[-1].label == "result"
    assert result.present["result"]


def test_the_reason_for_a_decision_is_an_action_not_a_result() -> None:
    result = analyze_answer(
        Q,
        "Our booking site slowed down every Friday evening when the offers email went out. "
        "I moved the image resizing out of the web servers into a separate queue. "
        "The main reason was that the queue could grow on its own when traffic grew.",
    )
    assert result.sentences[-1].label != "result"
    assert result.parts["result"] == "missing"


def test_an_outcome_that_did_not_last_is_a_complication_not_the_result() -> None:
    result = analyze_answer(
        Q,
        "Our clinic's phone line was engaged most mornings. "
        "I added a second line and moved repeat prescriptions to an online form. "
        "That helped for a while, but by winter the queue was back. "
        "I then asked the practice manager for a call-back system and drew up the rota for it.",
    )
    assert result.sentences[2].label != "result"
    assert result.parts["result"] == "missing"


def test_a_habit_changed_since_the_story_counts_as_a_result() -> None:
    result = analyze_answer(
        Q,
        "Early in my career, I had a habit of saying yes to every request from other teams. "
        "My own deadlines kept slipping because of it. "
        "Now I only take on extra work when my lead and I have agreed what it replaces.",
    )
    assert result.sentences[-1].label == "result"
    assert result.present["result"]


def test_feedback_does_not_quote_a_generic_opening_as_a_hedged_result() -> None:
    opening = "I think communication is really important in any team."
    result = analyze_answer(
        Q,
        opening + " Last spring support kept hearing about product changes too late. "
        "I set up a short weekly sync with support and wrote a template for the release notes.",
    )
    assert not result.present["result"]
    assert [f for f in result.feedback if f.kind == "missing_result"]
    assert all(f.evidence != opening for f in result.feedback if "hedged" in f.message)
    assert all(f.evidence != opening for f in result.followups if f.kind == "outcome")


def test_a_hedged_ending_is_still_quoted_as_the_hedged_result() -> None:
    ending = "I think it helped communication a lot."
    result = analyze_answer(
        Q,
        "Last spring support heard about product changes too late. "
        "I set up a short weekly sync with support and wrote a template for the release notes. "
        + ending,
    )
    missing = [f for f in result.feedback if f.kind == "missing_result"]
    assert missing and missing[0].evidence == ending
    assert "hedged" in missing[0].message


def test_every_signal_named_as_evidence_is_in_the_sentence() -> None:
    """The reason shown beside a label names only what the sentence has (or says "no ...")."""
    words: dict[str, list[str]] = {}
    for name, said in FLAGS.items():
        words.setdefault(said, []).append(name)
    segments, features = read_sentences(
        "Last March our checkout kept timing out during a sale. I had to restore payments fast. "
        "I rolled back the morning's deploy and added a missing index. Failures dropped from "
        "33% to under 1%, and I learned to check query plans before every release."
    )
    for f, role in zip(features, label_roles(features, label_sentences(features)), strict=True):
        for part in role.reason.split(", "):
            if part in words:
                assert any(getattr(f, name) for name in words[part]), (part, f.text)
            elif part.startswith("no ") and part[3:] in words:
                assert not all(getattr(f, name) for name in words[part[3:]]), (part, f.text)


def test_the_shipped_role_model_loads_and_matches_its_recorded_check() -> None:
    model = load_model()
    assert model.coef.shape == (len(LABELS), len(model.names))
    path = Path(__file__).parents[3] / "src/roundtwo/knowledge/answers/roles_model.json"
    check = json.loads(path.read_text(encoding="utf-8"))["check"]
    hits = total = 0
    for answer, gold in check["answers"]:
        labels = [s.label for s in analyze_answer("", answer).sentences]
        hits += sum(a == b for a, b in zip(labels, gold, strict=True))
        total += len(gold)
    assert abs(hits / total - check["accuracy"]) <= 0.05
