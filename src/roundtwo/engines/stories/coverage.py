"""Which competencies the candidate's stories cover, and which the role needs but none do."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Coverage


def coverage(stories: Sequence[tuple[str, Sequence[str]]], needed: Sequence[str]) -> Coverage:
    """Map competencies to the stories tagged with them, and compare with what is needed.

    `stories` holds (story id, competency ids). by_competency lists the needed competencies
    first, in the order given, then any other tagged competency in first-seen order, so a
    page can show the role's needs on top. A story tagged twice with one competency counts once.
    """
    tagged: dict[str, list[str]] = {}
    for story_id, competency_ids in stories:
        for cid in dict.fromkeys(c for c in competency_ids if c):
            owners = tagged.setdefault(cid, [])
            if story_id not in owners:
                owners.append(story_id)
    wanted = list(dict.fromkeys(c for c in needed if c))
    order = wanted + [c for c in tagged if c not in wanted]
    return Coverage(
        by_competency=tuple((cid, tuple(tagged.get(cid, ()))) for cid in order),
        gaps=tuple(c for c in wanted if not tagged.get(c)),
        thin=tuple(c for c in wanted if len(tagged.get(c, ())) == 1),
    )
