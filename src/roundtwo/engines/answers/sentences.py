"""Sentence segmentation that keeps the answer's text exactly as written.

spaCy's parser finds the sentences of punctuated text. Two things it does not do well are fixed
here with general signals: line breaks (bullets, pasted paragraphs) always end a sentence, and
speech transcripts with no punctuation are split before each new independent clause (a finite
verb with its own subject, joined by "and", "so", "then" or nothing at all). Fragments of one or
two words with no end punctuation ("um so", "and") are joined to the next sentence.

Every sentence is a (start, end) slice of the original text with surrounding whitespace trimmed,
so the sentences appear once each, in order, with their text unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_END_PUNCT = frozenset(".!?…")
_SUBORDINATORS = frozenset(
    [
        "that",
        "if",
        "whether",
        "because",
        "since",
        "although",
        "though",
        "while",
        "when",
        "whenever",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "how",
        "why",
        "as",
        "unless",
        "until",
        "before",
        "after",
        "once",
        "so_that",
        "than",
    ]
)
# Verbs whose complement clause belongs to them ("it turned out they...", "I think we...").
_REPORTING = frozenset(
    [
        "say",
        "tell",
        "think",
        "know",
        "mean",
        "guess",
        "realise",
        "realize",
        "find",
        "turn",
        "feel",
        "believe",
        "hope",
        "wish",
        "notice",
        "see",
        "hear",
        "learn",
        "show",
        "explain",
        "decide",
        "agree",
        "suggest",
        "ask",
        "wonder",
        "remember",
        "understand",
        "be",
        "seem",
        "make",
        "let",
        "want",
        "need",
    ]
)
_CLAUSE_OPENERS = frozenset(
    ["and", "so", "but", "then", "or", "also", "afterwards", "now", "plus", "because"]
)
_CONSEQUENCE_OPENERS = frozenset(["so", "then"])
_MIN_SPLIT_TOKENS = 18
_MIN_PIECE_WORDS = 4
_RUN_ON_WORDS = 45  # a written sentence this long with no comma is a run-on
_SPEECH_WORDS_PER_STOP = 30  # fewer full stops than one per this many words: a transcript


def is_speech_like(doc: Doc) -> bool:
    """True for text with (almost) no sentence punctuation, such as a speech transcript."""
    words = sum(1 for t in doc if not t.is_punct and not t.is_space)
    stops = sum(1 for t in doc if t.text in {".", "!", "?", "…"})
    return words >= _MIN_SPLIT_TOKENS and stops * _SPEECH_WORDS_PER_STOP < words


@dataclass(frozen=True)
class Segment:
    start: int
    end: int


def _trim(text: str, start: int, end: int) -> Segment | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Segment(start, end) if end > start else None


def _split_lines(text: str, seg: Segment) -> list[Segment]:
    out: list[Segment] = []
    pos = seg.start
    for match in re.finditer(r"\n", text[seg.start : seg.end]):
        cut = seg.start + match.start()
        piece = _trim(text, pos, cut)
        if piece:
            out.append(piece)
        pos = cut + 1
    piece = _trim(text, pos, seg.end)
    if piece:
        out.append(piece)
    return out


def regex_segments(text: str) -> list[Segment]:
    """A cheap segmentation without a model: end punctuation and line breaks."""
    out: list[Segment] = []
    pos = 0
    for match in re.finditer(r"(?<=[.!?…])\s+|\n+", text):
        piece = _trim(text, pos, match.start())
        if piece:
            out.append(piece)
        pos = match.end()
    piece = _trim(text, pos, len(text))
    if piece:
        out.append(piece)
    return out


def _is_finite(token: Token) -> bool:
    return token.tag_ in {"VBD", "VBP", "VBZ", "MD"} or (
        token.tag_ in {"VBN", "VBG", "VB"}
        and any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBP", "VBZ", "MD"}
            for c in token.children
        )
    )


def _clause_start(verb: Token, span: Span) -> int | None:
    """Token index where the independent clause headed by `verb` starts, if it is one."""
    if not _is_finite(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if not subjects:
        return None
    left = min(c.left_edge.i for c in verb.children if c.i < verb.i)
    left = min(left, subjects[0].left_edge.i)
    if verb.dep_ == "advcl":
        # speech: "they didn't get it so I walked them through it" parses "so I walked" as an
        # adverbial clause, but "so" + subject after its head starts a new step of the story
        if not (verb.head.i < verb.i and span.doc[left].lower_ in _CONSEQUENCE_OPENERS):
            return None
    elif verb.dep_ not in {"ROOT", "conj", "parataxis", "ccomp", "dep"}:
        return None
    if verb.dep_ == "ccomp":
        head = verb.head
        if head.i > verb.i or head.lemma_.lower() in _REPORTING:
            return None
    if any(span.doc[i].lower_ in _SUBORDINATORS for i in range(left, subjects[0].i)):
        return None
    if span.doc[left].lower_ in _SUBORDINATORS and span.doc[left].lower_ not in _CLAUSE_OPENERS:
        return None
    while left - 1 > span.start and span.doc[left - 1].lower_ in _CLAUSE_OPENERS:
        left -= 1
    return left


def _split_run_on(span: Span, speech: bool) -> list[tuple[int, int]]:
    """Token ranges of a long unpunctuated sentence, split before each new clause."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    inner_punct = any(t.text in {".", "!", "?", ";", ","} for t in span[:-1])
    limit = _MIN_SPLIT_TOKENS if speech else _RUN_ON_WORDS
    if len(words) < limit or (inner_punct and not speech):
        return [(span.start, span.end)]
    starts = sorted(
        {s for t in span if (s := _clause_start(t, span)) is not None and s > span.start}
    )
    cuts: list[int] = []
    last = span.start
    for s in starts:
        before = sum(1 for t in span.doc[last:s] if not t.is_punct)
        after = sum(1 for t in span.doc[s : span.end] if not t.is_punct)
        if before >= _MIN_PIECE_WORDS and after >= _MIN_PIECE_WORDS:
            cuts.append(s)
            last = s
    bounds = [span.start, *cuts, span.end]
    return list(zip(bounds[:-1], bounds[1:], strict=True))


def segment_doc(doc: Doc) -> list[Segment]:
    """Sentences of a parsed answer as trimmed character ranges of `doc.text`."""
    text = doc.text
    speech = is_speech_like(doc)
    raw: list[Segment] = []
    for sent in doc.sents:
        for a, b in _split_run_on(sent, speech):
            start = doc[a].idx
            end = doc[b - 1].idx + len(doc[b - 1].text)
            piece = _trim(text, start, end)
            if piece:
                raw.extend(_split_lines(text, piece))
    merged: list[Segment] = []
    pending: Segment | None = None
    for index, current in enumerate(raw):
        seg = current
        if pending is not None:
            seg = Segment(pending.start, current.end)
            pending = None
        words = text[seg.start : seg.end]
        short = len(re.findall(r"\w+", words)) <= 2 and words[-1] not in _END_PUNCT
        is_last = index == len(raw) - 1
        if short and not is_last and "\n" not in text[seg.end : raw[index + 1].start]:
            pending = seg
            continue
        merged.append(seg)
    if pending is not None:
        merged.append(pending)
    return merged
