"""Small English helpers for putting a research fact inside a question.

spaCy (the answer engine's shared pipeline) tells a proper noun from a capitalised first word
and a verb from a noun. When it cannot load, the helpers fall back to plain rules that keep
acronyms and names the caller knows (the company) and lower-case the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SPACE = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s.;:,!…]+$")
_QUOTES = "\"'“”‘’"
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT"})


def word_list(text: str) -> tuple[str, ...]:
    """A list written as prose: a call rather than a literal keeps long word lists readable."""
    return tuple(text.split())


_MONTHS = word_list(
    "January February March April May June July August September October November December"
)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$")

_IRREGULAR_PAST = {
    "be": "was",
    "become": "became",
    "begin": "began",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "choose": "chose",
    "cut": "cut",
    "do": "did",
    "get": "got",
    "give": "gave",
    "go": "went",
    "grow": "grew",
    "have": "had",
    "hold": "held",
    "lead": "led",
    "make": "made",
    "put": "put",
    "raise": "raised",
    "run": "ran",
    "sell": "sold",
    "set": "set",
    "spin": "spun",
    "take": "took",
    "win": "won",
    "write": "wrote",
}
# Verbs whose last consonant doubles before -ed and -ing; short ones ("cut", "win") by rule.
_DOUBLING = frozenset({"stop", "plan", "ship", "shop", "drop", "swap", "trim", "scan", "spin"})


def tidy(text: str) -> str:
    """One line, without wrapping quotes or a trailing full stop."""
    clean = _SPACE.sub(" ", text or "").strip().strip(_QUOTES).strip()
    return _TRAILING.sub("", clean)


def word_count(text: str) -> int:
    return len(text.split())


def mid_sentence(text: str, keep: Iterable[str] = ()) -> str:
    """The text as it reads inside a sentence: the first word lower-cased unless it is a name.

    Acronyms ("NHS"), mixed case ("iPhone"), numbers, the words in `keep` (the company's name)
    and what spaCy reads as a proper noun ("Rotterdam office opens") keep their capital.
    """
    if not text:
        return text
    first = text.split(" ", 1)[0]
    bare = first.strip(_QUOTES + ",:;()")
    kept = {k.lower() for words in keep for k in words.split()}
    if (
        not bare[:1].isupper()
        or bare == "I"
        or any(c.isupper() for c in bare[1:])
        or any(c.isdigit() for c in bare)
        or bare.lower() in kept
        or _is_name(text)
    ):
        return text
    return text[0].lower() + text[1:]


def _is_name(text: str) -> bool:
    doc, lowered = parse(text), parse(text[0].lower() + text[1:])
    if doc is None or lowered is None or not len(doc):
        return False
    first = doc[0]
    both_proper = first.pos_ == "PROPN" and lowered[0].pos_ == "PROPN"
    return both_proper or first.ent_type_ in _NAME_ENTITIES


def first_word(text: str) -> tuple[str, str, str]:
    """(Penn tag, dependency, lemma) of the first word, read again in lower case when spaCy
    calls it a name (headline capitals make "Acquired DataBoat" look like a name)."""
    doc = parse(text)
    if doc is None or not len(doc):
        return "", "", ""
    if doc[0].pos_ == "PROPN":
        lowered = parse(text[0].lower() + text[1:])
        if lowered is not None and len(lowered):
            doc = lowered
    return str(doc[0].tag_), str(doc[0].dep_), str(doc[0].lemma_)


def is_clause(text: str) -> bool:
    """True when the text has a subject or a finite verb: a sentence, not a phrase."""
    doc = parse(text)
    if doc is None:
        return bool(re.search(r"\b(?:is|are|was|were|has|have|will|we|you|they)\b", text, re.I))
    return any(
        t.dep_ in {"nsubj", "nsubjpass", "expl"} or t.tag_ in {"VBZ", "VBP", "VBD", "MD"}
        for t in doc
    )


@lru_cache(maxsize=1024)
def parse(text: str) -> Doc | None:
    """spaCy's parse of a short text, or None when the pipeline cannot load."""
    try:
        from roundtwo.engines.answers.loader import load_nlp

        return load_nlp()(text)
    except Exception:  # noqa: BLE001 - phrasing falls back to quoting; it must not break
        return None


def gerund(verb: str) -> str:
    """become -> becoming, make -> making, cut -> cutting, double -> doubling."""
    v = verb.lower()
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and v != "be":
        return v[:-1] + "ing"
    return _doubled(v) + "ing"


def past(verb: str) -> str:
    """open -> opened, acquire -> acquired, win -> won, stop -> stopped."""
    v = verb.lower()
    if v in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[v]
    if v.endswith("e"):
        return v + "d"
    if len(v) > 2 and v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ied"
    return _doubled(v) + "ed"


def _doubled(v: str) -> str:
    short_cvc = len(v) == 3 and v[0] not in "aeiou" and v[1] in "aeiou" and v[2] not in "aeiouwxy"
    return v + v[-1] if short_cvc or v in _DOUBLING else v


def when(date: str | None, text: str) -> tuple[str, str]:
    """(" in September 2026", " (September 2026)"), or ("", "") when the date is missing,
    malformed or its year is already in the text."""
    match = _DATE.match((date or "").strip())
    if not match:
        return "", ""
    year, month = match.group(1), match.group(2)
    if year in text:
        return "", ""
    label = year
    if month and 1 <= int(month) <= 12:
        label = f"{_MONTHS[int(month) - 1]} {year}"
    return f" in {label}", f" ({label})"
