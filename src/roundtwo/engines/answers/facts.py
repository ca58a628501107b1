"""Stated facts (team sizes, dates, durations, titles, tools, numbers, reasons for leaving, notice
period, salary) and the contradictions between two sets of them.

    >>> compare_facts(extract_facts("I led a team of five."), extract_facts("My team of eight..."))
    -> "Round one: a team of five. Now: a team of eight."
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .lexicons import lexicon, phrase_regex
from .loader import load_nlp
from .sentences import regex_segments, segment_doc

FactKind = Literal[
    "team_size",
    "date",
    "duration",
    "title",
    "tool",
    "number",
    "reason_for_leaving",
    "notice_period",
    "salary",
]

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a hundred": 100,
    "hundred": 100,
}
_NUM = (
    r"(?:\d[\d,]*(?:\.\d+)?|a dozen|a couple of|"
    + "|".join(sorted((w for w in _NUMBER_WORDS if w not in {"a", "an"}), key=len, reverse=True))
    + ")"
)
_PEOPLE = (
    r"(?:people|engineers|developers|designers|analysts|nurses|teachers|staff|reports|direct "
    r"reports|"
    r"agents|drivers|technicians|consultants|managers|sales ?people|reps|volunteers|chefs|"
    r"members|employees|colleagues|testers|scientists|researchers|accountants|assistants|operators|"
    r"workers|specialists|officers|contractors|interns|students|juniors|seniors)"
)
_TEAM_PATTERNS = (
    re.compile(
        rf"\b(?:team|group|squad|department|crew|unit) of (?:about |around "
        rf"|roughly |over |nearly )?({_NUM})\b",
        re.I,
    ),
    re.compile(
        rf"\b({_NUM})[- ](?:person|people|strong|member)\s+(?:team|group|squad|crew|department)\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:managed|manage|managing|led|lead|leading|ran|run|running|supervised|supervise|"
        rf"supervising|oversaw|oversee|headed|had|have)\s+(?:a "
        rf""
        rf"team of\s+)?(?:about |around |roughly |over |nearly )?({_NUM}) "
        rf"{_PEOPLE}\b",
        re.I,
    ),
)
_TITLE_WORDS = (
    r"(?:engineer|developer|manager|director|lead|head of [a-z ]+?|analyst|nurse|teacher|designer|"
    r"consultant|specialist|coordinator|officer|supervisor|assistant|associate|architect|"
    r"scientist|accountant|administrator|representative|executive|president|vp|cto|ceo|cfo|"
    r"founder|technician|advisor|adviser|partner|chef|owner|editor|researcher|recruiter|planner|"
    r"controller|auditor|paralegal|solicitor|lawyer|pharmacist|physiotherapist|therapist|clerk)"
)
_TITLE_PATTERNS = (
    re.compile(
        rf"\b(?:i(?:'m| am| was)|i worked as|i work as|as|promoted to|my "
        rf"(?:current )?(?:title|role|job title) (?:is|was))\s+(?:an? "
        rf"|the )?((?:[a-z-]+ ){{0,3}}{_TITLE_WORDS})\b",
        re.I,
    ),
)
_SALARY = re.compile(
    r"\b(?:salary|expect(?:ing|ation|ations)?|looking for|package|compensation|base "
    r"pay|base|earn(?:ing)?|paid|pay|rate)\b[^.?!]{0,40}?"
    r"([£$€]\s?\d[\d,.]*\s?(?:k|K|thousand|m)?|\d[\d,.]*\s?(?:k|K|thousand)\b(?:\s?(?:pounds|dollars|euros))?|\d[\d,.]*\s?(?:pounds|dollars|euros))",
    re.I,
)
_NOTICE = (
    re.compile(
        rf"\bnotice(?: period)?(?: is| of| was)?\s+(?:about |around "
        rf"|just )?({_NUM}|a) (weeks?|months?|days?)\b",
        re.I,
    ),
    re.compile(rf"\b({_NUM}|a) (weeks?|months?|days?)(?:'|’)?s? notice\b", re.I),
    re.compile(
        rf"\b(?:can|could|able to|would be able to) start (?:in|within|after) "
        rf"(?:about |around )?({_NUM}|a) (weeks?|months?|days?)\b",
        re.I,
    ),
)
_LEAVING = re.compile(
    r"\b(?:(?:i'm|i am|i was|i)\s+(?:leaving|left|leave|quit|quitting|moving "
    r"on|looking to (?:leave|move))"
    r"|(?:the )?reason (?:i'm|i am|i'm looking|for leaving|i left|i "
    r"want to leave|i'm leaving)|why i (?:left|want to leave|am leaving))"
    r"[^.?!]*?\b(because|as|since|due to|is that|was that|was|is|to)\b\s+([^.?!]+)",
    re.I,
)
_DURATION = re.compile(
    rf"\b(?:for|over|spent|about|nearly|almost)\s+({_NUM}) (years?|months?)\b", re.I
)
_YEAR_VERB = re.compile(
    r"\b(joined|started|left|moved|graduated|began|was promoted|got "
    r"promoted|finished|launched)\b[^.?!]{0,30}?\b(?:in|since)\s+(?:early "
    r"|late |mid-?)?(?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b",
    re.I,
)


_AMBIGUOUS_TOOLS = frozenset(
    [
        "word",
        "teams",
        "r",
        "epic",
        "swift",
        "sage",
        "notion",
        "slack",
        "zoom",
        "outlook",
        "react",
        "vue",
        "git",
        "sketch",
    ]
)


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    key: str  # what the fact is about, compared across rounds: "team", "joined", "notice period"
    value: str  # normalised: "5", "2019", "4 weeks", "senior engineer", "kafka"
    text: str  # the words as stated: "a team of five"
    sentence: str

    def as_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "key": self.key,
            "value": self.value,
            "text": self.text,
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class Contradiction:
    kind: FactKind
    key: str
    earlier: Fact
    later: Fact
    message: str

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "key": self.key,
            "earlier": self.earlier.as_dict(),
            "later": self.later.as_dict(),
            "message": self.message,
        }


def to_number(raw: str) -> float | None:
    s = raw.strip().lower().replace(",", "").rstrip(".")
    if s in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[s])
    m = re.fullmatch(
        r"[£$€]?\s?(\d+(?:\.\d+)?)\s?(k|thousand|m)?(?:\s?(?:pounds|dollars|euros))?", s
    )
    if not m:
        return None
    value = float(m.group(1))
    if m.group(2) in {"k", "thousand"}:
        value *= 1000
    elif m.group(2) == "m":
        value *= 1_000_000
    return value


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _weeks(num: str, unit: str) -> str:
    n = 1.0 if num.lower() == "a" else (to_number(num) or 0.0)
    u = unit.lower().rstrip("s")
    weeks = n * {"day": 1 / 7, "week": 1, "month": 4.345}[u]
    return f"{round(weeks, 1):g} weeks"


def _sentences(text: str) -> list[str]:
    if len(text) > 200_000:
        return [text[s.start : s.end] for s in regex_segments(text)]
    doc = load_nlp()(text)
    return [text[s.start : s.end] for s in segment_doc(doc)]


def extract_facts(text: str) -> tuple[Fact, ...]:
    """Facts stated in free text, in order of appearance. Never raises on odd input."""
    if not isinstance(text, str) or not text.strip():
        return ()
    facts: list[Fact] = []
    tools = lexicon().tools
    for sent in _sentences(text):
        for pat in _TEAM_PATTERNS:
            for m in pat.finditer(sent):
                n = to_number(m.group(1))
                if n is not None and 1 < n < 10_000:
                    facts.append(Fact("team_size", "team", _fmt(n), _phrase(m.group(0)), sent))
        for m in _SALARY.finditer(sent):
            n = to_number(m.group(1))
            if n is not None and n >= 1000:
                facts.append(
                    Fact("salary", "salary", _fmt(n), m.group(1).strip().rstrip("."), sent)
                )
        for pat in _NOTICE:
            for m in pat.finditer(sent):
                facts.append(
                    Fact(
                        "notice_period",
                        "notice period",
                        _weeks(m.group(1), m.group(2)),
                        m.group(0),
                        sent,
                    )
                )
        for m in _LEAVING.finditer(sent):
            facts.append(
                Fact(
                    "reason_for_leaving",
                    "reason for leaving",
                    m.group(2).strip().lower(),
                    m.group(0).strip(),
                    sent,
                )
            )
        for pat in _TITLE_PATTERNS:
            for m in pat.finditer(sent):
                title = m.group(1).strip().lower()
                title = re.sub(r"^(?:the|a|an|my|our)\s+", "", title)
                if len(title.split()) <= 5:
                    facts.append(Fact("title", "title", title, m.group(0), sent))
        for m in _YEAR_VERB.finditer(sent):
            verb = m.group(1).lower().replace("got ", "was ")
            facts.append(Fact("date", verb, m.group(2), m.group(0), sent))
        for m in _DURATION.finditer(sent):
            n = to_number(m.group(1))
            if n is not None:
                unit = m.group(2).lower().rstrip("s")
                facts.append(Fact("duration", f"duration ({unit}s)", _fmt(n), m.group(0), sent))
        seen_tools: set[str] = set()
        for m in phrase_regex(tuple(sorted(tools))).finditer(sent):
            word = m.group(0)
            low = word.lower()
            ambiguous = low in _AMBIGUOUS_TOOLS and (m.start() == 0 or not word[0].isupper())
            if low in seen_tools or ambiguous:
                continue
            if word[0].isupper() or low in {"sql", "excel"}:
                seen_tools.add(low)
                facts.append(Fact("tool", low, low, word, sent))
        for m in re.finditer(
            r"(?:[£$€]\s?\d[\d,.]*\s?[kKmM]?\b|\b\d[\d,.]*\s?(?:%|percent\b))", sent
        ):
            facts.append(
                Fact(
                    "number",
                    _number_key(sent, m.start()),
                    m.group(0).strip(),
                    m.group(0).strip(),
                    sent,
                )
            )
    return tuple(facts)


def _phrase(raw: str) -> str:
    raw = raw.strip()
    if re.match(r"(?i)(?:team|group|squad|department|crew|unit) of", raw):
        return "a " + raw
    return raw


def _number_key(sentence: str, pos: int) -> str:
    """The words before a number name what it measures: "cut latency by 30%" -> "cut latency"."""
    before = re.findall(r"[a-z]+", sentence[:pos].lower())[-4:]
    stop = {
        "by",
        "to",
        "from",
        "of",
        "the",
        "a",
        "an",
        "about",
        "around",
        "roughly",
        "over",
        "under",
        "and",
        "our",
        "my",
        "was",
        "were",
        "is",
        "at",
        "in",
        "with",
        "than",
    }
    return " ".join(w for w in before if w not in stop)[-40:] or "number"


def compare_facts(
    earlier: tuple[Fact, ...] | list[Fact],
    later: tuple[Fact, ...] | list[Fact],
    *,
    earlier_label: str = "Round one",
    later_label: str = "Now",
) -> tuple[Contradiction, ...]:
    """Facts of the same kind and key whose values differ, as readable warnings."""
    out: list[Contradiction] = []
    seen: set[tuple[str, str, str, str]] = set()
    for new in later:
        if new.kind in {"tool", "number"}:
            continue
        olds = [f for f in earlier if f.kind == new.kind and f.key == new.key]
        if not olds or any(_same(o, new) for o in olds):
            continue
        old = olds[-1]
        ident = (new.kind, new.key, old.value, new.value)
        if ident in seen:
            continue
        seen.add(ident)
        message = f"{earlier_label}: {old.text}. {later_label}: {new.text}."
        out.append(Contradiction(new.kind, new.key, old, new, message))
    return tuple(out)


def _same(a: Fact, b: Fact) -> bool:
    if a.value == b.value:
        return True
    if a.kind == "reason_for_leaving":
        ta = set(re.findall(r"[a-z]{4,}", a.value))
        tb = set(re.findall(r"[a-z]{4,}", b.value))
        return bool(ta & tb) and len(ta & tb) / max(len(ta | tb), 1) >= 0.25
    if a.kind == "title":
        return a.value in b.value or b.value in a.value
    if a.kind == "notice_period":
        x, y = float(a.value.split()[0]), float(b.value.split()[0])
        return abs(x - y) <= max(0.6, 0.15 * max(x, y))
    if a.kind == "salary":
        x, y = float(a.value), float(b.value)
        return abs(x - y) / max(x, y) < 0.05
    return False
