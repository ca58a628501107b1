"""Fillers and restarts, from the words and the punctuation Whisper puts around them.

Hesitation sounds (um, uh, er, hmm, mm) are always fillers. Words that are also ordinary
English ("like", "so", "you know", "I mean") count only when set off from the sentence the way a
filler is; "MFA is like putty", "MFA is, like, putty.", "talk like this" and "And so, my fellow
Americans" are not. Crutch words ("actually", "kind of") are counted apart (crutch_words.py);
hesitations Whisper left out of its text are found in the sound (filled_pauses.py) and the two
are joined in filler_count.py.
"""

from __future__ import annotations

import re

from .transcribe import Word

SOUNDS = re.compile(r"^(u+m+|u+h+|e+r+|e+r+m+|h+m+|m{2,}|h+m+m+)$")
# after "like," these begin a clause or phrase, not the object of a simile
CLAUSE_STARTS = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "there", "the", "a", "an", "this", "that"}
    | {"my", "our", "just", "really", "very", "so", "totally", "maybe", "probably"}
    | {"basically", "literally", "actually"}
)
# ", like," with this many words still to come in the sentence is set off in running speech
# ("it was, like, real intense because..."); a simile's object is short ("is, like, putty.")
LONG_REST = 3
ENDS_SENTENCE = (".", "?", "!", "…")


def core(word: Word | None) -> str:
    if word is None:
        return ""
    return re.sub(r"[^a-z'\-]", "", word.text.lower()).strip("-")


def opens(prev: Word | None) -> bool:
    """The word after `prev` starts a sentence or follows a comma."""
    return prev is None or prev.text.endswith((",", *ENDS_SENTENCE))


def is_sound(word: Word) -> bool:
    return not word.text.lstrip().startswith("'") and bool(SOUNDS.match(core(word)))


def _at(words: tuple[Word, ...], i: int) -> Word | None:
    return words[i] if 0 <= i < len(words) else None


def rest_of_sentence(words: tuple[Word, ...], i: int) -> int:
    """How many words follow `words[i]` up to the end of its sentence."""
    count = 0
    for word in words[i + 1 :]:
        count += 1
        if word.text.endswith(ENDS_SENTENCE):
            break
    return count


def filler_span(words: tuple[Word, ...], i: int) -> int:
    """How many words starting at `i` form a filler (0 when none)."""
    word, prev, nxt = words[i], _at(words, i - 1), _at(words, i + 1)
    name, after = core(word), core(nxt)
    if is_sound(word):
        return 1
    comma = word.text.endswith(",")
    if name == "like" and opens(prev) and comma:
        clause = after in CLAUSE_STARTS or (nxt is not None and is_sound(nxt))
        return 1 if clause or rest_of_sentence(words, i) >= LONG_REST else 0
    if name == "so" and opens(prev) and (nxt is None or word.text.endswith(("...", "…"))):
        return 1 if prev is not None else 0
    if name == "so" and opens(prev) and comma and nxt is not None and is_sound(nxt):
        return 1
    pairs = {("you", "know"), ("i", "mean")}
    if (name, after) in pairs and nxt is not None and opens(prev) and nxt.text.endswith(","):
        return 2
    return 0


def find_fillers(words: tuple[Word, ...]) -> tuple[Word, ...]:
    found: list[Word] = []
    i = 0
    while i < len(words):
        span = filler_span(words, i)
        if span:
            text = " ".join(core(w) for w in words[i : i + span])
            found.append(Word(text, words[i].start, words[i + span - 1].end))
        i += max(span, 1)
    return tuple(found)


def find_restarts(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """A word said twice in a row ("I I"), or cut off and said again ("we- we")."""
    found = []
    for a, b in zip(words, words[1:], strict=False):
        first, second = core(a), core(b)
        # across a sentence end it is a new sentence; laughter is not a restart
        if not first or a.text.endswith(ENDS_SENTENCE + ("?",)) or is_sound(a) or first == "ha":
            continue
        cut = a.text.endswith("-") and second.startswith(first)
        if first == second or cut:
            found.append(Word(f"{a.text} {b.text}", a.start, b.end))
    return tuple(found)
