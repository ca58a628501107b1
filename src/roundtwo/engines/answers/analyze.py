"""`analyze_answer(question, answer)`: the engine's one public entry point for answers."""

from __future__ import annotations

from .features import Features, sentence_features
from .feedback import build_feedback
from .followups import build_followups
from .gate import postcheck, precheck, word_count
from .loader import load_nlp
from .measures import delivery, ownership, relevance, specificity
from .result import PARTS, AnswerAnalysis, Label, Refusal, Sentence
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


def analyze_answer(question: str, answer: str) -> AnswerAnalysis:
    """Analyse one interview answer. Never raises on odd text; refusals are in `.refusal`."""
    question = question if isinstance(question, str) else ""
    text = answer if isinstance(answer, str) else ""
    text = text.replace("\x00", " ")
    early = precheck(text)
    if early is not None:
        return _refused(question, text, regex_segments(text), early)
    nlp = load_nlp()
    doc = nlp(text)
    segments = segment_doc(doc)
    late = postcheck(doc)
    if late is not None:
        return _refused(question, text, segments, late)
    spans = [doc.char_span(s.start, s.end, alignment_mode="expand") for s in segments]
    features: list[Features] = [sentence_features(sp) for sp in spans if sp is not None]
    scored = label_sentences(features)
    labels: list[Label] = [s.label for s in scored]
    sentences = tuple(
        Sentence(text[seg.start : seg.end], seg.start, seg.end, sc.label, sc.reason)
        for seg, sc in zip(segments, scored, strict=True)
    )
    words = word_count(text)
    spec = specificity(features)
    own = ownership(features, labels)
    dl = delivery(features, words)
    qdoc = nlp(question[:2000]) if question.strip() else None
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
