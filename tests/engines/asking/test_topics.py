"""Already answered, already asked: the thresholds, measured on the labelled pairs.

Measured through the code path the engine uses (sentence split, best sentence):
COVERED, 50 pairs: precision 0.95, recall 0.81 at ANSWERED_AT 0.25.
REPEATED, 26 pairs: precision 0.93, recall 0.93 at ASKED_AT 0.40.
The misses are paraphrases with no shared words and a weak WordLlama cosine ("What tools would
I be using?" against "Our stack is Python, Airflow and Snowflake").
"""

from __future__ import annotations

import pytest

from roundtwo.engines.asking.topics import TextIndex, answered, asked, lexical
from roundtwo.engines.question_bank import questions_to_ask

from .labelled import COVERED, REPEATED

BANK = {q.id: q.text for q in questions_to_ask()}


def precision_recall(rows: list[tuple[bool, bool]]) -> tuple[float, float]:
    tp = sum(1 for got, gold in rows if got and gold)
    fp = sum(1 for got, gold in rows if got and not gold)
    fn = sum(1 for got, gold in rows if not got and gold)
    return tp / (tp + fp), tp / (tp + fn)


def test_the_labelled_pairs_name_real_bank_questions_and_hold_both_answers() -> None:
    assert {qid for qid, _, _ in COVERED} <= BANK.keys()
    assert {qid for _, qid, _ in REPEATED} <= BANK.keys()
    assert len(COVERED) >= 40
    assert sum(gold for _, _, gold in COVERED) >= 20
    assert sum(not gold for _, _, gold in COVERED) >= 20


def test_known_texts_that_answer_a_question_are_recognised() -> None:
    rows = [
        (answered(BANK[qid], TextIndex([known])) is not None, gold) for qid, known, gold in COVERED
    ]
    precision, recall = precision_recall(rows)
    assert precision >= 0.9
    assert recall >= 0.75


def test_earlier_questions_that_ask_the_same_thing_are_recognised() -> None:
    rows = [
        (asked(BANK[qid], TextIndex([earlier], split=False)) is not None, gold)
        for earlier, qid, gold in REPEATED
    ]
    precision, recall = precision_recall(rows)
    assert precision >= 0.85
    assert recall >= 0.85


def test_a_long_text_is_judged_by_its_best_sentence() -> None:
    research = (
        "Harbor Freight Analytics was founded in 2015 in Bristol. It employs 120 people. "
        "After this round we will decide within a week, and the recruiter will call you. "
        "The office has a bike store."
    )
    match = TextIndex([research]).best("What are the next steps, and when can I expect to hear?")
    assert match is not None
    assert match.text.startswith("After this round")


def test_lexical_overlap_ignores_the_words_every_question_uses() -> None:
    assert lexical("How does the team work here?", "The team works from home.") == 0.0
    assert lexical("How are promotions decided?", "Promotions happen twice a year.") > 0.4


def test_an_empty_index_answers_nothing() -> None:
    assert not TextIndex([])
    assert TextIndex(["", "  "]).best("Anything?") is None
    assert asked("What are the next steps?", TextIndex([], split=False)) is None


def test_without_the_embedding_model_word_overlap_alone_decides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("roundtwo.engines.asking.topics.load_embedder", lambda: None)
    known = TextIndex(["Promotions happen twice a year against a clear, published framework."])
    assert answered("How do promotions work here, and how clear are the criteria?", known)
    assert answered("What does a typical week look like?", known) is None
