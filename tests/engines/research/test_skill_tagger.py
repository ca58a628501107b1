"""How the skill tagger turns token probabilities into spans, and the line context it reads."""

from __future__ import annotations

from roundtwo.engines.research.skill_tagger import (
    Decoding,
    Tagged,
    lines,
    section_words,
    spans_from_marginals,
    tokenize,
)


def _marg(o: float, b: float) -> dict[str, float]:
    """A token's marginals: P(O) = o, P(B-SKILL) = b, the rest on I-SKILL."""
    return {"O": o, "B-SKILL": b, "I-SKILL": 1 - o - b, "B-KNOW": 0.0, "I-KNOW": 0.0}


def test_confident_tokens_make_a_span_and_a_new_b_label_starts_another() -> None:
    line = "Python SQL and Go"
    toks = tokenize(line)
    marg = [_marg(0.1, 0.8), _marg(0.2, 0.7), _marg(0.9, 0.0), _marg(0.3, 0.6)]
    spans = spans_from_marginals(toks, ["O"] * 4, marg, Decoding(inside=0.5, floor=0.0))
    assert [line[a:b] for a, b, _ in spans] == ["Python", "SQL", "Go"]


def test_a_span_below_the_confidence_floor_is_dropped() -> None:
    line = "budgets forecasting"
    toks = tokenize(line)
    marg = [_marg(0.45, 0.5), _marg(0.1, 0.8)]
    spans = spans_from_marginals(toks, ["O"] * 2, marg, Decoding(inside=0.5, floor=0.6))
    assert [line[a:b] for a, b, _ in spans] == ["forecasting"]


def test_viterbi_decoding_follows_the_tags_and_trims_stop_words() -> None:
    line = "the ability to write clear reports"
    toks = tokenize(line)
    tags = ["O", "B-SKILL", "I-SKILL", "I-SKILL", "I-SKILL", "I-SKILL"]
    marg = [_marg(0.5, 0.2)] * len(toks)
    spans = spans_from_marginals(toks, tags, marg, Decoding())
    assert [(line[a:b], kind) for a, b, kind in spans] == [
        ("ability to write clear reports", "SKILL")
    ]


def test_each_line_knows_the_heading_it_sits_under() -> None:
    text = "About us\nWe build boats.\nRequirements:\nSQL\nPython\nWhat we offer\nA bike."
    parts = lines(text)
    under = dict(zip((line for line, _ in parts), section_words(parts), strict=True))
    assert under["SQL"] == under["Python"] == "requirements"
    assert under["We build boats."] == "about us"
    assert under["A bike."] == "what offer"


def test_token_probabilities_cover_every_token_the_range_touches() -> None:
    tagged = Tagged(spans=[], tokens=[(0, 6, 0.9), (7, 10, 0.05), (11, 15, 0.5)])
    assert tagged.probabilities(0, 10) == [0.9, 0.05]
    assert tagged.probabilities(3, 8) == [0.9, 0.05]
    assert tagged.probabilities(7, 10) == [0.05]
    assert tagged.probabilities(20, 30) == []


def test_each_position_finds_its_line_and_the_heading_above_it() -> None:
    tagged = Tagged(spans=[], tokens=[], lines=[(0, 12, ""), (13, 20, "requirements")])
    assert tagged.line_at(15) == (13, 20, "requirements")
    assert tagged.line_at(0) == (0, 12, "")
    assert tagged.line_at(12) is None  # the newline between them


def test_bilou_labels_decode_as_spans_too() -> None:
    """bench/research/skill_item_cv.py --bilou trains U- (one token) and L- (last token) labels."""
    line = "Python SQL data pipelines"
    toks = tokenize(line)
    tags = ["U-KNOW", "U-KNOW", "B-SKILL", "L-SKILL"]
    know = {"O": 0.1, "U-KNOW": 0.8, "L-KNOW": 0.1}
    first = {"O": 0.1, "B-SKILL": 0.8, "I-SKILL": 0.1}
    last = {"O": 0.1, "L-SKILL": 0.8, "B-SKILL": 0.1}
    marg = [know, know, first, last]
    expected = [("Python", "KNOW"), ("SQL", "KNOW"), ("data pipelines", "SKILL")]
    for decoding in (Decoding(), Decoding(inside=0.5)):
        spans = spans_from_marginals(toks, tags, marg, decoding)
        assert [(line[a:b], kind) for a, b, kind in spans] == expected
