from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from roundtwo.engines.answers import AnswerAnalysis, analyze_answer

from .conftest import STRONG_ANSWER

DEV_SET = Path(__file__).resolve().parents[3] / "bench" / "answers" / "dev.jsonl"


def _dev_items() -> list[dict[str, Any]]:
    lines = DEV_SET.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _jaccard(a: str, b: str) -> float:
    ta = set(re.findall(r"[a-z0-9%£$€]+", a.lower()))
    tb = set(re.findall(r"[a-z0-9%£$€]+", b.lower()))
    return len(ta & tb) / len(ta | tb)


def _assert_well_formed(result: AnswerAnalysis) -> None:
    sentences = {s.text for s in result.sentences}
    for f in result.followups:
        assert re.match(r"^[A-Z]", f.question) and f.question.endswith("?"), f.question
        assert f.question.count('"') % 2 == 0, f.question
        assert "  " not in f.question and " ?" not in f.question, f.question
        assert f.reason.endswith("."), f.reason
        assert f.evidence in sentences, f.evidence


def test_every_substantive_dev_answer_gets_three_distinct_well_formed_followups() -> None:
    substantive = 0
    for item in _dev_items():
        result = analyze_answer(item["question"], item["answer"])
        _assert_well_formed(result)
        questions = [f.question for f in result.followups]
        for a, b in combinations(questions, 2):
            assert _jaccard(a, b) < 0.6, (item["id"], a, b)
        if len(item["answer"].split()) >= 60 and item["present"]["action"]:
            substantive += 1
            assert len(questions) >= 3, item["id"]
    assert substantive >= 40


def test_a_number_in_the_result_is_questioned_once_per_claim() -> None:
    result = analyze_answer(
        "Tell me about a production incident.",
        "Our checkout started timing out during a sale. I rolled back the deploy and added a "
        "missing index. Payment failures dropped from 33% to under 1% within the hour, and we "
        "recovered roughly $40,000 in sales that evening.",
    )
    measures = [
        f.question for f in result.followups if "measure" in f.question or "figure" in f.question
    ]
    assert any('"33%"' in q for q in measures)
    assert any('$40,000"' in q for q in measures)
    assert not any('"1%"' in q for q in measures)


def test_two_named_tools_lead_to_a_question_about_the_choice_between_them() -> None:
    result = analyze_answer(
        "Tell me about a technical decision you made.",
        "Our team needed a message queue for a new notifications service. I compared Kafka and "
        "RabbitMQ with a small prototype of each and measured them under load. We went with "
        "RabbitMQ because it was simpler to operate, and the service has run without an outage "
        "for a year.",
    )
    assert any("between Kafka and RabbitMQ" in f.question for f in result.followups)


@pytest.mark.parametrize(
    ("ending", "expected"),
    [
        ("That work is still ongoing and we are still testing it.", "so far"),
        ("The plan is to roll it out to every site next year.", "actually happened"),
        ("If they had listened, it would have saved a fortune.", "actually happened"),
        ("I think they got it in the end more or less.", "told you it had worked"),
    ],
)
def test_the_outcome_question_fits_the_way_the_result_is_missing(
    ending: str, expected: str
) -> None:
    answer = (
        "Our warehouse kept sending parcels to the wrong depot. I was asked to find out why. "
        "I traced the errors to one label printer and rewrote its template. " + ending
    )
    result = analyze_answer("Tell me about a time you fixed a process.", answer)
    first = result.followups[0]
    assert expected in first.question, [f.question for f in result.followups]
    assert first.evidence == result.sentences[-1].text


def test_hedges_are_not_treated_as_vague_spots_to_ask_about() -> None:
    result = analyze_answer(
        "Tell me about a time you helped a colleague.",
        "A new colleague was kind of struggling with the rota system. I sat with her for an hour "
        "and sort of walked her through it. She has run the rota on her own ever since.",
    )
    assert not any('"kind of"' in f.question or '"sort of"' in f.question for f in result.followups)


def test_a_short_answer_gets_at_most_two_followups() -> None:
    result = analyze_answer("Tell me about a time.", "I fixed the printer and it worked.")
    assert len(result.followups) <= 2


def test_the_strong_answer_is_asked_about_its_numbers_first(strong: AnswerAnalysis) -> None:
    assert '"$58,000"' in strong.followups[0].question or '"27%"' in strong.followups[0].question
    assert strong.followups[0].evidence in STRONG_ANSWER
