"""Which stories each panel member should hear first, so the panel does not hear one story.

A story fits a member by the competencies it shows, weighted by how much the member weighs each
(their first competency most), plus a little WordLlama similarity between the story and what
they evaluate, plus a bonus when the story shows a company value and the member judges fit.
Stories the candidate has not tagged are tagged with stories.suggest_competencies.

Assignment is greedy over the whole panel, one round per lead slot: the best (member, story)
pair left is taken first, and every earlier use of a story costs REUSE_PENALTY, so a story
leads for a second member only when it fits them much better than anything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from roundtwo.engines.answers.loader import load_embedder
from roundtwo.engines.question_bank import competency
from roundtwo.engines.stories import suggest_competencies

from .model import StoryRef
from .profile import Profile

SIMILARITY_WEIGHT = 1.0
VALUES_BONUS = 0.5
VALUE_JUDGES = frozenset({"hr", "executive", "department_head"})
REUSE_PENALTY = 1.5


@dataclass(frozen=True)
class Lead:
    story: StoryRef
    shows: tuple[str, ...]  # competency ids the story shows that this member weighs
    values: bool  # the story shows a company value and this member judges fit


def assign_leads(
    profiles: Sequence[Profile], stories: Sequence[StoryRef], slots: int
) -> list[list[Lead]]:
    """Lead stories per member (same order as `profiles`), at most `slots` each."""
    leads: list[list[Lead]] = [[] for _ in profiles]
    if not stories or slots <= 0:
        return leads
    tags = [story_tags(s) for s in stories]
    fit = _fit(profiles, stories, tags)
    uses = [0] * len(stories)
    for _ in range(min(slots, len(stories))):
        pending = set(range(len(profiles)))
        while pending:
            m, s = max(
                (
                    (m, s)
                    for m in pending
                    for s in range(len(stories))
                    if not _has(leads[m], s, stories)
                ),
                key=lambda pair: fit[pair[0]][pair[1]] - REUSE_PENALTY * uses[pair[1]],
            )
            leads[m].append(_lead(profiles[m], stories[s], tags[s]))
            uses[s] += 1
            pending.discard(m)
    return leads


@lru_cache(maxsize=512)
def story_tags(story: StoryRef) -> tuple[str, ...]:
    """The candidate's tags, or the tagger's suggestions for an untagged story."""
    if story.competencies:
        return story.competencies
    return tuple(t.tag for t in suggest_competencies(story.text or story.title))


def _has(leads: list[Lead], s: int, stories: Sequence[StoryRef]) -> bool:
    return any(lead.story is stories[s] for lead in leads)


def _fit(
    profiles: Sequence[Profile], stories: Sequence[StoryRef], tags: Sequence[tuple[str, ...]]
) -> list[list[float]]:
    sims = _similarities(profiles, stories)
    return [
        [
            sum(p.weight(c) for c in tags[j])
            + SIMILARITY_WEIGHT * sims[i][j]
            + (VALUES_BONUS if stories[j].values and p.kind in VALUE_JUDGES else 0.0)
            for j in range(len(stories))
        ]
        for i, p in enumerate(profiles)
    ]


def _similarities(profiles: Sequence[Profile], stories: Sequence[StoryRef]) -> list[list[float]]:
    embedder = load_embedder()
    if embedder is None:
        return [[0.0] * len(stories) for _ in profiles]
    wanted: Any = embedder.embed([_wants(p) for p in profiles])
    told: Any = embedder.embed([s.text or s.title or "-" for s in stories])
    return [[float(x) for x in row] for row in wanted @ told.T]


def _wants(p: Profile) -> str:
    return " ".join(competency(c).description for c in p.evaluates[:3]) or p.perspective


def _lead(p: Profile, story: StoryRef, tags: tuple[str, ...]) -> Lead:
    shows = tuple(sorted((c for c in tags if p.weight(c) > 0), key=lambda c: -p.weight(c)))
    return Lead(story, shows, bool(story.values) and p.kind in VALUE_JUDGES)
