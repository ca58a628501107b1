"""Crude stems of content words, for comparing short texts by the words they share."""

from __future__ import annotations

import re

_SUFFIXES = ("ation", "ship", "ness", "ment", "ing", "ers", "er", "ed", "ly", "es", "s")
_WORD = re.compile(r"[a-z][a-z'-]+")


def _words(text: str) -> frozenset[str]:
    # A function call rather than a literal: a long word list reads better as prose.
    return frozenset(text.split())


_STOP = _words(
    """a an and or but the to of in on at for with by from as is are be been was were it its
    we our us you your they their them this that these those than then there here what when
    who how why which not no do does did done have has had will would can could should may
    every each all any more most much many very just also only even ever always never make
    makes made thing things way ways people someone something one first last best good great
    well new"""
)


def stems(text: str) -> set[str]:
    """Content words cut to a crude stem, so inflections and derivations meet."""
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def _stem(word: str) -> str:
    """Strip up to two suffixes ("ownership" -> "owner" -> "own"), then cap the length."""
    word = word.strip("'-")
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
    return word[:6]
