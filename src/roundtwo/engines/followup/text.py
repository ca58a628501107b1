"""Light clean-up of the user's notes, so their own words read well inside a sentence.

Nothing here rewrites meaning: it keeps the first sentence (then the first clause) of a long
note, strips wrapping quotes and trailing punctuation, and lower-cases a leading capital only
when spaCy does not read the first word as a name. Scripts without case (CJK, Arabic, Hebrew,
Devanagari) pass through untouched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from roundtwo.engines.asking.grammar import mid_sentence, parse, word_list

# Kana and CJK ideographs are written without spaces: each character counts as one word, so
# the word cap also bounds a note in Chinese or Japanese. Hangul uses spaces, like Latin.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")
_HAS_CJK = re.compile(rf"[{_CJK}]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|(?<=[。！？])")
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:dr|mr|mrs|ms|mx|prof|st|vs|etc|e\.g|i\.e|no|approx)\.$", re.I
)
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:]|\s[-–—]|\s\()\s+|[，；：、]")
_TRAILING = ".,;:!?…。！？、，；：؟۔ \t"
_QUOTE_PAIRS = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»", "「": "」", "『": "』"}
_WEAK_ENDINGS = frozenset(
    word_list(
        "a an the and or but of to in on at for with by from as that which who is are was were "
        "his her their our its this these"
    )
)
HONORIFICS = frozenset(word_list("dr dr. mr mr. mrs mrs. ms ms. mx mx. miss prof prof. sir dame"))


def one_line(text: str) -> str:
    """The text on one line: control characters and line or paragraph separators become
    spaces (a name or subject must never carry a CR or LF into a mail header)."""
    cleaned = "".join(
        " " if unicodedata.category(c) in {"Cc", "Zl", "Zp"} else c for c in text or ""
    )
    return " ".join(cleaned.split())


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_count(text: str) -> int:
    """Words as a reader counts them: whitespace-separated, one per CJK character."""
    return len(tokens(text))


def has_cjk(text: str) -> bool:
    return bool(_HAS_CJK.search(text))


def first_sentence(text: str) -> str:
    parts = _SENTENCE_END.split(text)
    head = parts[0]
    for part in parts[1:]:
        if not _ABBREVIATION.search(head):
            break
        head = f"{head} {part}"
    return head


def unquote(text: str) -> str:
    if len(text) >= 2 and _QUOTE_PAIRS.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text


def shorten(text: str, max_words: int) -> str:
    """The first clause when the sentence is too long, else the first `max_words` words,
    ending on a content word ("the migration of the" -> "the migration")."""
    if word_count(text) <= max_words:
        return text
    for match in _CLAUSE_BREAK.finditer(text):
        head = text[: match.start()]
        if 3 <= word_count(head) <= max_words:
            return head
        if word_count(head) > max_words:
            break
    cut = _cut(text, max_words)
    words = cut.split(" ")
    while len(words) > 1 and words[-1].lower() in _WEAK_ENDINGS:
        words.pop()
    return " ".join(words)


def _cut(text: str, max_words: int) -> str:
    """The text up to its `max_words`-th word, keeping the original spacing."""
    end = 0
    for i, match in enumerate(_TOKEN.finditer(text)):
        if i == max_words:
            break
        end = match.end()
    return text[:end]


def clean_note(text: str, *, max_words: int, keep: tuple[str, ...] = ()) -> str:
    """One note as it reads mid-sentence: first sentence, capped, without wrapping quotes or
    trailing punctuation, leading capital lowered unless it starts a name."""
    line = unquote(one_line(text))
    short = shorten(first_sentence(line), max_words).rstrip(_TRAILING)
    short = unquote(short).rstrip(_TRAILING)
    return lower_first(short, keep) if short else ""


def lower_first(text: str, keep: tuple[str, ...] = ()) -> str:
    """The leading capital lowered when spaCy does not read the first word as a name and the
    word is a common one: a function word or in the lemmatizer's WordNet index. An unknown
    word ("Postgres", "Kubernetes") keeps its capital; a wrong capital reads better than a
    product name in lower case."""
    lowered = mid_sentence(text, keep)
    if lowered == text:
        return text
    return lowered if _is_common(lowered.split(" ", 1)[0].strip("\"'“”‘’(")) else text


def _is_common(word: str) -> bool:
    words = _dictionary()
    if words is None:
        return True  # without spaCy, mid_sentence has already decided
    nlp_word = parse(word)
    lemma = nlp_word[0].lemma_.lower() if nlp_word is not None and len(nlp_word) else word
    return word in words or lemma in words or bool(nlp_word is not None and nlp_word[0].is_stop)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str] | None:
    try:
        from roundtwo.engines.answers.loader import load_nlp

        lemmatizer: Any = load_nlp().get_pipe("lemmatizer")
        index = lemmatizer.lookups.get_table("lemma_index")
        return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))
    except Exception:  # noqa: BLE001 - without the table, fall back to spaCy's reading alone
        return None


def was_shortened(original: str, cleaned: str) -> bool:
    return word_count(cleaned) + 1 < word_count(unquote(one_line(original)).rstrip(_TRAILING))


def greeting_name(name: str, *, formal: bool) -> str:
    """Priya Raman -> "Priya" (warm) or "Priya Raman" (formal); "Dr. Samuel Okoro" ->
    "Dr. Okoro" (formal). A name in CJK script is kept whole: which part is the given name
    cannot be told from the text, and the family name often comes first."""
    words = one_line(name).split()
    if not words:
        return ""
    if len(words) >= 2 and words[0].lower() in HONORIFICS:
        return f"{words[0]} {words[-1]}"  # the title goes with the family name, in any tone
    if has_cjk(name) or len(words) == 1 or formal:
        return " ".join(words)
    return words[0]


def email_address(email: str) -> str | None:
    """The address as given, or None when it is empty or could not be one (no "@", spaces or
    control characters, which would also break a mail header)."""
    address = (email or "").strip()
    if "@" not in address or any(c.isspace() or unicodedata.category(c) == "Cc" for c in address):
        return None
    return address
