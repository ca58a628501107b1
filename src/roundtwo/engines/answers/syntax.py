"""Clause structure shared by the sentence signals: the main verbs of a sentence and their subjects.

A "sentence" here may be a piece of a longer parsed sentence (speech is split before each new
clause), so the main verb is the first verb whose head lies outside the piece.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def subject_kind(tok: Token | None) -> str:
    if tok is None:
        return "none"
    low = tok.lower_
    if low in {"i", "me"}:
        return "i"
    if low in {"we", "us"}:
        return "we"
    if low in lexicon().generic_subjects:
        return "generic"
    return "other"


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}:
            return child
    if verb.dep_ == "conj":
        return subject_of(verb.head) if verb.head.i != verb.i else None
    if verb.dep_ in {"xcomp", "acomp"} and verb.head.i != verb.i:
        return subject_of(verb.head)
    return None


def clause_root(span: Span) -> Token:
    """The main verb of a span that may be a piece of a longer parsed sentence."""
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    for tok in outside:
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    for tok in span:
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"aux", "auxpass", "amod"}:
            return tok
    return span.root


def main_verbs(span: Span) -> list[Token]:
    root = clause_root(span)
    verbs = [root]
    verbs.extend(t for t in root.children if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"})
    # "so what I did was I interviewed ..." and "it turned out they ..." : the inner clause
    verbs.extend(
        t
        for t in root.children
        if t.dep_ in {"ccomp", "parataxis"} and t.i > root.i and t.pos_ in {"VERB", "AUX"}
    )
    return [v for v in verbs if v.i >= span.start and v.i < span.end]


_NOT_ASSERTED = frozenset({"why", "whether", "if", "how", "unless"})
# "I managed to cut costs" happened; "we decided to cut the team" had not happened yet.
_IMPLICATIVE = frozenset({"manage", "succeed", "get"})


def _unrealised_infinitive(tok: Token) -> bool:
    return (
        tok.dep_ == "xcomp"
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children)
        and tok.head.lemma_.lower() not in _IMPLICATIVE
    )


def asserted(verb: Token, span: Span) -> bool:
    """False for a verb inside an embedded question, a condition, a "without" phrase or an
    infinitive of intention ("they didn't get why their budget was cut", "if we cut costs",
    "without lowering my scores", "we decided to cut the team"): such a clause reports no change
    that happened."""
    tok = verb
    while span.start <= tok.i < span.end:
        if tok.dep_ in {"ccomp", "advcl", "xcomp", "pcomp"} and any(
            c.lower_ in _NOT_ASSERTED and c.dep_ in {"mark", "advmod"} and c.i < tok.i
            for c in tok.children
        ):
            return False
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
            return False
        if _unrealised_infinitive(tok):
            return False
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return True


def span_ents(span: Span) -> list[Span]:
    """The entities inside `span`. spaCy rebuilds `doc.ents` on every access, and a sentence
    asks several times, so the document's list is built once and kept in `user_data`."""
    cached = span.doc.user_data.get("roundtwo_ents")
    if cached is None:
        cached = list(span.doc.ents)
        span.doc.user_data["roundtwo_ents"] = cached
    return [e for e in cached if e.start >= span.start and e.end <= span.end]
