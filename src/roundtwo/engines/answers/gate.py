"""Refuse what is not an answer to judge, and say why (the `refusal` field of the result)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicons import lexicon, phrase_regex
from .result import Refusal

if TYPE_CHECKING:
    from spacy.tokens import Doc

MIN_WORDS = 3
# What goes through spaCy is capped so a wrong paste (a whole transcript, a CV) stays fast: a
# 1,500-word run-on takes about 0.8 s on 2 cores, a 20,000-word paste is refused in ~20 ms.
# 1,500 words is about ten minutes of speech, five times the longest answer worth giving.
MAX_WORDS = 1500
MAX_CHARS = 15_000  # letters, digits and symbols; catches a few very long "words"
# Before markup is masked: refused without any other work. A 1,500-word answer is about
# 9,000 characters; pasted rich-text HTML can be several times that.
MAX_RAW_CHARS = 60_000


def _too_long(text: str) -> Refusal:
    n = word_count(text)
    chars = sum(1 for ch in text if not ch.isspace())
    return Refusal(
        "too_long",
        f"The text has {n:,} words ({chars:,} characters), more than the {MAX_WORDS:,} words "
        "this analysis reads and far more than an interview answer (150-300 words, 1-2 "
        "minutes spoken). Paste only the answer you gave to this question.",
    )


def too_long_to_read(raw: str) -> Refusal | None:
    """A paste so long that even masking its markup is wasted work."""
    return _too_long(raw) if len(raw) > MAX_RAW_CHARS else None


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_LETTER = re.compile(r"[^\W\d_]")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def precheck(text: str) -> Refusal | None:
    """Checks that need no model: empty, too short, too long."""
    if not text.strip():
        return Refusal("empty", "The answer is empty: there is nothing to analyse.")
    n = word_count(text)
    if n < MIN_WORDS:
        return Refusal(
            "too_short",
            f"The answer has {n} word{'s' if n != 1 else ''}: write it out as you said it "
            "(a behavioral answer is usually 150-300 words).",
        )
    if n > MAX_WORDS or sum(1 for ch in text if not ch.isspace()) > MAX_CHARS:
        return _too_long(text)
    return None


def _english_share(doc: Doc) -> float:
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [t.lower_ for t in doc if t.is_alpha]
    if not words:
        return 0.0
    return sum(1 for w in words if w in STOP_WORDS) / len(words)


def postcheck(doc: Doc, raw: str | None = None) -> Refusal | None:
    """Checks on the parsed text: not English, a pasted job description. `raw` is the input
    before markup was masked, whose bullets are a sign of a job description."""
    text = doc.text
    letters = _LETTER.findall(text)
    if not letters:
        return Refusal(
            "not_an_answer", "The text has no words to analyse (only symbols or numbers)."
        )
    ascii_share = sum(1 for ch in letters if ch.isascii()) / len(letters)
    n_words = word_count(text)
    if ascii_share < 0.6 or (n_words >= 6 and _english_share(doc) < 0.18):
        return Refusal(
            "not_english",
            "The answer does not look like English; the analysis only understands English answers.",
        )
    low = text.lower()
    cues = {m.group(0).lower() for m in phrase_regex(lexicon().job_description_cues).finditer(low)}
    bullets = len(re.findall(r"(?m)^\s*(?:[-*•·]|\d+[.)])\s+", raw if raw is not None else text))
    first_person = len(re.findall(r"(?<![\w'])(?:i|me|my|i'm|i've|i'd)(?![\w'])", low))
    past = sum(1 for t in doc if t.tag_ == "VBD")
    rate = first_person / max(n_words, 1)
    if len(cues) + min(bullets, 4) // 2 >= 3 and rate < 0.025 and past <= max(2, n_words // 60):
        return Refusal(
            "job_description",
            "This looks like a job description (" + ", ".join(sorted(cues)[:4]) + "), not an "
            "answer. Paste what you said in reply to the question.",
        )
    return None
