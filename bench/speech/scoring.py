"""Scoring for the speech bench: a text normaliser, WER, and fillers matched by word alignment.

Normalised WER: acronyms spelled out ("MFA" = "m f a"), lower case, hyphens as spaces, numbers
as words ("10%" = "ten percent"), punctuation dropped except apostrophes, and every hesitation
spelling (um, umm, uh, er, erm, hmm, mm, ah) written as one token, so "hmm" heard as "umm" is
not a word error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

HESITATION = re.compile(r"^(u+m+|u+h+|e+r+|e+r+m+|h+m+|m{2,}|a+h+)$")
ONES = [
    *["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    *["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"],
    *["eighteen", "nineteen"],
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> list[str]:
    """Whole numbers below a million as words, the way the scripts spell them."""
    if n < 20:
        return [ONES[n]]
    if n < 100:
        return [TENS[n // 10]] + ([ONES[n % 10]] if n % 10 else [])
    if n < 1000:
        rest = number_words(n % 100) if n % 100 else []
        return [ONES[n // 100], "hundred", *rest]
    rest = number_words(n % 1000) if n % 1000 else []
    return [*number_words(n // 1000), "thousand", *rest]


def normalise(text: str) -> list[str]:
    text = re.sub(r"\b[A-Z]{2,4}\b", lambda m: " ".join(m.group().lower()), text)
    text = text.lower().replace("-", " ").replace("%", " percent ")
    text = re.sub(r"(\d),(\d)", r"\1\2", text)
    text = re.sub(r"\d+", lambda m: " " + " ".join(number_words(int(m.group()))) + " ", text)
    words = re.sub(r"[^a-z' ]+", " ", text).split()
    return ["<hes>" if HESITATION.match(w) else w.strip("'") for w in words if w.strip("'")]


def align(ref: Sequence[str], hyp: Sequence[str]) -> list[tuple[int | None, int | None]]:
    """Levenshtein alignment: (ref index, hyp index) pairs; None marks a deletion/insertion."""
    rows, cols = len(ref) + 1, len(hyp) + 1
    cost = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        cost[i][0] = i
    for j in range(cols):
        cost[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            same = ref[i - 1] == hyp[j - 1]
            cost[i][j] = min(
                cost[i - 1][j] + 1, cost[i][j - 1] + 1, cost[i - 1][j - 1] + (0 if same else 1)
            )
    pairs: list[tuple[int | None, int | None]] = []
    i, j = len(ref), len(hyp)
    while i or j:
        same = bool(i and j and ref[i - 1] == hyp[j - 1])
        if i and j and cost[i][j] == cost[i - 1][j - 1] + (0 if same else 1):
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i and cost[i][j] == cost[i - 1][j] + 1:
            pairs.append((i - 1, None))
            i -= 1
        else:
            pairs.append((None, j - 1))
            j -= 1
    return pairs[::-1]


def edits(ref: Sequence[str], hyp: Sequence[str]) -> int:
    return sum(1 for r, h in align(ref, hyp) if r is None or h is None or ref[r] != hyp[h])


@dataclass
class FillerScore:
    gold: int = 0
    found: int = 0
    hits: int = 0
    on_ordinary: int = 0  # fillers reported on a lexical "like" / ordinary "so"
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: FillerScore) -> None:
        self.gold += other.gold
        self.found += other.found
        self.hits += other.hits
        self.on_ordinary += other.on_ordinary
        self.misses += other.misses
        self.extras += other.extras

    @property
    def recall(self) -> float | None:
        return self.hits / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.hits / self.found if self.found else None


@dataclass(frozen=True)
class RefWord:
    word: str
    kind: str  # "word", "filler" or "ordinary"
    token: int  # index of the labelled token it belongs to


def ref_words(tokens: Sequence[tuple[str, str]]) -> list[RefWord]:
    return [RefWord(w, kind, i) for i, (text, kind) in enumerate(tokens) for w in normalise(text)]


def hyp_words(words: Sequence[dict[str, Any]]) -> tuple[list[str], list[int]]:
    """The normalised hypothesis and, for each of its tokens, the engine word it came from."""
    tokens: list[str] = []
    owner: list[int] = []
    for index, word in enumerate(words):
        for token in normalise(word["text"]):
            tokens.append(token)
            owner.append(index)
    return tokens, owner


def score_fillers(tokens: Sequence[tuple[str, str]], report: dict[str, Any]) -> FillerScore:
    """Each reported filler is matched through the word alignment to a labelled token."""
    ref = ref_words(tokens)
    hyp, owner = hyp_words(report["words"])
    to_ref = {h: r for r, h in align([w.word for w in ref], hyp) if h is not None}
    first_token: dict[int, int] = {}
    for position, index in enumerate(owner):
        first_token.setdefault(index, position)
    starts = {round(w["start"], 2): i for i, w in reversed(list(enumerate(report["words"])))}
    score = FillerScore(gold=sum(1 for _, kind in tokens if kind == "filler"))
    claimed: set[int] = set()
    for filler in report["fillers"]:
        score.found += 1
        target = _target(ref, to_ref, first_token, starts.get(round(filler["start"], 2)))
        if target and target.kind == "filler" and target.token not in claimed:
            claimed.add(target.token)
            score.hits += 1
            continue
        score.on_ordinary += bool(target and target.kind == "ordinary")
        score.extras.append(f"{filler['text']}@{filler['start']}")
    score.misses = [t for i, (t, k) in enumerate(tokens) if k == "filler" and i not in claimed]
    return score


def _target(
    ref: list[RefWord], to_ref: dict[int, int | None], first: dict[int, int], index: int | None
) -> RefWord | None:
    """The labelled word a reported filler (the engine's word `index`) aligned with."""
    position = first.get(index) if index is not None else None
    r = to_ref.get(position) if position is not None else None
    return ref[r] if r is not None else None
