"""A research fact in the shape a question template needs.

Shapes, each with its own template in knowledge/panel.json:

- "past": news that starts with what they did ("opened a Rotterdam office") -> "You opened...";
- "np": a noun phrase that fits after "contribute to" ("carbon neutrality by 2030"), including
  a goal that starts with a verb, made a gerund ("becoming carbon neutral by 2030");
- "name": a short name, quoted (a value) or not (a product);
- "quote": anything else, quoted as written, so the question stays grammatical;
- "long": a mission too long to quote; the template then says "the mission".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import (
    first_word,
    gerund,
    is_clause,
    mid_sentence,
    parse,
    past,
    tidy,
    word_count,
    word_list,
)

MAX_NP_WORDS = 14  # longer phrases read badly inside a question
MAX_QUOTE_WORDS = 18
MAX_NAME_WORDS = 6

_LEAD_IN = re.compile(
    r"^(?:(?:our|the|its|their) (?:goal|aim|ambition|mission|purpose|plan|vision|target)s?"
    r"(?: is| are| was|:)?\s*(?:to\s+)?"
    r"|(?:goal|mission|vision|purpose|aim)s?\s*[:\-–]\s*(?:to\s+)?"
    r"|we(?:'re| are)? (?:aim|want|plan|hope|intend|strive|exist|going|working|here|committed)"
    r"(?:ing)? to\s+"
    r"|we will\s+|to\s+)",
    re.IGNORECASE,
)
# Verbs goals often start with, which the small spaCy model misreads as adjectives or nouns
# at the start of a fragment ("Cut emissions in half" parses as "cut emissions").
_GOAL_VERBS = frozenset(
    word_list(
        "cut double halve triple grow reach become build make bring deliver expand launch reduce "
        "increase give hit win create serve connect enable empower improve achieve get keep "
        "eliminate transform help open"
    )
)
_NAME_END = re.compile(r"\s+[-–—]\s+|:\s|,\s|\s\(")


@dataclass(frozen=True)
class Phrase:
    shape: str
    text: str


def recent(text: str, company: str | None) -> Phrase | None:
    """News, as "opened a Rotterdam office" when it reads as something they did."""
    whole = tidy(text)
    if not whole or word_count(whole) > MAX_QUOTE_WORDS:
        return None
    rest, had_subject = _without_subject(whole, company)
    tag, dep, lemma = first_word(rest)
    if tag in {"VBD", "VBN"} and (had_subject or dep == "ROOT"):
        return Phrase("past", _lower_first(rest))
    auxiliary = lemma in {"be", "have", "do", "will"}
    if had_subject and tag in {"VBZ", "VBP"} and not auxiliary and _reads_as_sentence(rest):
        _, _, tail = rest.partition(" ")
        return Phrase("past", f"{past(lemma)} {tail}".strip())
    return Phrase("quote", whole)


def goal(text: str, keep: tuple[str, ...]) -> Phrase | None:
    whole = tidy(text)
    if not whole:
        return None
    np = _noun_phrase(_LEAD_IN.sub("", whole, count=1), keep)
    if np is not None and word_count(np) <= MAX_NP_WORDS:
        return Phrase("np", np)
    return Phrase("quote", whole) if word_count(whole) <= MAX_QUOTE_WORDS else None


def mission(text: str, keep: tuple[str, ...]) -> Phrase | None:
    whole = tidy(text)
    if not whole:
        return None
    np = _noun_phrase(_LEAD_IN.sub("", whole, count=1), keep)
    if np is not None and word_count(np) <= MAX_NP_WORDS:
        return Phrase("np", np)
    if word_count(whole) <= 12:
        return Phrase("quote", whole)
    return Phrase("long", whole)


def requirement(text: str, keep: tuple[str, ...]) -> Phrase | None:
    whole = tidy(text.lstrip("-•*· "))
    if not whole or word_count(whole) > MAX_QUOTE_WORDS:
        return None
    if word_count(whole) <= MAX_NP_WORDS and not is_clause(whole):
        return Phrase("np", mid_sentence(whole, keep))
    return Phrase("quote", whole)


def name(text: str, keep: tuple[str, ...], *, quoted: bool) -> Phrase | None:
    """The name part of "Harbor Forecast, a forecasting tool" or "Own the outcome: we...".

    A quoted name (a value) keeps its casing; a bare one (a product) is read mid-sentence.
    """
    head = tidy(_NAME_END.split(tidy(text), maxsplit=1)[0])
    if not head or word_count(head) > MAX_NAME_WORDS:
        return None
    return Phrase("name", head if quoted else mid_sentence(head, keep))


def quoted(text: str, max_words: int = MAX_QUOTE_WORDS) -> Phrase | None:
    whole = tidy(text)
    return Phrase("quote", whole) if whole and word_count(whole) <= max_words else None


def _noun_phrase(text: str, keep: tuple[str, ...]) -> str | None:
    """The text as a noun phrase: a leading base verb becomes a gerund; clauses give None."""
    if not text:
        return None
    # Sentence-initial capitals help spaCy read an imperative: "Double the number..." is a
    # verb, "double the number..." often an adjective.
    verb, _, tail = text.partition(" ")
    tag, dep, lemma = first_word(text[0].upper() + text[1:])
    base_form = tag.startswith("VB") and dep == "ROOT" and lemma == verb.lower()  # "Cut..."
    if tag == "VB" or base_form or verb.lower() in _GOAL_VERBS:
        return f"{gerund(verb)} {tail}".strip()
    if is_clause(text):
        return None
    return mid_sentence(text, keep)


def _without_subject(text: str, company: str | None) -> tuple[str, bool]:
    """Drop a leading "We" or the company's name, which the question replaces with "You"."""
    names = ["we"] + ([re.escape(company.strip())] if company and company.strip() else [])
    match = re.match(rf"^(?:{'|'.join(names)})\s+(?=\w)", text, re.IGNORECASE)
    return (text[match.end() :], True) if match else (text, False)


def _reads_as_sentence(rest: str) -> bool:
    """A present-tense headline ("opens Rotterdam office") drops its articles; turned into
    "You opened Rotterdam office" it would read wrongly, so only objects that need no article
    (plural, a name, or already with a determiner or number) are rewritten."""
    doc = parse(rest)
    if doc is None:
        return False
    objects = [t for t in doc if t.dep_ == "dobj"]
    for obj in objects:
        has_det = any(c.dep_ in {"det", "poss", "nummod"} for c in obj.children)
        if not (has_det or obj.tag_ in {"NNS", "NNPS", "NNP"}):
            return False
    return True


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if text else text
