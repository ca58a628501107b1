"""Company values x evidence -> for each value: shown, weak or no evidence, and what to prepare."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .lexical import Overlap, Terms, analyse, describe, overlap
from .model import Evidence, Match, ValueInput, ValueMatch, ValueStatus
from .scoring import VALUES, Params, combine, explain
from .semantic import similarities
from .themes import Theme, signs_in, themes_of

SIGN_CREDIT = 0.5  # two signs of a value in one story count as fully shown in words
# Words shared with a value's description ("guests" in "make it fun for guests") say less than a
# sign of the value itself, so they count half.
SHARED_WORD_CREDIT = 0.5
MAX_MATCHES = 2
QUOTE_CHARS = 70


@dataclass(frozen=True)
class _Pair:
    evidence: Evidence
    signs: tuple[str, ...]
    overlap: Overlap
    similarity: float | None
    score: float


def value_text(value: ValueInput) -> str:
    return f"{value.name}. {value.description}" if value.description else value.name


def _pair(
    value: ValueInput, wanted: Terms, themes: list[Theme], item: Evidence, have: Terms,
    similarity: float | None, p: Params,
) -> _Pair:  # fmt: skip
    signs = tuple(signs_in(themes, item.text))
    o = overlap(wanted, have)
    words = min(1.0, SIGN_CREDIT * len(signs) + SHARED_WORD_CREDIT * o.coverage)
    return _Pair(item, signs, o, similarity, combine(words, similarity, p))


def _why(value: ValueInput, pair: _Pair) -> str:
    parts = []
    if pair.signs:
        parts.append(f'signs of "{value.name}": ' + ", ".join(f'"{s}"' for s in pair.signs))
    if shared := describe(pair.overlap):
        parts.append(shared)
    return explain("; ".join(parts), pair.similarity)


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _source(item: Evidence) -> str:
    kind, _, name = item.source.partition(":")
    if kind.strip().lower() == "story" and name.strip():
        return f'Your story "{name.strip()}"'
    return f'Your resume line "{_quote(item.text)}"'


def suggestion(
    value: ValueInput, status: ValueStatus, best: Evidence | None, themes: list[Theme]
) -> str:
    moment = themes[0].moment if themes else "acted on it"
    if status == "shown" and best:
        return f'{_source(best)} shows "{value.name}": tell it with the moment you {moment}.'
    if status == "weak" and best:
        return (
            f'{_source(best)} only hints at "{value.name}": when you tell it, make the moment '
            f"you {moment} explicit."
        )
    prompt = themes[0].prompt if themes else f'lived "{value.name}" when it was not easy'
    return f'No story shows "{value.name}" yet: prepare one about a time you {prompt}.'


def _status(score: float, p: Params) -> ValueStatus:
    return "shown" if score >= p.upper else "weak" if score >= p.lower else "no_evidence"


def build_values_map(
    values: list[ValueInput], evidence: list[Evidence], *, params: Params = VALUES
) -> tuple[ValueMatch, ...]:
    """One entry per value, in the order given."""
    if not values:
        return ()
    texts = [value_text(v) for v in values]
    ev_texts = [e.text for e in evidence]
    terms = analyse(texts + ev_texts)
    sims = similarities(texts, ev_texts) if evidence else None
    out = []
    for i, value in enumerate(values):
        themes = themes_of(value.name, value.description)
        pairs = sorted(
            (
                _pair(
                    value,
                    terms[i],
                    themes,
                    item,
                    terms[len(texts) + j],
                    float(sims[i][j]) if sims is not None else None,
                    params,
                )  # fmt: skip
                for j, item in enumerate(evidence)
            ),
            key=lambda x: -x.score,
        )
        out.append(_entry(value, pairs, themes, params))
    return tuple(out)


def _entry(value: ValueInput, pairs: Sequence[_Pair], themes: list[Theme], p: Params) -> ValueMatch:
    score = pairs[0].score if pairs else 0.0
    status = _status(score, p)
    # Evidence with a sign of the value comes first: a story that merely shares a word with the
    # value ("designers" for "Inclusive by design") should not be the one to tell.
    ranked = sorted(pairs, key=lambda x: (not (x.signs and x.score >= p.lower), -x.score))
    kept = [x for x in ranked[:MAX_MATCHES] if x.score >= p.upper] or [
        x for x in ranked[:1] if x.score >= p.lower
    ]
    matches = tuple(
        Match(x.evidence.id, x.evidence.text, x.evidence.source, _why(value, x), x.score)
        for x in kept
    )
    best = kept[0].evidence if kept else None
    return ValueMatch(
        value=value.name,
        status=status,
        matches=matches,
        suggestion=suggestion(value, status, best, themes),
        score=round(score, 4),
    )
