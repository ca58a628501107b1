"""The question bank: schema, counts, references, ids, and no duplicate or near-duplicate texts."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

from roundtwo import knowledge
from roundtwo.engines import question_bank as qb
from roundtwo.engines.interviewers import KINDS

# --- raw schema -----------------------------------------------------------------------------

STRS = "list of strings"
QUESTION = {
    "id": str,
    "text": str,
    "interviewer_kinds": STRS,
    "level": str,
    "follow_ups": STRS,
}
# file -> (list key, fields and their types), for every list in every file.
SCHEMAS: Mapping[str, Mapping[str, Mapping[str, object]]] = {
    "competencies": {
        "competencies": {
            "id": str,
            "name": str,
            "description": str,
            "signals": STRS,
            "keywords": STRS,
        }
    },
    "behavioral": {"questions": {**QUESTION, "competencies": STRS}},
    "technical": {
        "skill_areas": {"id": str, "name": str, "description": str, "keywords": STRS},
        "questions": {**QUESTION, "skills": STRS, "competencies": STRS},
    },
    "second_round": {"questions": {**QUESTION, "category": str, "kind": str, "competencies": STRS}},
    "practical_formats": {
        "formats": {
            "id": str,
            "name": str,
            "description": str,
            "typical_duration": str,
            "skills": STRS,
            "competencies": STRS,
            "interviewer_kinds": STRS,
            "what_it_assesses": STRS,
            "how_to_prepare": STRS,
            "on_the_day": STRS,
            "checklist": STRS,
            "pitfalls": STRS,
            "questions_to_clarify": STRS,
        }
    },
    "to_ask": {
        "questions": {
            "id": str,
            "text": str,
            "category": str,
            "interviewer_kinds": STRS,
            "purpose": str,
        }
    },
}
ID_PREFIX = {"behavioral": "bq-", "technical": "tq-", "second_round": "sr-", "to_ask": "ask-"}
SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
STABLE_ID = re.compile(r"^(bq|tq|sr|ask)-([a-z0-9_]+)-(\d{2})$")


def raw(name: str) -> Any:
    return knowledge.load(name) if name == "competencies" else qb.read_question_file(name)


def entries(name: str, key: str) -> list[Mapping[str, Any]]:
    data = raw(name)
    assert isinstance(data, dict), name
    items = data[key]
    assert isinstance(items, list) and items, f"{name}.{key} is an empty or missing list"
    return items


def schema_problems(entry: Mapping[str, Any], fields: Mapping[str, object]) -> list[str]:
    problems = []
    if set(entry) != set(fields):
        problems.append(f"fields {sorted(entry)} != {sorted(fields)}")
    for field, kind in fields.items():
        value = entry.get(field)
        if kind is STRS:
            ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
        else:
            ok = isinstance(value, str) and bool(value.strip())
        if not ok:
            problems.append(f"{field} should be a non-empty {kind if kind is STRS else 'string'}")
    return problems


@pytest.mark.parametrize(
    ("name", "key"), [(name, key) for name, lists in SCHEMAS.items() for key in lists]
)
def test_every_entry_of_every_file_has_exactly_the_required_fields_with_the_right_types(
    name: str, key: str
) -> None:
    fields = SCHEMAS[name][key]
    problems = {
        str(entry.get("id", index)): found
        for index, entry in enumerate(entries(name, key))
        if (found := schema_problems(entry, fields))
    }
    assert problems == {}


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_every_file_carries_a_version_and_nothing_unexpected(name: str) -> None:
    data = raw(name)
    assert set(data) == {"version", *SCHEMAS[name]}
    assert data["version"] == 1


def test_the_typed_loaders_accept_every_file() -> None:
    assert qb.competencies()
    assert qb.skill_areas()
    assert qb.behavioral_questions()
    assert qb.technical_questions()
    assert qb.second_round_questions()
    assert qb.practical_formats()
    assert qb.questions_to_ask()


def test_every_interviewer_kind_and_level_used_is_a_valid_one() -> None:
    kinds_used = {k for q in qb.all_questions() for k in q.interviewer_kinds}
    kinds_used |= {k for q in qb.questions_to_ask() for k in q.interviewer_kinds}
    kinds_used |= {k for f in qb.practical_formats() for k in f.interviewer_kinds}
    assert kinds_used <= set(KINDS)
    for name in ("behavioral", "technical", "second_round"):
        for entry in entries(name, "questions"):
            assert entry["level"] in qb.LEVELS, entry["id"]
            assert set(entry["interviewer_kinds"]) <= set(KINDS), entry["id"]
            assert len(set(entry["interviewer_kinds"])) == len(entry["interviewer_kinds"])


def test_every_competency_and_skill_reference_resolves() -> None:
    competency_ids = {c["id"] for c in entries("competencies", "competencies")}
    skill_ids = {s["id"] for s in entries("technical", "skill_areas")}
    unresolved = []
    for name, key in [
        ("behavioral", "questions"),
        ("technical", "questions"),
        ("second_round", "questions"),
        ("practical_formats", "formats"),
    ]:
        for entry in entries(name, key):
            unresolved += [
                f"{entry['id']}: competency {c}"
                for c in entry.get("competencies", [])
                if c not in competency_ids
            ]
            unresolved += [
                f"{entry['id']}: skill {s}" for s in entry.get("skills", []) if s not in skill_ids
            ]
    assert unresolved == []


def test_a_malformed_entry_is_rejected_with_a_message_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = qb.read_question_file("behavioral")["questions"][0]
    cases: list[tuple[dict[str, Any], str]] = [
        ({**good, "competencies": ["telepathy"]}, "unknown value"),
        ({**good, "interviewer_kinds": ["recruiter_bot"]}, "unknown value"),
        ({**good, "level": "guru"}, "level"),
        ({**good, "follow_ups": ["Only one?"]}, "at least 2"),
        ({k: v for k, v in good.items() if k != "text"}, "missing field"),
        ({**good, "colour": "blue"}, "unknown field"),
    ]
    try:
        for bad, message in cases:
            monkeypatch.setattr(qb, "read_question_file", lambda name, b=bad: {"questions": [b]})
            qb.clear_caches()
            with pytest.raises(qb.KnowledgeError, match=message) as caught:
                qb.behavioral_questions()
            assert good["id"] in str(caught.value)
    finally:
        monkeypatch.undo()
        qb.clear_caches()
    assert len(qb.behavioral_questions()) >= 250


def test_loaded_data_is_cached_and_immutable() -> None:
    assert qb.behavioral_questions() is qb.behavioral_questions()
    first = qb.behavioral_questions()[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.text = "changed"  # type: ignore[misc]
    assert isinstance(first.follow_ups, tuple)
    assert qb.question(first.id) is first
    assert qb.competency(first.category).id == first.category
    with pytest.raises(KeyError):
        qb.question("bq-nothing-99")


# --- ids ------------------------------------------------------------------------------------


def all_ids() -> list[str]:
    ids = [c.id for c in qb.competencies()] + [s.id for s in qb.skill_areas()]
    ids += [q.id for q in qb.all_questions()] + [q.id for q in qb.questions_to_ask()]
    return ids + [f.id for f in qb.practical_formats()]


def test_ids_are_unique_across_every_file() -> None:
    duplicates = [ident for ident, n in Counter(all_ids()).items() if n > 1]
    assert duplicates == []


def test_competency_skill_and_format_ids_are_snake_case() -> None:
    ids = [c.id for c in qb.competencies()] + [s.id for s in qb.skill_areas()]
    ids += [f.id for f in qb.practical_formats()]
    assert [i for i in ids if not SNAKE.match(i)] == []


@pytest.mark.parametrize("name", list(ID_PREFIX))
def test_question_ids_are_stable_slugs_naming_their_file_and_group(name: str) -> None:
    for entry in entries(name, "questions"):
        match = STABLE_ID.match(entry["id"])
        assert match, entry["id"]
        assert entry["id"].startswith(ID_PREFIX[name])
        group = match.group(2)
        if name == "behavioral":
            assert group == entry["competencies"][0], entry["id"]
        elif name == "technical":
            assert group == entry["skills"][0], entry["id"]
        else:
            assert group == entry["category"], entry["id"]


# --- counts ---------------------------------------------------------------------------------

ISSUE_COMPETENCIES = {
    "leadership",
    "collaboration",
    "conflict_resolution",
    "communication",
    "problem_solving",
    "adaptability",
    "ownership",
    "customer_focus",
    "prioritisation",
    "learning_from_failure",
    "influence_without_authority",
    "decisions_under_ambiguity",
    "data_driven_judgment",
    "innovation",
    "mentoring",
    "stakeholder_management",
    "integrity",
    "resilience",
    "delivering_results",
}
ISSUE_SKILL_AREAS = {
    "software_engineering",
    "data_analytics",
    "product_management",
    "ux_design",
    "marketing",
    "sales",
    "finance_accounting",
    "operations_supply_chain",
    "customer_support",
    "healthcare",
    "education",
    "project_management",
}
ISSUE_FORMATS = {
    "take_home",
    "live_coding",
    "case_study",
    "presentation",
    "work_sample",
    "in_basket",
}


def test_there_are_about_twenty_competencies_each_described_with_signals() -> None:
    comps = qb.competencies()
    assert 18 <= len(comps) <= 24
    assert {c.id for c in comps} >= ISSUE_COMPETENCIES
    for c in comps:
        assert len(c.description) >= 60, c.id
        assert len(c.signals) >= 3, c.id


def test_there_are_at_least_250_behavioral_questions_and_at_least_8_per_competency() -> None:
    questions = qb.behavioral_questions()
    assert len(questions) >= 250
    per_competency = Counter(q.category for q in questions)
    thin = {c.id: per_competency[c.id] for c in qb.competencies() if per_competency[c.id] < 8}
    assert thin == {}


def test_there_are_at_least_150_technical_questions_across_at_least_12_skill_areas() -> None:
    questions = qb.technical_questions()
    assert len(questions) >= 150
    per_area = Counter(q.category for q in questions)
    assert len(per_area) >= 12
    assert set(per_area) >= ISSUE_SKILL_AREAS
    assert {s.id for s in qb.skill_areas()} == set(per_area), "every skill area has questions"
    assert min(per_area.values()) >= 8


def test_the_common_practical_formats_each_say_how_to_prepare() -> None:
    formats = {f.id: f for f in qb.practical_formats()}
    assert set(formats) >= ISSUE_FORMATS
    for f in formats.values():
        assert len(f.how_to_prepare) >= 3, f.id
        assert len(f.checklist) >= 3, f.id


def test_there_are_at_least_60_second_round_questions_in_every_category() -> None:
    questions = qb.second_round_questions()
    assert len(questions) >= 60
    per_category = Counter(q.category for q in questions)
    assert set(per_category) == set(qb.SECOND_ROUND_CATEGORIES)
    assert min(per_category.values()) >= 8
    for q in questions:
        assert q.kind == qb.SECOND_ROUND_KIND[q.category]  # type: ignore[index]


def test_leadership_and_strategy_questions_are_for_executives_at_senior_level() -> None:
    leadership = [q for q in qb.second_round_questions() if q.category == "leadership_strategy"]
    assert all(q.level == "senior" for q in leadership)
    assert all({"executive", "department_head"} & set(q.interviewer_kinds) for q in leadership)
    assert sum("executive" in q.interviewer_kinds for q in leadership) >= 8


def test_there_are_at_least_100_questions_to_ask_in_every_category() -> None:
    questions = qb.questions_to_ask()
    assert len(questions) >= 100
    per_category = Counter(q.category for q in questions)
    assert set(per_category) == set(qb.ASK_CATEGORIES)
    assert min(per_category.values()) >= 10


def test_every_interviewer_kind_has_questions_to_ask_and_questions_likely_from_them() -> None:
    to_ask = Counter(k for q in qb.questions_to_ask() for k in q.interviewer_kinds)
    likely = Counter(k for q in qb.all_questions() for k in q.interviewer_kinds)
    assert {k: to_ask[k] for k in KINDS if to_ask[k] < 10} == {}
    assert {k: likely[k] for k in KINDS if likely[k] < 10} == {}


def test_every_question_carries_what_it_assesses_who_asks_it_a_level_and_two_probes() -> None:
    for q in qb.all_questions():
        assert q.competencies or q.skills, q.id
        assert q.interviewer_kinds, q.id
        assert q.level in qb.LEVELS, q.id
        assert len(q.follow_ups) >= 2, q.id
    levels = Counter(q.level for q in qb.all_questions())
    assert all(levels[level] >= 20 for level in qb.LEVELS), levels


# --- wording --------------------------------------------------------------------------------


def question_texts() -> list[tuple[str, str]]:
    """(id, text) of every question in the bank, interviewer questions and questions to ask."""
    pairs = [(q.id, q.text) for q in qb.all_questions()]
    return pairs + [(q.id, q.text) for q in qb.questions_to_ask()]


def all_written_texts() -> Iterator[tuple[str, str]]:
    yield from question_texts()
    for q in qb.all_questions():
        yield from ((q.id, f) for f in q.follow_ups)
    for ask in qb.questions_to_ask():
        yield ask.id, ask.purpose
    for c in qb.competencies():
        yield c.id, c.description
        yield from ((c.id, s) for s in c.signals)
    for f in qb.practical_formats():
        yield f.id, f.description
        for field in ("how_to_prepare", "on_the_day", "checklist", "pitfalls", "what_it_assesses"):
            yield from ((f.id, s) for s in getattr(f, field))


def test_no_two_questions_in_the_bank_are_duplicates_or_near_duplicates() -> None:
    pairs = question_texts()
    found = qb.near_duplicate_pairs([text for _, text in pairs])
    described = [f"{pairs[i][0]} ~ {pairs[j][0]}" for i, j in found]
    assert described == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A template with the competency swapped: what the bank must not be.
        (
            "Tell me about a time you showed leadership.",
            "Tell me about a time you showed integrity.",
        ),
        (
            "Tell me about a time you showed leadership under pressure at work.",
            "Tell me about a time you showed resilience under pressure at work.",
        ),
        # A light rewording of the same question.
        (
            "How do you decide what deserves an automated test and what doesn't?",
            "How do you decide what deserves an automated test, and what does not?",
        ),
        ("What's your biggest weakness?", "What is your biggest weakness?"),
        ("Why do you want this job?", "why do you want this job"),
    ],
)
def test_the_near_duplicate_check_flags_templates_and_rewordings(a: str, b: str) -> None:
    assert qb.is_near_duplicate(a, b)
    assert qb.near_duplicate_pairs(["An unrelated question about budgets?", a, b]) == [(1, 2)]


def test_the_near_duplicate_check_leaves_related_but_different_questions_alone() -> None:
    a = "How do you decide what deserves an automated test and what doesn't?"
    b = "A deployment has just gone out and error rates are climbing. What do you do?"
    c = "Which of our stated values would you find easiest to live by?"
    d = "How do the organisation's values show up in the decisions people actually make?"
    assert not qb.is_near_duplicate(a, b)
    assert not qb.is_near_duplicate(c, d)
    assert qb.near_duplicate_pairs([a, b, c, d]) == []


@pytest.mark.parametrize(
    "group",
    ["behavioral", "technical", "second_round", "to_ask"],
)
def test_no_four_word_opening_is_used_by_more_than_four_percent_of_a_files_questions(
    group: str,
) -> None:
    loaders: Mapping[str, Callable[[], tuple[Any, ...]]] = {
        "behavioral": qb.behavioral_questions,
        "technical": qb.technical_questions,
        "second_round": qb.second_round_questions,
        "to_ask": qb.questions_to_ask,
    }
    texts = [q.text for q in loaders[group]()]
    openings = Counter(" ".join(qb.words(t)[:4]) for t in texts)
    limit = max(3, round(0.04 * len(texts)))
    assert {o: n for o, n in openings.items() if n > limit} == {}


def test_follow_ups_differ_from_their_question_and_from_each_other() -> None:
    problems = []
    for q in qb.all_questions():
        for i, probe in enumerate(q.follow_ups):
            if qb.is_near_duplicate(probe, q.text):
                problems.append(f"{q.id}: probe repeats the question")
            problems += [
                f"{q.id}: probes {i} and {j} overlap"
                for j in range(i + 1, len(q.follow_ups))
                if qb.is_near_duplicate(probe, q.follow_ups[j])
            ]
    assert problems == []


def test_no_follow_up_is_reused_for_more_than_five_questions() -> None:
    uses = Counter(f for q in qb.all_questions() for f in q.follow_ups)
    assert {f: n for f, n in uses.items() if n > 5} == {}


def test_every_text_is_tidy_and_free_of_placeholders() -> None:
    untidy = []
    for ident, text in all_written_texts():
        if text != text.strip() or "  " in text or not text[0].isupper():
            untidy.append(f"{ident}: spacing or capital: {text!r}")
        if re.search(r"\b(TODO|TBD|XXX|lorem)\b|\[[^\]]*\]|\{[^}]*\}|\bX\b", text):
            untidy.append(f"{ident}: placeholder: {text!r}")
    for ident, text in question_texts():
        if not text.endswith(("?", ".")) or not 20 <= len(text) <= 240:
            untidy.append(f"{ident}: ending or length: {text!r}")
    for q in qb.all_questions():
        untidy += [f"{q.id}: probe {p!r}" for p in q.follow_ups if not p.endswith(("?", "."))]
    assert untidy == []
