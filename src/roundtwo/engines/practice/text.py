"""Plain-text helpers: how much of a paste to read, whether it is English, keyword matching."""

from __future__ import annotations

import re
from functools import cache

# A posting's signal sits in its first few pages; a 100-page paste is mostly repetition or
# unrelated text, and reading all of it would only make the ranking slower, not better.
MAX_TEXT_CHARS = 20_000
# extract_job reads HTML chrome too, so it gets more room than the text the ranking reads.
MAX_CONTENT_CHARS = 300_000

_WORD = re.compile(r"[a-zà-öø-ÿ']+", re.IGNORECASE)
# Function words nearly every English paragraph uses and other languages rarely spell alike.
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "to",
        "of",
        "a",
        "in",
        "you",
        "your",
        "we",
        "our",
        "will",
        "with",
        "for",
        "is",
        "are",
        "be",
        "on",
        "as",
        "this",
        "that",
        "or",
        "an",
        "at",
        "from",
        "have",
        "it",
        "who",
        "what",
        "by",
        "can",
    ]
)
ENGLISH_MIN_SHARE = 0.08  # English postings measure 0.15-0.30; French and German under 0.03
ENGLISH_MIN_WORDS = 15  # below this, too few words to judge: assume English


def cap(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """The first `limit` characters, cut at a line or word boundary when one is near."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    for sep in ("\n", " "):
        at = cut.rfind(sep)
        if at > limit * 0.9:
            return cut[:at]
    return cut


def is_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text[:MAX_TEXT_CHARS])]
    if len(words) < ENGLISH_MIN_WORDS:
        return True
    return sum(w in _ENGLISH for w in words) / len(words) >= ENGLISH_MIN_SHARE


@cache
def prefix_pattern(keyword: str) -> re.Pattern[str]:
    """A keyword matched at a word start, so "lead" finds "leading" but not "misleading"."""
    return re.compile(r"(?<![\w-])" + re.escape(keyword.lower()), re.IGNORECASE)


@cache
def word_pattern(keyword: str) -> re.Pattern[str]:
    """A keyword matched as whole words ("ui" must not match "build")."""
    return re.compile(r"(?<![\w-])" + re.escape(keyword.lower()) + r"(?![\w])", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[.,;:!?()\n\u2022*]")


_LOOSE_END = frozenset(
    [
        "and",
        "or",
        "the",
        "a",
        "an",
        "to",
        "of",
        "with",
        "in",
        "for",
        "on",
        "at",
        "by",
        "as",
        "our",
        "your",
        "their",
    ]
)


def quote_at(text: str, start: int, keyword: str = "") -> str:
    """The keyword's words and up to two more from `start`, within its clause, to quote."""
    clause = _CLAUSE_END.split(text[start : start + 80], maxsplit=1)[0]
    found = clause.split()[: max(3, len(keyword.split()) + 2)]
    while len(found) > 1 and found[-1].lower() in _LOOSE_END:
        found.pop()
    return " ".join(found)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "value"


def in_sentence(name: str) -> str:
    """A name as it reads mid-sentence: lower case, but acronyms kept ("IT", "HR", "UX")."""
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in name.split())
