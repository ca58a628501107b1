from __future__ import annotations

import json
import re

import pytest

from roundtwo.engines.answers import AnswerAnalysis, analyze_answer
from roundtwo.engines.answers.markup import mask_markup

from .conftest import STRONG_ANSWER


def _covers_in_order(text: str, result: AnswerAnalysis, *, gaps: str | None = None) -> None:
    """Every sentence is a slice of `text` at its offsets, in order, and what lies between them
    is whitespace in `gaps` (the text itself, or the text with its markup masked)."""
    between = text if gaps is None else gaps
    pos = 0
    for sentence in result.sentences:
        found = text.find(sentence.text, pos)
        assert found == sentence.start, sentence.text
        assert between[pos:found].strip() == "", f"text skipped before {sentence.text!r}"
        pos = found + len(sentence.text)
    assert between[pos:].strip() == ""


SPEECH = (
    "so I was working a late shift at the community pharmacy and we got a prescription for a "
    "child's antibiotic and the dose looked really high for a child of that weight so I called "
    "the prescriber to check and it turned out they had written the adult dose by mistake and "
    "afterwards we logged it in our incident system and the surgery changed its template"
)


@pytest.mark.parametrize(
    "text",
    [
        STRONG_ANSWER,
        SPEECH,
        "I fixed it 🚀🚀 and the client was happy 😀. Then I wrote the runbook!!!",
        "  I   rebuilt the rota.\n\n\nStaff turnover halved.   ",
        "I fixed the build.\r\nThen the team shipped on time.\r\n",
    ],
)
def test_every_sentence_of_the_answer_appears_once_in_order_with_its_text_unchanged(
    text: str,
) -> None:
    _covers_in_order(text, analyze_answer("Tell me about a time you improved something.", text))


@pytest.mark.parametrize(
    "text",
    [
        "## My answer\n\n- I led the **migration** to Postgres.\n- We cut costs by 30%.\n",
        "<p>I led the migration.</p><p>We cut query time by <b>40%</b> 🎉</p>",
        "<div><p>Our build took <i>forty</i> minutes.</p><ul><li>I cached the dependencies."
        "</li><li>Builds now take 12 minutes.</li></ul></div>",
    ],
)
def test_with_markup_sentences_are_slices_of_the_input_and_only_markup_lies_between_them(
    text: str,
) -> None:
    result = analyze_answer("Tell me about a time you improved something.", text)
    _covers_in_order(text, result, gaps=mask_markup(text))
    for sentence in result.sentences:
        assert not sentence.text.startswith(("<", "#", "- ")), sentence.text
        assert not sentence.text.endswith(">"), sentence.text


def test_markup_is_hidden_from_the_analysis_but_inline_markup_stays_in_the_sentence() -> None:
    text = "<p>I led the migration.</p><p>We cut query time by <b>40%</b> 🎉</p>"
    result = analyze_answer("Tell me about a time you improved performance.", text)
    assert [s.text for s in result.sentences] == [
        "I led the migration.",
        "We cut query time by <b>40%</b> 🎉",
    ]
    plain = analyze_answer(
        "Tell me about a time you improved performance.",
        "I led the migration. We cut query time by 40% 🎉",
    )
    assert [s.label for s in result.sentences] == [s.label for s in plain.sentences]
    assert result.sentences[-1].label == "result"
    assert result.quantified_result


def test_a_speech_transcript_without_punctuation_is_split_into_several_sentences() -> None:
    result = analyze_answer("Tell me about a time you caught an error.", SPEECH)
    assert len(result.sentences) >= 4
    assert result.present["action"]


def test_a_strong_answer_has_every_star_part_a_quantified_result_and_a_high_score(
    strong: AnswerAnalysis,
) -> None:
    assert strong.refusal is None
    assert all(strong.present.values())
    assert strong.quantified_result
    assert strong.ownership == "i"
    assert strong.score >= 75
    labels = [s.label for s in strong.sentences]
    assert labels[0] == "situation"
    assert labels[-1] == "result"
    assert "action" in labels


def test_an_answer_that_stops_at_the_actions_is_flagged_as_missing_its_result() -> None:
    answer = (
        "I was running an intranet upgrade and the head of legal kept blocking the content "
        "migration. She was worried that outdated policies would end up on the new site. "
        "I needed her approval to hit our go-live date. I set up a weekly review with her and "
        "gave her a list of every policy page with its owner. I also agreed that her team could "
        "sign off each section before it went live."
    )
    result = analyze_answer("Tell me about a difficult stakeholder.", answer)
    assert not result.present["result"]
    assert result.parts["result"] == "missing"
    assert "missing_result" in {f.kind for f in result.feedback}
    assert any("outcome" in f.question for f in result.followups)


def test_a_we_heavy_answer_is_reported_as_we_ownership_with_feedback_about_it() -> None:
    answer = (
        "We had a CRM migration that was running late. We got everyone together and we looked "
        "at the plan. We moved some things around and we worked really hard on it. We also "
        "talked to the vendor a lot. In the end we got it done."
    )
    result = analyze_answer("Tell me about a project you led that was at risk.", answer)
    assert result.ownership == "we"
    assert "we_heavy" in {f.kind for f in result.feedback}
    assert result.score < 60


def test_a_generality_with_no_story_scores_low_and_the_feedback_asks_for_one_occasion() -> None:
    answer = (
        "I think data is really important for making decisions. I always try to look at the "
        "numbers before I make any recommendation. Usually I start by cleaning the data and then "
        "I build some charts. So that is generally how I approach it."
    )
    result = analyze_answer("Tell me about a time data changed a decision.", answer)
    assert {s.label for s in result.sentences} == {"other"}
    assert result.score < 40
    assert result.feedback[0].kind == "no_story"


def test_the_score_is_the_sum_of_the_breakdown_and_every_item_names_its_reason(
    strong: AnswerAnalysis,
) -> None:
    total = sum(c.points for c in strong.breakdown)
    assert strong.score == round(total)
    assert sum(c.max_points for c in strong.breakdown) == 100
    for component in strong.breakdown:
        for item in component.items:
            assert item.reason
            assert 0 <= item.points <= item.max_points
            if item.points > 0 and component.name in {"structure", "result"}:
                assert item.quotes, (component.name, item.reason)
                for quote in item.quotes:
                    assert quote in STRONG_ANSWER


def test_feedback_has_two_to_five_items_each_quoting_the_answer(strong: AnswerAnalysis) -> None:
    weak = analyze_answer(
        "Tell me about a time you solved a difficult problem.",
        "There was one job with a lot of issues with the wiring. I did various things to sort it "
        "out and tested everything.",
    )
    for result, text in ((strong, STRONG_ANSWER), (weak, None)):
        assert 2 <= len(result.feedback) <= 5
        source = text or " ".join(s.text for s in result.sentences)
        for item in result.feedback:
            assert item.evidence in source
            assert item.message


def test_a_substantive_answer_gets_three_or_more_distinct_grammatical_followups(
    strong: AnswerAnalysis,
) -> None:
    questions = [f.question for f in strong.followups]
    assert len(questions) >= 3
    assert len({q.lower() for q in questions}) == len(questions)
    for f in strong.followups:
        assert re.match(r"^[A-Z]", f.question) and f.question.endswith("?")
        assert f.question.count('"') % 2 == 0
        assert f.reason
        assert f.evidence in STRONG_ANSWER
    assert any("27%" in q or "$58,000" in q or "20%" in q for q in questions)


def test_the_json_form_has_exactly_the_cli_contract_keys(strong: AnswerAnalysis) -> None:
    data = json.loads(strong.to_json())
    assert set(data) == {
        "sentences",
        "present",
        "quantified_result",
        "ownership",
        "score",
        "breakdown",
        "feedback",
        "followups",
        "refusal",
    }
    assert data["refusal"] is None
    assert set(data["present"]) == {"situation", "task", "action", "result"}
    assert all(set(s) == {"text", "label", "why"} for s in data["sentences"])
    assert all(isinstance(s["why"], str) for s in data["sentences"])
    assert all(set(f) == {"kind", "message", "evidence"} for f in data["feedback"])
    assert all(set(f) == {"question", "reason", "evidence"} for f in data["followups"])
    assert isinstance(data["score"], int) and 0 <= data["score"] <= 100
    assert data["ownership"] in {"i", "we", "mixed"}


def test_an_answer_to_a_different_question_scores_lower_on_relevance() -> None:
    on_topic = analyze_answer("Tell me about a time you reduced costs.", STRONG_ANSWER)
    off_topic = analyze_answer(
        "Tell me about a time you comforted a grieving family.", STRONG_ANSWER
    )

    def rel(result: AnswerAnalysis) -> float:
        return next(c.points for c in result.breakdown if c.name == "relevance")

    assert rel(on_topic) > rel(off_topic)
