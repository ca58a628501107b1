"""Questions written from the candidate's research: one template per fact kind and interviewer.

The templates live in knowledge/panel.json ("asking" -> "templates"); each has a variant per
phrase shape (see phrases.py) and the ask category it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from roundtwo import knowledge

from . import phrases
from .grammar import tidy, when
from .model import FACT_KINDS, Fact
from .phrases import Phrase


@dataclass(frozen=True)
class Written:
    """A question written from one fact, before selection."""

    question: str
    category: str
    fact: Fact


def asking_data() -> Mapping[str, Any]:
    data: Mapping[str, Any] = knowledge.load("panel")["asking"]
    return data


def written_questions(kind: str, facts: tuple[Fact, ...], company: str | None) -> Iterator[Written]:
    """Questions from the facts, in the order of fact kinds that suit this interviewer best."""
    data = asking_data()
    order: list[str] = data["kinds"].get(kind, data["kinds"]["other"])["facts"]
    keep = tuple(x for x in (company,) if x)
    for fact_kind in order:
        template = data["templates"].get(fact_kind, {}).get(kind)
        if template is None:
            continue
        for fact in facts:
            if fact.kind != fact_kind or fact.kind not in FACT_KINDS:
                continue
            question = _fill(template, fact, company, keep)
            if question is not None:
                yield Written(question, template["category"], fact)


def _fill(
    template: Mapping[str, str], fact: Fact, company: str | None, keep: tuple[str, ...]
) -> str | None:
    phrase = _phrase(fact, company, keep)
    if phrase is None or phrase.shape not in template:
        return None
    at, at_paren = when(fact.date, phrase.text) if fact.kind == "recent" else ("", "")
    return template[phrase.shape].format(text=phrase.text, when=at, when_paren=at_paren)


def _phrase(fact: Fact, company: str | None, keep: tuple[str, ...]) -> Phrase | None:
    text = fact.text
    if fact.kind == "recent":
        return phrases.recent(text, company)
    if fact.kind == "goal":
        return phrases.goal(text, keep)
    if fact.kind == "mission":
        return phrases.mission(text, keep)
    if fact.kind == "requirement":
        return phrases.requirement(text, keep)
    if fact.kind == "value":
        return phrases.name(text, keep, quoted=True)
    if fact.kind == "product":
        return phrases.name(text, keep, quoted=False)
    if fact.kind == "culture":
        return phrases.quoted(text, max_words=12)
    return None


def fact_note(fact: Fact) -> str:
    """How the `why` names the fact: 'your research: recent news, "Opened..." (2026-09)'."""
    label = asking_data()["fact_labels"].get(fact.kind, fact.kind)
    dated = f" ({fact.date})" if fact.date else ""
    return f'It uses your research: {label}, "{tidy(fact.text)}"{dated}.'
