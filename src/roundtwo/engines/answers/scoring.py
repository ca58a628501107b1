"""The 0-100 score: seven components whose items each name the evidence behind their points.

structure 40 (situation 8, task 6, action 14, result 12), result 20 (quantified 10, impact 6,
lesson 4), specificity 15, ownership 10, relevance 5, length 5, delivery 5.
"""

from __future__ import annotations

from dataclasses import dataclass

from .features import Features
from .measures import (
    TARGET_WORDS,
    WORDS_PER_MINUTE,
    Delivery,
    OwnershipCount,
    Relevance,
    Specificity,
)
from .quotes import clip
from .result import LABELS, Component, Evidence, Label, Part, PartStatus

PART_POINTS: dict[Part, float] = {"situation": 8, "task": 6, "action": 14, "result": 12}


@dataclass(frozen=True)
class ResultFacts:
    sentences: tuple[str, ...]
    quantified: tuple[str, ...]  # result sentences with a number
    impact: tuple[str, ...]
    lessons: tuple[str, ...]


def concrete_outcome(f: Features) -> bool:
    """A measure, a named change or someone's concrete response; without one a result sentence
    is generic ("it went well", "the client was happy"): see outcome.py for the policy."""
    return bool(
        f.numbers
        or f.strong_change
        or f.outcome_passive
        or f.reaction_to_me
        or f.completion
        or f.response
        or f.change_of_state
        or (f.impact and f.change_verb)
    )


def result_facts(features: list[Features], labels: list[Label]) -> ResultFacts:
    res = [f for f, lab in zip(features, labels, strict=True) if lab == "result"]
    quantified = tuple(f.text for f in res if f.numbers and not f.lesson)
    impact = tuple(f.text for f in res if concrete_outcome(f) and not f.lesson)
    lessons = tuple(f.text for f in res if f.lesson)
    return ResultFacts(tuple(f.text for f in res), quantified, impact, lessons)


def part_status(
    labels: list[Label], own: OwnershipCount, res: ResultFacts
) -> dict[Part, PartStatus]:
    status: dict[Part, PartStatus] = {}
    for part in PART_POINTS:
        status[part] = "present" if part in labels else "missing"
    if status["action"] == "present" and own.ownership == "we":
        status["action"] = "weak"
    if status["result"] == "present" and not res.quantified and not res.impact:
        status["result"] = "weak"  # only generic outcomes or a lesson: see outcome.py
    return status


def _first(features: list[Features], labels: list[Label], part: Label) -> tuple[str, ...]:
    for f, lab in zip(features, labels, strict=True):
        if lab == part:
            return (f.text,)
    return ()


def structure(
    features: list[Features], labels: list[Label], status: dict[Part, PartStatus]
) -> Component:
    items = []
    for part, full in PART_POINTS.items():
        st = status[part]
        pts = full if st == "present" else full / 2 if st == "weak" else 0.0
        why = {
            "present": f"{part} stated",
            "weak": f"{part} weak ("
            + ("told with 'we'" if part == "action" else "generic: no measure or concrete change")
            + ")",
            "missing": f"no {part} sentence",
        }[st]
        items.append(Evidence(pts, full, why, _first(features, labels, part)))
    counts = {lab: labels.count(lab) for lab in LABELS}
    return Component("structure", tuple(items), {"parts": dict(status), "sentences": counts})


def result_component(res: ResultFacts) -> Component:
    if not res.sentences:
        items = (
            Evidence(0, 10, "no result stated, so nothing is quantified"),
            Evidence(0, 6, "no result stated, so no impact"),
            Evidence(0, 4, "no lesson stated"),
        )
    else:
        items = (
            Evidence(
                10 if res.quantified else 0,
                10,
                "result quantified" if res.quantified else "result has no number",
                res.quantified[:2] or res.sentences[:1],
            ),
            Evidence(
                6 if res.impact else 2,
                6,
                "impact stated" if res.impact else "outcome stated without its impact",
                res.impact[:2] or res.sentences[:1],
            ),
            Evidence(
                4 if res.lessons else 0,
                4,
                "lesson tied to the story" if res.lessons else "no lesson stated",
                res.lessons[:1],
            ),
        )
    return Component(
        "result",
        items,
        {
            "quantified": bool(res.quantified),
            "impact": bool(res.impact),
            "lesson": bool(res.lessons),
        },
    )


def specificity_component(spec: Specificity, n_sentences: int) -> Component:
    n = len(spec.details)
    detail_pts = min(10.0, 1.5 * n)
    penalty = min(5.0, 1.5 * len(spec.vague) + 1.0 * len(spec.generalities))
    return Component(
        "specificity",
        (
            Evidence(
                detail_pts,
                10,
                f"{n} concrete detail{'s' if n != 1 else ''} (numbers, dates, names, tools)",
                tuple(d for d, _ in spec.details[:10]),
            ),
            Evidence(
                5 - penalty,
                5,
                f"{len(spec.vague)} vague phrase(s), {len(spec.generalities)} "
                f"generality sentence(s)",
                tuple(v for v, _ in spec.vague[:5]) + tuple(clip(g) for g in spec.generalities[:3]),
            ),
        ),
        {
            "details": [d for d, _ in spec.details],
            "vague": [v for v, _ in spec.vague],
            "generalities": list(spec.generalities),
            "details_per_sentence": round(n / max(n_sentences, 1), 2),
        },
    )


def ownership_component(own: OwnershipCount) -> Component:
    total = len(own.i_actions) + len(own.we_actions)
    pts = 10 * own.i_share if total else 5.0
    pts = max(pts, 2.0) if total else pts
    why = (
        f"{len(own.i_actions)} action(s) told with 'I', {len(own.we_actions)} with 'we'"
        if total
        else "no action with 'I' or 'we'"
    )
    return Component(
        "ownership",
        (Evidence(pts, 10, why, tuple(clip(s) for s in own.we_actions[:3])),),
        {
            "ownership": own.ownership,
            "i_actions": len(own.i_actions),
            "we_actions": len(own.we_actions),
        },
    )


def relevance_component(rel: Relevance) -> Component:
    pts = 5.0 if rel.score >= 0.5 else round(10 * rel.score, 2)
    if rel.question_terms:
        why = (
            f"answer uses {len(rel.matched_terms)} of {len(rel.question_terms)} "
            f"key words of the question"
        )
        if rel.similarity is not None:
            why += f", meaning similarity {rel.similarity:.2f}"
        if rel.competency:
            why += f" and {len(rel.competency_cues)} sign(s) of {rel.competency.replace('_', ' ')}"
    else:
        why = "question has no key words to check against"
    return Component(
        "relevance",
        (Evidence(pts, 5, why, rel.matched_terms + rel.competency_cues[:5]),),
        {
            "score": round(rel.score, 2),
            "lexical": round(rel.lexical, 2),
            "similarity": None if rel.similarity is None else round(rel.similarity, 3),
            "competency": rel.competency,
            "question_terms": list(rel.question_terms),
        },
    )


def length_component(words: int) -> Component:
    low, high = TARGET_WORDS
    seconds = round(words * 60 / WORDS_PER_MINUTE)
    if words < low:
        pts = 5 * words / low
        why = f"{words} words, about {seconds} s spoken: short of the 1-2 minute target"
    elif words > high:
        pts = max(0.0, 5 - (words - high) / 60)
        why = f"{words} words, about {seconds} s spoken: longer than the 1-2 minute target"
    else:
        pts = 5.0
        why = f"{words} words, about {seconds} s spoken: within the 1-2 minute target"
    return Component(
        "length",
        (Evidence(pts, 5, why),),
        {"words": words, "seconds": seconds, "target_words": list(TARGET_WORDS)},
    )


def delivery_component(dl: Delivery) -> Component:
    rate = dl.per_100_words
    pts = max(0.0, 5 - rate)
    quotes = tuple(h for h, _ in dl.hedges[:4]) + tuple(h for h, _ in dl.fillers[:4])
    why = f"{len(dl.hedges)} hedge(s) and {len(dl.fillers)} filler(s), {rate:.1f} per 100 words"
    return Component(
        "delivery",
        (Evidence(pts, 5, why, quotes),),
        {
            "hedges": [h for h, _ in dl.hedges],
            "fillers": [h for h, _ in dl.fillers],
            "per_100_words": round(rate, 2),
        },
    )


def total(components: tuple[Component, ...]) -> int:
    return max(0, min(100, round(sum(c.points for c in components))))
