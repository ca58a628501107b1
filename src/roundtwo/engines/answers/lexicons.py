"""Word lists the engine reads, from knowledge/answers/*.json (data the project wrote)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> Any:
    path = resources.files("roundtwo.knowledge").joinpath("answers", f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Lexicon:
    vague_phrases: tuple[str, ...]
    hedges: tuple[str, ...]
    fillers: tuple[str, ...]
    habitual_adverbs: frozenset[str]
    preamble_phrases: tuple[str, ...]
    result_openers: tuple[str, ...]
    change_verbs: frozenset[str]
    strong_change_verbs: frozenset[str]
    outcome_passives: frozenset[str]
    lesson_words: frozenset[str]
    task_nouns: frozenset[str]
    task_verbs: frozenset[str]
    task_passives: frozenset[str]
    task_adjectives: frozenset[str]
    stative_verbs: frozenset[str]
    generic_subjects: frozenset[str]
    impact_words: frozenset[str]
    conflict_words: tuple[str, ...]
    decision_verbs: frozenset[str]
    tradeoff_words: tuple[str, ...]
    tools: frozenset[str]
    interview_stopwords: frozenset[str]
    job_description_cues: tuple[str, ...]
    achievement_verbs: frozenset[str]
    cognitive_verbs: frozenset[str]
    lesson_phrases: tuple[str, ...]


@dataclass(frozen=True)
class Competency:
    id: str
    question_cues: tuple[str, ...]
    answer_cues: tuple[str, ...]


@dataclass(frozen=True)
class HintPattern:
    kind: str
    regex: re.Pattern[str]
    # "after": the focus is what follows the cue ("go deeper on <focus>"); "sentence": the cue
    # names the thing itself ("a take-home may follow"), so the whole sentence is the focus.
    focus: str = "after"


@cache
def lexicon() -> Lexicon:
    raw = _read("lexicon")
    return Lexicon(
        vague_phrases=tuple(raw["vague_phrases"]),
        hedges=tuple(raw["hedges"]),
        fillers=tuple(raw["fillers"]),
        habitual_adverbs=frozenset(raw["habitual_adverbs"]),
        preamble_phrases=tuple(raw["preamble_phrases"]),
        result_openers=tuple(raw["result_openers"]),
        change_verbs=frozenset(raw["change_verbs"]),
        strong_change_verbs=frozenset(raw["strong_change_verbs"]),
        outcome_passives=frozenset(raw["outcome_passives"]),
        lesson_words=frozenset(raw["lesson_words"]),
        task_nouns=frozenset(raw["task_nouns"]),
        task_verbs=frozenset(raw["task_verbs"]),
        task_passives=frozenset(raw["task_passives"]),
        task_adjectives=frozenset(raw["task_adjectives"]),
        stative_verbs=frozenset(raw["stative_verbs"]),
        generic_subjects=frozenset(raw["generic_subjects"]),
        impact_words=frozenset(raw["impact_words"]),
        conflict_words=tuple(raw["conflict_words"]),
        decision_verbs=frozenset(raw["decision_verbs"]),
        tradeoff_words=tuple(raw["tradeoff_words"]),
        tools=frozenset(raw["tools"]),
        interview_stopwords=frozenset(raw["interview_stopwords"]),
        job_description_cues=tuple(raw["job_description_cues"]),
        achievement_verbs=frozenset(raw["achievement_verbs"]),
        cognitive_verbs=frozenset(raw["cognitive_verbs"]),
        lesson_phrases=tuple(raw["lesson_phrases"]),
    )


@cache
def competencies() -> tuple[Competency, ...]:
    raw = _read("competencies")
    return tuple(
        Competency(c["id"], tuple(c["question_cues"]), tuple(c["answer_cues"]))
        for c in raw["competencies"]
    )


@cache
def hint_patterns() -> tuple[HintPattern, ...]:
    raw = _read("hints")
    return tuple(
        HintPattern(p["kind"], re.compile(p["regex"], re.IGNORECASE), p.get("focus", "after"))
        for p in raw["patterns"]
    )


@cache
def phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive regex matching any of the phrases as whole words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w'])", re.IGNORECASE)
