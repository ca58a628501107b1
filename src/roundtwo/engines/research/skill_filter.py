"""Which of the tagger's phrases and the lexicon's names a posting's skills list keeps.

On real postings most wrong items are phrases nobody would call a skill of the candidate: the
company's description ("a leading provider of cloud software"), the benefits ("flexible working
hours"), headings, and lexicon names mentioned in passing. Each item is scored by a small
logistic model over its evidence: how sure the tagger was of its words, its length and first
word, whether the lexicon knows a name in it, and the heading it sits under ("What we offer",
"About us", "Requirements"). Items below a threshold are left out. The weights, the threshold
and the tagger's decoding were chosen by nested cross-validation by posting in
bench/research/skill_filter_cv.py, which writes models/skill_filter.json; without that file
every item is kept.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .skill_tagger import Decoding, Tagged, tokenize
from .skills import skill_spans
from .verb_forms import verb_of_form

MODEL = Path(__file__).resolve().parent / "models" / "skill_filter.json"

# the heading a line sits under (skill_tagger.section_words), as one of a few kinds; the order
# matters: "About the role" is the job, "About us" the company
_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("offer", frozenset({"offer", "benefits", "perks", "why"})),
    (
        "req",
        frozenset(
            {
                "requirements",
                "required",
                "skills",
                "qualifications",
                "qualification",
                "profile",
                "bring",
                "must",
                "need",
                "expect",
                "technologies",
                "education",
                "experience",
                "candidate",
                "nice",
                "bonus",
                "plus",
                "looking",
            }
        ),
    ),  # fmt: skip
    ("duty", frozenset({"responsibilities", "tasks", "duties", "role", "job", "position"})),
    ("about", frozenset({"about", "company", "us", "team", "who", "apply", "contact"})),
)
FEATURES = (
    "lexicon", "p_mean", "p_min", "p_max", "lexicon_p", "know", "words", "one_word",
    "first_verb", "first_upper", "lexicon_inside", "whole_line", "line_sentence", "line_short",
    "position", "repeated", "digit", "sec_offer", "sec_req", "sec_duty", "sec_about",
    "sec_other",
)  # fmt: skip
_STOP = frozenset({"a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "with", "by"})


@dataclass(frozen=True)
class Candidate:
    """An item for the skills list and where it sits in the tagged text (-1: not there, as a
    name spelled only past the text's end)."""

    text: str
    start: int = -1
    end: int = -1
    source: str = "tagger"  # or "lexicon"
    kind: str = "SKILL"  # the tagger's SKILL or KNOW


def section_group(section: str) -> str:
    words = set(section.split())
    if not words:
        return ""
    for name, cues in _GROUPS:
        if words & cues:
            return name
    return "other"


def features(c: Candidate, tagged: Tagged, text: str) -> dict[str, float]:
    """The evidence for one placed item, each a number between 0 and 1."""
    probs = tagged.probabilities(c.start, c.end) or [0.0]
    words = [w for w, _, _ in tokenize(c.text) if w[:1].isalnum()]
    content = [w for w in words if w.lower() not in _STOP]
    line = tagged.line_at(c.start)
    start, end, section = line if line is not None else (c.start, c.end, "")
    line_text = text[start:end].strip()
    lexicon = float(c.source == "lexicon")
    f = {
        "lexicon": lexicon,
        "p_mean": sum(probs) / len(probs),
        "p_min": min(probs),
        "p_max": max(probs),
        "lexicon_p": lexicon * max(probs),
        "know": float(c.kind == "KNOW"),
        "words": min(len(content), 12) / 12,
        "one_word": float(len(content) <= 1),
        "first_verb": float(bool(words) and words[0].lower() in verb_of_form()),
        "first_upper": float(c.text[:1].isupper()),
        "lexicon_inside": float(not lexicon and bool(skill_spans(c.text))),
        "whole_line": float(c.text.strip(" .:;,") == line_text.strip(" .:;,")),
        "line_sentence": float(line_text.endswith(".")),
        "line_short": float(len(tokenize(line_text)) <= 6),
        "position": c.start / max(len(text), 1),
        "repeated": float(_occurrences(c.text, text) > 1),
        "digit": float(any(ch.isdigit() for ch in c.text)),
    }
    group = section_group(section)
    for name in ("offer", "req", "duty", "about", "other"):
        f[f"sec_{name}"] = float(group == name)
    return f


def _occurrences(item: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(item)}(?!\w)", text, re.IGNORECASE))


def place(name: str, text: str) -> tuple[int, int]:
    """Where a lexicon name first stands as words of its own in the text; (-1, -1) if not."""
    m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
    return (m.start(), m.end()) if m else (-1, -1)


@dataclass(frozen=True)
class Filter:
    weights: dict[str, float]
    bias: float
    threshold: float
    decoding: Decoding = Decoding()

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, c: Candidate, tagged: Tagged, text: str) -> bool:
        if c.start < 0:  # not in the tagged text (past its end, or a name no phrase names)
            return True
        if c.source == "lexicon":
            # judging names too cost "Excel", "QTS" and "Python" in short requirement lines,
            # which the fit matrix and the practice set match on; names stay, phrases are judged
            return True
        return self.probability(features(c, tagged, text)) >= self.threshold


@cache
def active() -> Filter | None:
    """The shipped filter, or None (keep every item) when its file is missing."""
    if not MODEL.is_file():
        return None
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    return Filter(
        weights=dict(zip(data["features"], data["weights"], strict=True)),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        decoding=Decoding(**data["decoding"]),
    )


def kept(candidates: list[Candidate], tagged: Tagged, text: str) -> list[Candidate]:
    """The candidates the filter keeps; all of them when the tagger did not run."""
    chosen = active()
    if chosen is None or not tagged.ran:
        return candidates
    return [c for c in candidates if chosen.keeps(c, tagged, text)]
