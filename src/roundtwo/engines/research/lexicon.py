"""The skills lexicon (knowledge/skills.json) as lookup tables over word tokens.

Case-insensitive spellings are matched on folded tokens: lower-cased and made singular, so
"risk assessments" finds "Risk assessment" and "Fissure sealants" finds "Fissure sealant" without
an alias for every plural. Case-sensitive names (Go, Swift, Mosaic) are matched as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from roundtwo.knowledge import load

# keeps C++, C#, Node.js, FP&A and .NET whole; splits on hyphens and slashes, so "Python-based"
# and "C/C++" count (and CI/CD is matched as the two tokens its lexicon spelling also makes)
_TOKEN = re.compile(r"\.?[A-Za-z0-9+#&]+(?:[.'’][A-Za-z0-9+#&]+)*\+*")
_SHORT_ACRONYM = re.compile(r"^[A-Z0-9&/]{1,4}$")  # AP, PR, QA, UX: read only in capitals
_IRREGULAR = {"children": "child", "teeth": "tooth", "women": "woman", "men": "man"}
_KEEP_S = ("ss", "us", "is")  # class, status, analysis are not plurals
# plurals whose singular is another common word: "goods in" is not "good in", "Wills" is not
# "will", "Trusts" is not "trust", "news stories" are not "new stories"
_KEEP = {"goods", "news", "customs", "wills", "trusts", "equities", "lettings", "fillings",
         "works", "series", "species", "means", "arts"}  # fmt: skip
# phrases that contain a case-sensitive tool name but name something else: "Sous Chef" is a
# cook, not the configuration tool; "Spring term" is a school term, not the Java framework
_FALSE_FRIENDS = re.compile(
    r"\b(?:sous|head|commis|pastry|executive|private|relief|development|breakfast)\s+chef\b"
    r"|\bchef\s+de\s+(?:partie|cuisine|rang)\b"
    r"|\bspring\s+(?:term|semester|half[- ]term|\d{4})\b",
    re.I,
)


@dataclass(frozen=True)
class Lexicon:
    exact: dict[tuple[str, ...], str]  # case-sensitive spellings
    folded: dict[tuple[str, ...], str]  # case-insensitive spellings, folded
    longest: int


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def singular(word: str) -> str:
    """A lower-case word's singular by spelling alone; both the lexicon and the text are
    folded the same way, so an odd result ("lens" -> "len") still matches itself."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) < 4 or not word.isalpha() or word in _KEEP:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-1]
    return word


def fold(word: str) -> str:
    return singular(word.lower())


@cache
def lexicon() -> Lexicon:
    exact: dict[tuple[str, ...], str] = {}
    folded: dict[tuple[str, ...], str] = {}
    for entry in load("skills")["skills"]:
        for spelling in [entry["name"], *entry.get("aliases", [])]:
            key = tuple(t for t, _, _ in tokens(spelling))
            if entry.get("case_sensitive") or _SHORT_ACRONYM.match(spelling):
                exact.setdefault(key, entry["name"])
            else:
                folded.setdefault(tuple(fold(t) for t in key), entry["name"])
    longest = max(len(k) for k in [*exact, *folded])
    return Lexicon(exact, folded, longest)


def false_friend_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _FALSE_FRIENDS.finditer(text)]
