"""Speaker labels written into the text: "Jane Doe: ...", "[00:01:02] Jane: ...", "Jane  0:03".

A label is short (one to four capitalised words, or a role such as "Interviewer", "Me",
"Speaker 2"). Words like "Note:" or "Example:" look the same, so a label only counts when it
repeats in the file, names a role, or is a two-to-four word name; and never when it is a word
that usually heads a note rather than names a person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .markup import strip_markup
from .timecodes import CLOCK, clock_seconds
from .vocab import NOT_NAMES

_NAME = r"[^\W\d_][\w'’.,\-/() ]{0,48}?"
_LEAD = rf"(?:[-–—]\s*)?(?:[\[(]?(?P<lead>{CLOCK})[\])]?\s*[-–—|]?\s*)?"
_TRAIL = rf"(?:\s*[\[(](?P<trail>{CLOCK})[\])])?"
_LABEL = re.compile(rf"^{_LEAD}(?P<name>{_NAME}){_TRAIL}\s*:(?:\s+(?P<text>.*))?$")
_HEADER = re.compile(rf"^(?P<name>{_NAME})\s+[\[(]?(?P<time>{CLOCK})[\])]?$")

_PARTICLES = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le"}
_PARTICLES |= {"al", "el", "bin", "bint", "dos", "das", "do", "y", "st", "mc", "ter", "ten"}
_ROLES = re.compile(
    r"(?:me|myself|you|interviewer|interviewee|candidate|applicant|recruiter|host|moderator|"
    r"hiring manager|panel(?:ist)?|unknown speaker|unknown|speaker|guest|participant)"
    r"(?:\s*\d{1,2}|\s+[a-z])?",
    re.IGNORECASE,
)


# Teams and Zoom add these to a name; the same person may appear with and without them.
_NAME_SUFFIX = re.compile(
    r"\s*[\[(](?:guest|external|unverified|host|co-host|organi[sz]er|presenter|she/her|"
    r"he/him|they/them)[\])]\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # a file has a handful of names, said thousands of times
def clean_name(raw: str) -> str:
    name = " ".join(strip_markup(raw).split()).strip(" \"'“”‘’-–—:")
    return _NAME_SUFFIX.sub("", name).strip() or name


@dataclass(frozen=True)
class Label:
    name: str
    text: str
    start: float | None


def _word_ok(word: str) -> bool:
    if word.isdigit():
        return len(word) <= 3
    return word[0].isupper() or word.lower().strip(".") in _PARTICLES


@lru_cache(maxsize=4096)
def looks_like_name(name: str) -> bool:
    name = clean_name(name)
    if _ROLES.fullmatch(name):
        return True
    words = name.replace(",", " ").split()
    if not 1 <= len(words) <= 4 or len(name) > 40:
        return False
    if words[0].lower().strip(".") in NOT_NAMES or words[-1].lower().strip(".") in NOT_NAMES:
        return False
    return words[0][0].isupper() and all(_word_ok(w) for w in words)


def find_label(line: str) -> Label | None:
    """The speaker label that opens this line, if any (whether it counts is decided later)."""
    line = line.strip()
    header = _HEADER.match(line)
    if header and looks_like_name(header["name"]):
        return Label(header["name"].strip(), "", clock_seconds(header["time"]))
    match = _LABEL.match(line)
    if not match or not looks_like_name(match["name"]):
        return None
    time = match["lead"] or match["trail"]
    start = clock_seconds(time) if time else None
    return Label(match["name"].strip(), (match["text"] or "").strip(), start)


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    return clean_name(name).casefold()


def accepted_names(labels: Iterable[Label]) -> set[str]:
    """Keys of the labels that are speakers on their own evidence: repeated, a role, a full name.

    A single-word label said once ("Tom: ...") can still be accepted by its neighbours; see
    `labelled.cues_from_lines`.
    """
    counts = Counter(name_key(label.name) for label in labels)
    accepted = set()
    for key, count in counts.items():
        several_words = len(key.replace(",", " ").split()) >= 2
        if count >= 2 or _ROLES.fullmatch(key) or several_words:
            accepted.add(key)
    return accepted
