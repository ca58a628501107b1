"""What round one tells about round two: weakest answers, hints, follow-ups, stated facts.

Everything here reads the analysis stored on each entry (see `analysis.refresh`), so building
the reflect page never runs the language model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from roundtwo.engines.answers import Contradiction, Fact, compare_facts, extract_facts
from roundtwo.reflect.models import LoggedQuestion, RoundDebrief

WEAK_BELOW = 60  # the engine's score under which an answer needs rework before round two
LOW_SELF_RATING = 2  # "1 or 2 of 5": the candidate's own sense that it went badly counts too
SUBSTANTIVE_WORDS = 40

# Facts that describe the candidate, not one story: they must agree across every answer.
PERSONAL_FACT_KINDS = {"notice_period", "salary", "reason_for_leaving"}

_TASK_BY_FEEDBACK = {
    "missing_result": "Prepare a clear result for your answer to {q}",
    "unquantified_result": "Prepare a quantified result for your answer to {q}",
    "missing_action": "Retell the steps you took yourself in your answer to {q}",
    "we_heavy": "Retell your own part, with “I”, in your answer to {q}",
    "no_story": "Find a real example to answer {q}",
    "off_topic": "Rework your answer so it addresses {q}",
    "vague": "Replace the vague phrases with specifics in your answer to {q}",
    "missing_situation": "Prepare one sentence of context for your answer to {q}",
    "missing_task": "Say what you were responsible for in your answer to {q}",
    "too_long": "Cut your answer to {q} to under two minutes",
    "too_short": "Expand your answer to {q} into a full story",
    "hedging": "Practise your answer to {q} without hedges and fillers",
}
_SOURCE_LABELS = {
    "remarks": "what they said before asking",
    "question": "what they said when asking",
    "answer": "your answer",
    "reaction": "their reaction",
    "hints": "hints you noted",
    "went_well": "debrief: what went well",
    "went_badly": "debrief: what did not go well",
    "next_steps": "debrief: next steps",
}


@dataclass(frozen=True)
class WeakAnswer:
    entry: LoggedQuestion
    score: int | None  # None: not a story question, weak by the candidate's own rating
    reasons: tuple[dict[str, str], ...]
    task: str


@dataclass(frozen=True)
class HintItem:
    kind: str
    focus: str
    sentence: str
    source: str
    task: str
    entry: LoggedQuestion | None = None


@dataclass(frozen=True)
class Followups:
    entry: LoggedQuestion
    items: tuple[dict[str, str], ...]


@dataclass
class Reflection:
    entries: list[LoggedQuestion]
    weakest: list[WeakAnswer] = field(default_factory=list)
    unjudged: list[LoggedQuestion] = field(default_factory=list)
    hints: list[HintItem] = field(default_factory=list)
    followups: list[Followups] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)


def short_question(question: str, words: int = 10) -> str:
    parts = question.split()
    clipped = " ".join(parts[:words]).rstrip("?.!,;:")
    return f"“{clipped}{'…' if len(parts) > words else ''}”"


def weak_answer(entry: LoggedQuestion) -> WeakAnswer | None:
    """Weak by the STAR score (story questions only) or by the candidate's own rating."""
    if not entry.judged:
        return None
    score = entry.score
    low_rating = entry.self_rating is not None and entry.self_rating <= LOW_SELF_RATING
    weak_by_score = score is not None and score < WEAK_BELOW
    if not (weak_by_score or low_rating):
        return None
    reasons = tuple(item for item in entry.feedback if not item["kind"].startswith("strength"))
    if not weak_by_score:
        note = " though the text reads well: rehearse it out loud" if score is not None else ""
        message = f"You rated this answer {entry.self_rating} of 5{note}."
        reasons = ({"kind": "self_rating", "message": message, "evidence": ""}, *reasons)
    q = short_question(entry.question)
    template = next(
        (_TASK_BY_FEEDBACK[r["kind"]] for r in reasons if r["kind"] in _TASK_BY_FEEDBACK),
        "Rework your answer to {q}",
    )
    return WeakAnswer(entry, score, reasons, template.format(q=q)[:200])


def weakness(weak: WeakAnswer) -> tuple[int, int]:
    """Lowest first; an unscored answer ranks by the candidate's rating (1 of 5 ~ 20/100)."""
    rank = weak.score if weak.score is not None else 20 * (weak.entry.self_rating or 3)
    return (rank, weak.entry.position)


def hint_items(entries: list[LoggedQuestion], debrief: RoundDebrief | None) -> list[HintItem]:
    items: list[HintItem] = []
    seen: set[str] = set()

    def add(item: HintItem) -> None:
        key = re.sub(r"\W+", " ", item.sentence.lower()).strip()
        if key and key not in seen:
            seen.add(key)
            items.append(item)

    for entry in entries:
        for line in (ln.strip(" -•*\t") for ln in entry.hints.splitlines()):
            if line:
                task = f"Prepare for what they hinted: “{line.rstrip('.')}”"
                add(HintItem("noted", line, line, "hints you noted", task[:200], entry))
        for hint in entry.found_hints:
            if hint["source"] != "hints":
                add(_hint_item(hint, entry))
    for hint in debrief.found_hints if debrief else []:
        add(_hint_item(hint, None))
    return items


def _hint_item(hint: dict[str, Any], entry: LoggedQuestion | None) -> HintItem:
    source = _SOURCE_LABELS.get(hint["source"], hint["source"])
    return HintItem(
        hint["kind"], hint["focus"], hint["sentence"], source, hint["task"][:200], entry
    )


def facts_of(entries: list[LoggedQuestion]) -> list[Fact]:
    return [Fact(**fact) for entry in entries for fact in entry.facts]


def round_one_contradictions(entries: list[LoggedQuestion]) -> list[Contradiction]:
    """Personal facts (notice period, salary, reason for leaving) that differ between answers."""
    found: list[Contradiction] = []
    for index, entry in enumerate(entries):
        later = [Fact(**f) for f in entry.facts if f["kind"] in PERSONAL_FACT_KINDS]
        earlier = facts_of(entries[:index])
        found.extend(
            compare_facts(earlier, later, earlier_label="One answer", later_label="Another")
        )
    return found


def check_against_round_one(entries: list[LoggedQuestion], text: str) -> list[Contradiction]:
    """Contradictions between a new answer or story and what was said in round one."""
    return list(compare_facts(facts_of(entries), extract_facts(text)))


def reflect(entries: list[LoggedQuestion], debrief: RoundDebrief | None) -> Reflection:
    result = Reflection(entries)
    for entry in entries:
        weak = weak_answer(entry)
        if weak:
            result.weakest.append(weak)
        if entry.answer.strip() and not entry.judged:
            result.unjudged.append(entry)
        if entry.judged and len(entry.answer.split()) >= SUBSTANTIVE_WORDS:
            assert entry.analysis is not None
            result.followups.append(Followups(entry, tuple(entry.analysis["followups"])))
    result.weakest.sort(key=weakness)
    result.hints = hint_items(entries, debrief)
    result.facts = [fact for entry in entries for fact in entry.facts if fact["kind"] != "number"]
    result.contradictions = round_one_contradictions(entries)
    return result
