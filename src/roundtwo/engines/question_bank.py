"""The question bank the project wrote: competencies, skill areas, questions and practical tests.

The data lives in ``roundtwo/knowledge/competencies.json`` and ``roundtwo/knowledge/questions/``.
Each loader parses its file once per process, checks it strictly (required fields, types,
interviewer kinds, levels, and that every competency or skill reference resolves) and returns
frozen dataclasses. A malformed file raises :class:`KnowledgeError` naming the file and entry.

Pure Python: nothing here imports Django.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal, TypeVar, cast

from roundtwo import knowledge
from roundtwo.engines.interviewers import KINDS, Kind

Level = Literal["entry", "mid", "senior", "any"]
LEVELS: tuple[Level, ...] = ("entry", "mid", "senior", "any")

QuestionKind = Literal["behavioral", "technical", "culture", "motivation", "leadership"]

SecondRoundCategory = Literal[
    "cultural_fit",
    "motivation_why_us",
    "team_collaboration",
    "leadership_strategy",
    "first_90_days",
    "long_term_goals",
]
SECOND_ROUND_CATEGORIES: tuple[SecondRoundCategory, ...] = (
    "cultural_fit",
    "motivation_why_us",
    "team_collaboration",
    "leadership_strategy",
    "first_90_days",
    "long_term_goals",
)
# The CLI kind each second-round category is reported as (`roundtwo questions suggest`).
SECOND_ROUND_KIND: Mapping[SecondRoundCategory, QuestionKind] = {
    "cultural_fit": "culture",
    "team_collaboration": "culture",
    "motivation_why_us": "motivation",
    "first_90_days": "motivation",
    "long_term_goals": "motivation",
    "leadership_strategy": "leadership",
}

AskCategory = Literal[
    "team_dynamics",
    "company_culture",
    "performance_expectations",
    "growth_development",
    "strategy_direction",
    "the_role",
    "next_steps",
]
ASK_CATEGORIES: tuple[AskCategory, ...] = (
    "team_dynamics",
    "company_culture",
    "performance_expectations",
    "growth_development",
    "strategy_direction",
    "the_role",
    "next_steps",
)

QUESTION_FILES: tuple[str, ...] = (
    "behavioral",
    "technical",
    "practical_formats",
    "second_round",
    "to_ask",
)


class KnowledgeError(ValueError):
    """A knowledge file is missing a field, has a wrong type or an unresolved reference."""


@dataclass(frozen=True)
class Competency:
    id: str
    name: str
    description: str
    signals: tuple[str, ...]
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class SkillArea:
    id: str
    name: str
    description: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """A question an interviewer may ask: behavioral, technical or second-round."""

    id: str
    text: str
    kind: QuestionKind
    # The primary competency (behavioral), skill area (technical) or second-round category.
    category: str
    competencies: tuple[str, ...]
    skills: tuple[str, ...]
    interviewer_kinds: tuple[Kind, ...]
    level: Level
    follow_ups: tuple[str, ...]


@dataclass(frozen=True)
class PracticalFormat:
    """A practical test format (take-home, live coding, case study, ...) and how to prepare."""

    id: str
    name: str
    description: str
    typical_duration: str
    skills: tuple[str, ...]
    competencies: tuple[str, ...]
    interviewer_kinds: tuple[Kind, ...]
    what_it_assesses: tuple[str, ...]
    how_to_prepare: tuple[str, ...]
    on_the_day: tuple[str, ...]
    checklist: tuple[str, ...]
    pitfalls: tuple[str, ...]
    questions_to_clarify: tuple[str, ...]


@dataclass(frozen=True)
class QuestionToAsk:
    """A question the candidate can ask an interviewer."""

    id: str
    text: str
    category: AskCategory
    interviewer_kinds: tuple[Kind, ...]
    purpose: str


# --- reading and checking -------------------------------------------------------------------


def read_question_file(name: str) -> Any:
    """Parse knowledge/questions/<name>.json (not cached; the loaders below cache)."""
    if name not in QUESTION_FILES:
        raise KnowledgeError(f"unknown question file {name!r}")
    root = resources.files(knowledge.__name__)
    text = root.joinpath("questions", f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


_S = TypeVar("_S", bound=str)


class _Entry:
    """Typed access to one JSON object, with errors that say where the problem is."""

    def __init__(self, raw: Any, where: str, fields: Iterable[str]) -> None:
        if not isinstance(raw, dict):
            raise KnowledgeError(f"{where}: expected an object, got {type(raw).__name__}")
        ident = raw.get("id")
        self.where = f"{where} ({ident})" if isinstance(ident, str) else where
        self.raw: dict[str, Any] = raw
        expected = set(fields)
        missing = sorted(expected - raw.keys())
        unknown = sorted(raw.keys() - expected)
        if missing:
            raise KnowledgeError(f"{self.where}: missing field(s) {', '.join(missing)}")
        if unknown:
            raise KnowledgeError(f"{self.where}: unknown field(s) {', '.join(unknown)}")

    def text(self, key: str) -> str:
        value = self.raw[key]
        if not isinstance(value, str) or not value.strip():
            raise KnowledgeError(f"{self.where}: {key} must be a non-empty string")
        return value

    def texts(self, key: str, *, minimum: int = 0) -> tuple[str, ...]:
        value = self.raw[key]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise KnowledgeError(f"{self.where}: {key} must be a list of non-empty strings")
        if len(value) < minimum:
            raise KnowledgeError(f"{self.where}: {key} needs at least {minimum} item(s)")
        if len(set(value)) != len(value):
            raise KnowledgeError(f"{self.where}: {key} has repeated items")
        return tuple(value)

    def refs(self, key: str, known: Iterable[str], *, minimum: int = 0) -> tuple[str, ...]:
        values = self.texts(key, minimum=minimum)
        allowed = set(known)
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise KnowledgeError(f"{self.where}: {key} has unknown value(s) {unknown}")
        return values

    def choice(self, key: str, allowed: Sequence[_S]) -> _S:
        value = self.text(key)
        for option in allowed:
            if value == option:
                return option
        raise KnowledgeError(f"{self.where}: {key} {value!r} is not one of {list(allowed)}")

    def kinds(self, key: str = "interviewer_kinds") -> tuple[Kind, ...]:
        return cast(tuple[Kind, ...], self.refs(key, KINDS, minimum=1))


def _items(data: Any, key: str, where: str) -> list[Any]:
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise KnowledgeError(f"{where}: expected an object with a {key!r} list")
    items: list[Any] = data[key]
    return items


_T = TypeVar("_T")


def _load_list(data: Any, key: str, where: str, build: Callable[[Any], _T]) -> tuple[_T, ...]:
    """Build every entry of data[key], then check that their ids are unique."""
    result = tuple(build(raw) for raw in _items(data, key, where))
    _unique((getattr(item, "id") for item in result), where)  # noqa: B009
    return result


def _unique(ids: Iterable[str], where: str) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise KnowledgeError(f"{where}: duplicate id {ident!r}")
        seen.add(ident)


_ID = re.compile(r"^[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*$")


def _ident(entry: _Entry, prefix: str = "") -> str:
    ident = entry.text("id")
    if not _ID.match(ident) or not ident.startswith(prefix):
        raise KnowledgeError(f"{entry.where}: id must be lowercase, start with {prefix!r}")
    return ident


# --- loaders --------------------------------------------------------------------------------


@cache
def competencies() -> tuple[Competency, ...]:
    """The competencies interviewers assess, in the file's order."""
    where = "competencies.json"

    def build(raw: Any) -> Competency:
        e = _Entry(raw, where, ("id", "name", "description", "signals", "keywords"))
        return Competency(
            id=_ident(e),
            name=e.text("name"),
            description=e.text("description"),
            signals=e.texts("signals", minimum=3),
            keywords=e.texts("keywords", minimum=1),
        )

    return _load_list(knowledge.load("competencies"), "competencies", where, build)


@cache
def competency_ids() -> frozenset[str]:
    return frozenset(c.id for c in competencies())


def competency(competency_id: str) -> Competency:
    """One competency by id; KeyError when unknown."""
    for c in competencies():
        if c.id == competency_id:
            return c
    raise KeyError(competency_id)


@cache
def skill_areas() -> tuple[SkillArea, ...]:
    """The skill areas technical and role questions are grouped under."""
    where = "questions/technical.json"

    def build(raw: Any) -> SkillArea:
        e = _Entry(raw, f"{where} skill_areas", ("id", "name", "description", "keywords"))
        return SkillArea(
            id=_ident(e),
            name=e.text("name"),
            description=e.text("description"),
            keywords=e.texts("keywords", minimum=1),
        )

    return _load_list(read_question_file("technical"), "skill_areas", where, build)


@cache
def skill_ids() -> frozenset[str]:
    return frozenset(s.id for s in skill_areas())


def skill_area(skill_id: str) -> SkillArea:
    """One skill area by id; KeyError when unknown."""
    for s in skill_areas():
        if s.id == skill_id:
            return s
    raise KeyError(skill_id)


_QUESTION_FIELDS = ("id", "text", "interviewer_kinds", "level", "follow_ups")


def _question(
    e: _Entry,
    *,
    prefix: str,
    kind: QuestionKind,
    category: str,
    competencies: tuple[str, ...],
    skills: tuple[str, ...] = (),
) -> Question:
    """A Question from the fields every question file shares, plus what its file adds."""
    return Question(
        id=_ident(e, prefix),
        text=e.text("text"),
        kind=kind,
        category=category,
        competencies=competencies,
        skills=skills,
        interviewer_kinds=e.kinds(),
        level=e.choice("level", LEVELS),
        follow_ups=e.texts("follow_ups", minimum=2),
    )


@cache
def behavioral_questions() -> tuple[Question, ...]:
    """Behavioral questions; the first competency of each is its primary one."""
    where = "questions/behavioral.json"

    def build(raw: Any) -> Question:
        e = _Entry(raw, where, (*_QUESTION_FIELDS, "competencies"))
        comps = e.refs("competencies", competency_ids(), minimum=1)
        return _question(e, prefix="bq-", kind="behavioral", category=comps[0], competencies=comps)

    return _load_list(read_question_file("behavioral"), "questions", where, build)


@cache
def technical_questions() -> tuple[Question, ...]:
    """Technical and role questions; the first skill of each is its primary skill area."""
    where = "questions/technical.json"

    def build(raw: Any) -> Question:
        e = _Entry(raw, where, (*_QUESTION_FIELDS, "skills", "competencies"))
        skills = e.refs("skills", skill_ids(), minimum=1)
        return _question(
            e,
            prefix="tq-",
            kind="technical",
            category=skills[0],
            competencies=e.refs("competencies", competency_ids()),
            skills=skills,
        )

    return _load_list(read_question_file("technical"), "questions", where, build)


@cache
def second_round_questions() -> tuple[Question, ...]:
    """Culture, motivation, team, leadership, first-90-days and long-term-goal questions."""
    where = "questions/second_round.json"

    def build(raw: Any) -> Question:
        e = _Entry(raw, where, (*_QUESTION_FIELDS, "category", "kind", "competencies"))
        category = e.choice("category", SECOND_ROUND_CATEGORIES)
        kind = e.text("kind")
        if kind != SECOND_ROUND_KIND[category]:
            raise KnowledgeError(
                f"{e.where}: kind {kind!r} should be {SECOND_ROUND_KIND[category]!r} "
                f"for category {category!r}"
            )
        competencies = e.refs("competencies", competency_ids(), minimum=1)
        return _question(
            e,
            prefix="sr-",
            kind=SECOND_ROUND_KIND[category],
            category=category,
            competencies=competencies,
        )

    return _load_list(read_question_file("second_round"), "questions", where, build)


@cache
def all_questions() -> tuple[Question, ...]:
    """Every interviewer question: behavioral, then technical, then second-round."""
    result = behavioral_questions() + technical_questions() + second_round_questions()
    _unique((q.id for q in result), "questions/")
    return result


@cache
def _questions_by_id() -> Mapping[str, Question]:
    return {q.id: q for q in all_questions()}


def question(question_id: str) -> Question:
    """One interviewer question by id; KeyError when unknown."""
    return _questions_by_id()[question_id]


@cache
def practical_formats() -> tuple[PracticalFormat, ...]:
    """Practical-test formats with what they assess and how to prepare."""
    where = "questions/practical_formats.json"
    fields = (
        "id",
        "name",
        "description",
        "typical_duration",
        "skills",
        "competencies",
        "interviewer_kinds",
        "what_it_assesses",
        "how_to_prepare",
        "on_the_day",
        "checklist",
        "pitfalls",
        "questions_to_clarify",
    )

    def build(raw: Any) -> PracticalFormat:
        e = _Entry(raw, where, fields)
        return PracticalFormat(
            id=_ident(e),
            name=e.text("name"),
            description=e.text("description"),
            typical_duration=e.text("typical_duration"),
            skills=e.refs("skills", skill_ids(), minimum=1),
            competencies=e.refs("competencies", competency_ids(), minimum=1),
            interviewer_kinds=e.kinds(),
            what_it_assesses=e.texts("what_it_assesses", minimum=2),
            how_to_prepare=e.texts("how_to_prepare", minimum=3),
            on_the_day=e.texts("on_the_day", minimum=2),
            checklist=e.texts("checklist", minimum=3),
            pitfalls=e.texts("pitfalls", minimum=2),
            questions_to_clarify=e.texts("questions_to_clarify", minimum=1),
        )

    return _load_list(read_question_file("practical_formats"), "formats", where, build)


@cache
def questions_to_ask() -> tuple[QuestionToAsk, ...]:
    """Questions the candidate can ask, each tagged with the interviewer kinds it suits."""
    where = "questions/to_ask.json"

    def build(raw: Any) -> QuestionToAsk:
        e = _Entry(raw, where, ("id", "text", "category", "interviewer_kinds", "purpose"))
        return QuestionToAsk(
            id=_ident(e, "ask-"),
            text=e.text("text"),
            category=e.choice("category", ASK_CATEGORIES),
            interviewer_kinds=e.kinds(),
            purpose=e.text("purpose"),
        )

    return _load_list(read_question_file("to_ask"), "questions", where, build)


def clear_caches() -> None:
    """Forget every parsed file, so the next call reads the data again (tests, live edits)."""
    for loader in (
        competencies,
        competency_ids,
        skill_areas,
        skill_ids,
        behavioral_questions,
        technical_questions,
        second_round_questions,
        all_questions,
        _questions_by_id,
        practical_formats,
        questions_to_ask,
    ):
        loader.cache_clear()


# --- near-duplicate detection ---------------------------------------------------------------

# Two texts are near-duplicates when the sets of words they use overlap by JACCARD_LIMIT or
# more, or when their normalised character sequences match by DIFFLIB_LIMIT or more. A single
# word swapped in a six-word template ("Tell me about your leadership style" -> "... your
# communication style") already scores 5/7 = 0.71 on the word sets, so 0.7 catches templated
# noun swaps; 0.85 on difflib catches reworded near-copies that change several small words.
# Both are stricter than the usual 0.8 / 0.9 and still leave a wide margin above the bank's
# most similar genuine pair (about 0.53 and 0.74).
JACCARD_LIMIT = 0.7
DIFFLIB_LIMIT = 0.85

_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Lowercase words, with apostrophes and punctuation treated as separators."""
    return _WORD.findall(text.lower())


def jaccard(a: str, b: str) -> float:
    """Word-set Jaccard similarity of two texts (1.0 for two empty texts)."""
    sa, sb = set(words(a)), set(words(b))
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def sequence_ratio(a: str, b: str) -> float:
    """difflib similarity of the two texts after lowercasing and normalising punctuation."""
    return difflib.SequenceMatcher(
        None, " ".join(words(a)), " ".join(words(b)), autojunk=False
    ).ratio()


def is_near_duplicate(a: str, b: str) -> bool:
    """True when a and b read as the same question (see JACCARD_LIMIT and DIFFLIB_LIMIT)."""
    return jaccard(a, b) >= JACCARD_LIMIT or sequence_ratio(a, b) >= DIFFLIB_LIMIT


def near_duplicate_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of near-duplicate texts, in order.

    Fast enough for the whole bank: word sets are compared first, and difflib only runs
    when the cheap upper bounds on its ratio can reach DIFFLIB_LIMIT.
    """
    norm = [" ".join(words(t)) for t in texts]
    sets = [frozenset(n.split()) for n in norm]
    pairs: list[tuple[int, int]] = []
    matcher = difflib.SequenceMatcher(autojunk=False)
    for j in range(len(texts)):
        matcher.set_seq2(norm[j])
        for i in range(j):
            union = len(sets[i] | sets[j])
            if union == 0 or len(sets[i] & sets[j]) / union >= JACCARD_LIMIT:
                pairs.append((i, j))
                continue
            matcher.set_seq1(norm[i])
            if (
                matcher.real_quick_ratio() >= DIFFLIB_LIMIT
                and matcher.quick_ratio() >= DIFFLIB_LIMIT
                and matcher.ratio() >= DIFFLIB_LIMIT
            ):
                pairs.append((i, j))
    return sorted(pairs)
