"""Drafts for every interviewer of one opportunity, each different from the others.

Three things keep a panel's drafts apart: each interviewer gets a phrasing set of their own
(their name's stable variant, moved to the next free one on a clash), a topic or story an
earlier draft already leads with goes last for the later ones, and pairs that still read alike
(`draft_similarity` >= SIMILAR_AT) or name the same topic get a warning on both drafts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from .compose import VARIANTS, draft_thank_you, stable_variant
from .model import Candidate, Draft, InterviewerDebrief, Tone
from .similarity import SIMILAR_AT, draft_similarity, without


def draft_all(
    debriefs: Sequence[InterviewerDebrief],
    candidate: Candidate,
    *,
    company: str,
    role: str,
    tone: Tone = "warm",
    max_words: int = 200,
) -> list[Draft]:
    """One draft per debrief, in the given order, with warnings for pairs that read alike."""
    drafts: list[Draft] = []
    used: list[str] = []
    for debrief, variant in zip(debriefs, panel_variants(debriefs), strict=True):
        draft = draft_thank_you(
            debrief,
            candidate,
            company=company,
            role=role,
            tone=tone,
            max_words=max_words,
            variant=variant,
            avoid=tuple(used),
        )
        used += [*draft.topics_used, *([draft.tie.text] if draft.tie else [])]
        drafts.append(draft)
    shared = [*(d.name for d in debriefs), company, role, candidate.name]
    return _with_panel_warnings(drafts, shared)


def panel_variants(debriefs: Sequence[InterviewerDebrief]) -> list[int]:
    """Each interviewer's own variant, unless someone earlier has the same phrasing set."""
    taken: set[int] = set()
    out = []
    for debrief in debriefs:
        variant = stable_variant(debrief.name)
        if len(taken) < VARIANTS:
            while variant % VARIANTS in taken:
                variant += 1
        taken.add(variant % VARIANTS)
        out.append(variant)
    return out


def _with_panel_warnings(drafts: list[Draft], shared: list[str]) -> list[Draft]:
    extra: list[list[str]] = [[] for _ in drafts]
    bodies = [without(d.body, shared) for d in drafts]
    for i, j in combinations(range(len(drafts)), 2):
        a, b = drafts[i], drafts[j]
        score = draft_similarity(bodies[i], bodies[j])
        common = _in_common(a, b)
        # One warning per pair: what the drafts share says why they read alike.
        if score >= SIMILAR_AT:
            extra[i].append(_alike(b.interviewer, score, common))
            extra[j].append(_alike(a.interviewer, score, common))
        elif common:
            extra[i].append(f"The draft for {b.interviewer} also uses {_and(common)}.")
            extra[j].append(f"The draft for {a.interviewer} also uses {_and(common)}.")
    return [replace(d, warnings=d.warnings + tuple(e)) for d, e in zip(drafts, extra, strict=True)]


def _alike(other: str, score: float, common: list[str]) -> str:
    why = f": both use {_and(common)}" if common else ""
    return (
        f"This draft reads much like the one for {other} (similarity {score:.2f}){why}. "
        "Interviewers compare notes, so change one of them."
    )


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _in_common(a: Draft, b: Draft) -> list[str]:
    """Topics, stories and strengths both drafts name: each interviewer should hear their own."""
    topics = {t.casefold(): t for t in a.topics_used}
    out = [f"the topic “{topics[t.casefold()]}”" for t in b.topics_used if t.casefold() in topics]
    if a.tie is not None and b.tie is not None and a.tie.text == b.tie.text:
        out.append(f"the {a.tie.kind} “{a.tie.text}”")
    if a.remark and a.remark.casefold() == b.remark.casefold():
        out.append(f"the remark “{a.remark}”")
    return out
