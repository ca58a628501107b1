"""A learned tagger for skill and knowledge spans in a posting's own words (a linear-chain CRF).

The lexicon finds the skills it knows by name; real postings also name skills as phrases
("collaborate across distributed teams") and knowledge it has never seen ("clinical
documentation standards"). The CRF reads each line token by token (the words, their shape, the
words around them, whether the lexicon or the verb list knows them, and the line they sit in)
and marks BIO spans of two kinds, SKILL and KNOW. It was trained by
bench/research/train_skill_crf.py on 50 SkillSpan postings (MIT / CC BY 4.0, Zhang et al. 2022;
see models/README.md) and ships as a file of about 2 MB; when the file or python-crfsuite is
missing the tagger finds nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .lexicon import fold
from .skills import skill_spans
from .verb_forms import verb_of_form

MODEL = Path(__file__).resolve().parent / "models" / "skill_crf.crfsuite"
MAX_TAG_CHARS = 30_000  # a posting's own text fits; beyond this is boilerplate, and time grows
MAX_SPAN_TOKENS = 14  # a longer "span" is a sentence the tagger ran on with
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.+#'’/-][A-Za-z0-9]+)*[+#]*|[^\sA-Za-z0-9]")
_STOP = frozenset({
    "a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "with", "by", "at", "as",
    "from", "is", "are", "be", "will", "you", "your", "our", "we", "their", "this", "that",
    "these", "those", "it", "its", "who", "which", "have", "has",
})  # fmt: skip
Token = tuple[str, int, int]
Span = tuple[int, int, str]  # start, end (characters), "SKILL" or "KNOW"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [(m.group(0), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text)]


def lines(text: str) -> list[tuple[str, int]]:
    """Lines of the posting with their offsets; long lines are cut at sentence ends so the
    tagger's context stays within one sentence."""
    out: list[tuple[str, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = 0
        for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])", line):
            out.append((line[start : m.start()], pos + start))
            start = m.end()
        out.append((line[start:], pos + start))
        pos += len(line) + 1
    return [(t, o) for t, o in out if t.strip()]


_SECTION_CUES = frozenset({
    "about", "requirements", "required", "skills", "qualifications", "qualification", "profile",
    "offer", "benefits", "responsibilities", "role", "job", "description", "experience", "what",
    "who", "bring", "company", "team", "tasks", "duties", "apply", "contact", "nice", "bonus",
    "plus", "must", "need", "looking", "expect", "technologies", "education", "us", "you",
    "position", "candidate", "perks", "why", "working", "work",
})  # fmt: skip


def section_words(parts: list[tuple[str, int]]) -> list[str]:
    """For each line, the heading it sits under ("requirements", "about us"): a skill named
    under "What you bring" is labelled, the same word under "About us" usually is not. A heading
    here is a short line that is not a sentence, as in pasted text and in the tagger's input."""
    out: list[str] = []
    section = ""
    for line, _ in parts:
        out.append(section)
        words = [w.lower() for w, _, _ in tokenize(line) if w[:1].isalnum()]
        heading = line.rstrip().endswith(":") or bool(_SECTION_CUES.intersection(words))
        if 0 < len(words) <= 6 and heading and not line.rstrip().endswith((".", ",", ";")):
            section = " ".join(w for w in words if w in _SECTION_CUES)[:40] or words[0]
    return out


def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"[0-9]", "d", word)))
    return re.sub(r"(.)\1+", r"\1\1", shape)


def _word_features(word: str, lex: str, prefix: str) -> dict[str, Any]:
    low = word.lower()
    return {
        f"{prefix}w": low,
        f"{prefix}f": fold(low),
        f"{prefix}s3": low[-3:],
        f"{prefix}shape": _shape(word),
        f"{prefix}lex": lex,
        f"{prefix}stop": low in _STOP,
        f"{prefix}verb": low in verb_of_form(),
    }


def line_features(text: str, toks: list[Token], section: str = "") -> list[dict[str, Any]]:
    """One feature dict per token of a line, given the heading it sits under."""
    marks = ["O"] * len(toks)
    for start, end, _ in skill_spans(text):
        inside = [i for i, (_, a, b) in enumerate(toks) if a >= start and b <= end]
        for n, i in enumerate(inside):
            marks[i] = "B" if n == 0 else "I"
    # the line as context: its first word ("Experience ..."), its length (a list item or a
    # field line is short) and whether it is a sentence
    line = {
        "first": toks[0][0].lower() if toks else "",
        "short": min(len(toks) // 4, 4),
        "sentence": text.rstrip().endswith("."),
        "sec": section,
        "sec1": section.split(" ")[0],
    }
    feats: list[dict[str, Any]] = []
    for i, (word, _, _) in enumerate(toks):
        f: dict[str, Any] = {"bias": 1.0, "at": min(i, 3), "p2": word[:2].lower(), **line}
        f.update(_word_features(word, marks[i], ""))
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(toks):
                f.update(_word_features(toks[j][0], marks[j], f"{d}:"))
            else:
                f[f"{d}:edge"] = True
        if i > 0:
            f["bi"] = f"{toks[i - 1][0].lower()}|{word.lower()}"
        if i + 1 < len(toks):
            f["bi+"] = f"{word.lower()}|{toks[i + 1][0].lower()}"
        feats.append(f)
    return feats


@cache
def _tagger() -> Any | None:
    try:
        import pycrfsuite  # type: ignore[import-untyped]
    except ImportError:  # the app works without it; only the learned spans are missing
        return None
    if not MODEL.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


_EDGE = _STOP | {"would", "should", "could", "can", "must", "may", "also", "etc", "be"}


def _trimmed(toks: list[Token], start: int, end: int) -> tuple[int, int]:
    """A span without the stop words and punctuation at its edges ("QTS)", "a subject would")."""

    def loose(i: int) -> bool:
        word = toks[i][0]
        return word.lower() in _EDGE or not word[:1].isalnum()

    while start < end and loose(start):
        start += 1
    while end > start and loose(end - 1):
        end -= 1
    return start, end


@dataclass(frozen=True)
class Decoding:
    """How token marginals become spans: a token is inside a span when P(O) < inside (0 means
    the Viterbi path instead), and a span is kept when its mean P(not O) >= floor."""

    inside: float = 0.0
    floor: float = 0.0


# the Viterbi path; the item filter (skill_filter.py) may ship another decoding with its weights
DECODING = Decoding(inside=0.0, floor=0.0)
Marginals = list[dict[str, float]]


def marginals(tagger: Any, feats: list[dict[str, Any]]) -> tuple[list[str], Marginals]:
    """The Viterbi tags and every label's marginal probability, token by token."""
    tagger.set(feats)
    tags = list(tagger.tag())
    labels = tagger.labels()
    return tags, [{lab: tagger.marginal(lab, i) for lab in labels} for i in range(len(tags))]


def _mass(m: dict[str, float], prefixes: str, kind: str = "") -> float:
    """The probability of the labels with these prefixes (B/I, or BILOU's U and L too)."""
    return sum(
        p for lab, p in m.items() if lab[:1] in prefixes and lab.endswith(kind) and lab != "O"
    )


def spans_from_marginals(
    toks: list[Token], tags: list[str], marg: Marginals, decoding: Decoding
) -> list[Span]:
    """Character spans where the tagger is confident enough that a skill or knowledge item sits.
    A new span starts where a B- label outweighs the I- labels, as a new item in a list does."""
    spans: list[Span] = []
    start = -1

    def close(end: int) -> None:
        first, last = _trimmed(toks, start, end)
        if not 0 < last - first <= MAX_SPAN_TOKENS:
            return
        inside = [marg[i] for i in range(first, last)]
        if sum(1 - m.get("O", 0.0) for m in inside) / len(inside) < decoding.floor:
            return
        skill = sum(_mass(m, "BIUL", "SKILL") for m in inside)
        know = sum(_mass(m, "BIUL", "KNOW") for m in inside)
        spans.append((toks[first][1], toks[last - 1][2], "SKILL" if skill >= know else "KNOW"))

    for i, m in enumerate(marg):
        if decoding.inside > 0:
            inside = m.get("O", 0.0) < decoding.inside
            begins = _mass(m, "BU") > _mass(m, "IL")
        else:
            inside, begins = tags[i] != "O", tags[i][:2] in ("B-", "U-")
        if start >= 0 and (not inside or begins):
            close(i)
            start = -1
        if inside and start < 0:
            start = i
    if start >= 0:
        close(len(marg))
    return spans


@dataclass(frozen=True)
class Tagged:
    """The tagger's spans in a text, how likely it found each token to sit in one, and the
    heading each line sits under."""

    spans: list[Span]
    tokens: list[tuple[int, int, float]]  # start, end, P(not O); in text order
    ran: bool = True  # False when the model is missing: nothing was read
    lines: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, section

    def probabilities(self, start: int, end: int) -> list[float]:
        """P(not O) of the tokens overlapping [start, end) ("Python" inside "Python-Kenntnisse"
        too); [] if no token there was tagged."""
        i = max(0, bisect_right(self.tokens, start, key=lambda t: t[0]) - 1)
        out = []
        for a, b, p in self.tokens[i:]:
            if a >= end:
                break
            if b > start:
                out.append(p)
        return out

    def line_at(self, pos: int) -> tuple[int, int, str] | None:
        """The tagged line holding the character at pos, with its section."""
        i = bisect_right(self.lines, pos, key=lambda line: line[0]) - 1
        if i >= 0 and self.lines[i][0] <= pos < self.lines[i][1]:
            return self.lines[i]
        return None


def tag_text(tagger: Any, text: str, decoding: Decoding = DECODING) -> Tagged:
    """Every span the given tagger marks in the text."""
    found: list[Span] = []
    tokens: list[tuple[int, int, float]] = []
    where: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    parts = lines(text)
    for (line, offset), section in zip(parts, section_words(parts), strict=True):
        where.append((offset, offset + len(line), section))
        toks = tokenize(line)
        if not toks or line in seen:  # a repeated line names the same skills again
            continue
        seen.add(line)
        tags, marg = marginals(tagger, line_features(line, toks, section))
        spans = spans_from_marginals(toks, tags, marg, decoding)
        found += [(a + offset, b + offset, k) for a, b, k in spans]
        tokens += [
            (a + offset, b + offset, 1 - m.get("O", 0.0))
            for (_, a, b), m in zip(toks, marg, strict=True)
        ]
    return Tagged(found, tokens, lines=where)


def tag_posting(text: str, decoding: Decoding | None = None) -> Tagged:
    """The tagger's reading of a posting (its first MAX_TAG_CHARS characters)."""
    tagger = _tagger()
    if tagger is None:
        return Tagged([], [], ran=False)
    return tag_text(tagger, text[:MAX_TAG_CHARS], decoding or DECODING)


def tag_spans(text: str) -> list[Span]:
    """Skill and knowledge spans in the text, by character offsets; [] without the model."""
    return tag_posting(text).spans
