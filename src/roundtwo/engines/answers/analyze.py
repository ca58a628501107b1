"""`analyze_answer(question, answer)`: the engine's one public entry point for answers."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .features import Features, sentence_features
from .feedback import build_feedback
from .followups import build_followups
from .gate import postcheck, precheck, too_long_to_read, word_count
from .loader import load_nlp
from .markup import mask_markup
from .measures import delivery, ownership, relevance, specificity
from .result import PARTS, AnswerAnalysis, Label, Refusal, Sentence
from .result_missing import settle_results
from .roles import label_roles
from .scoring import (
    delivery_component,
    length_component,
    ownership_component,
    part_status,
    relevance_component,
    result_component,
    result_facts,
    specificity_component,
    structure,
    total,
)
from .sentences import Segment, regex_segments, segment_doc
from .star import label_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc

SUBSTANTIVE_WORDS = 40


def _refused(question: str, text: str, segments: list[Segment], refusal: Refusal) -> AnswerAnalysis:
    sentences = tuple(
        Sentence(text[s.start : s.end], s.start, s.end, "other", "not judged") for s in segments
    )
    return AnswerAnalysis(
        question=question,
        sentences=sentences,
        present=dict.fromkeys(PARTS, False),
        parts=dict.fromkeys(PARTS, "missing"),
        quantified_result=False,
        ownership="mixed",
        score=0,
        breakdown=(),
        feedback=(),
        followups=(),
        refusal=refusal,
    )


def _features(doc: Doc, text: str, seg: Segment) -> Features:
    """Signals of one sentence, quoting it as the candidate wrote it (markup included)."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None:  # cannot happen for trimmed token-aligned segments; keep the guard cheap
        span = doc[:]
    return replace(sentence_features(span), text=text[seg.start : seg.end])


def read_sentences(text: str) -> tuple[list[Segment], list[Features]]:
    """The sentences of a (readable) answer and their signals, as `analyze_answer` sees them."""
    plain = mask_markup(text)
    doc = load_nlp()(plain)
    segments = segment_doc(doc)
    return segments, [_features(doc, text, seg) for seg in segments]


def analyze_answer(question: str, answer: str) -> AnswerAnalysis:
    """Analyse one interview answer. Never raises on odd text; refusals are in `.refusal`."""
    question = question if isinstance(question, str) else ""
    text = answer if isinstance(answer, str) else ""
    text = text.replace("\x00", " ")
    # the parser reads the text with markup masked; sentences are still slices of `text`
    huge = too_long_to_read(text)
    if huge is not None:
        return _refused(question, text, regex_segments(text), huge)
    plain = mask_markup(text)
    early = precheck(plain)
    if early is not None:
        return _refused(question, text, regex_segments(plain), early)
    nlp = load_nlp()
    doc = nlp(plain)
    segments = segment_doc(doc)
    late = postcheck(doc, raw=text)
    if late is not None:
        return _refused(question, text, segments, late)
    features = [_features(doc, text, seg) for seg in segments]
    rules = label_sentences(features)
    scored = settle_results(features, label_roles(features, rules), rules)
    labels: list[Label] = [s.label for s in scored]
    sentences = tuple(
        Sentence(text[seg.start : seg.end], seg.start, seg.end, sc.label, sc.reason)
        for seg, sc in zip(segments, scored, strict=True)
    )
    words = word_count(plain)
    spec = specificity(features)
    own = ownership(features, labels)
    dl = delivery(features, words)
    # relevance reads only lemmas, tags and stop words of the question: no parse, no entities
    qdoc = nlp(question[:2000], disable=["parser", "ner"]) if question.strip() else None
    rel = relevance(qdoc, doc)
    res = result_facts(features, labels)
    status = part_status(labels, own, res)
    components = (
        structure(features, labels, status),
        result_component(res),
        specificity_component(spec, len(features)),
        ownership_component(own),
        relevance_component(rel),
        length_component(words),
        delivery_component(dl),
    )
    feedback = build_feedback(features, labels, status, res, spec, own, rel, dl, words)
    followups = build_followups(
        features, labels, status, spec, own, substantive=words >= SUBSTANTIVE_WORDS
    )
    return AnswerAnalysis(
        question=question,
        sentences=sentences,
        present={part: part in labels for part in PARTS},
        parts=status,
        quantified_result=bool(res.quantified),
        ownership=own.ownership,
        score=total(components),
        breakdown=components,
        feedback=feedback,
        followups=followups,
    )
