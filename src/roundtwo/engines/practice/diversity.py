"""Turn scored candidates into a set: how many of each group, in what order, and which ones.

The slot plan spreads the groups so every prefix of the set (the top 10 the page shows first)
has its share of technical and second-round questions. Within a group the pick is greedy: the
best score plus a bonus for a role competency or skill area not yet covered, minus a penalty
for a topic already asked, never a near-duplicate of a chosen or round-one question.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from .duplicates import near_duplicate
from .ranking import Candidate, Group
from .role import Role

MAX_TECH_SHARE = 0.4  # even a pure engineering loop asks about people and motivation
TECH_SHARE_BASE = 0.1
TECH_SHARE_PER_EVIDENCE = 0.02  # per unit of skill-area evidence (a skill, a title word ...)
SECOND_ROUND_SHARE = 0.2
GENERAL_SECOND_ROUND_SHARE = 0.3
COVER_WEIGHT = 0.6
AREA_COVER_BONUS = 0.6
REPEAT_PENALTY = 0.5
# Ties in the plan go to the group listed first.
_GROUP_ORDER: tuple[Group, ...] = ("personal", "behavioral", "second_round", "technical")
_FILL_ORDER: tuple[Group, ...] = ("behavioral", "second_round", "technical", "personal")


def technical_share(role: Role) -> float:
    """More technical questions for roles with many recognised skills, none without any."""
    if not role.areas:
        return 0.0
    evidence = sum(a.score for a in role.areas)
    return min(MAX_TECH_SHARE, TECH_SHARE_BASE + TECH_SHARE_PER_EVIDENCE * evidence)


def quotas(role: Role, limit: int, personal: int) -> dict[Group, int]:
    personal = min(personal, limit)
    share = GENERAL_SECOND_ROUND_SHARE if role.general else SECOND_ROUND_SHARE
    second = min(limit - personal, max(1, round(limit * share)))
    tech = min(limit - personal - second, round(limit * technical_share(role)))
    return {
        "personal": personal,
        "second_round": second,
        "technical": tech,
        "behavioral": limit - personal - second - tech,
    }


def slot_plan(wanted: Mapping[Group, int], limit: int) -> list[Group]:
    """Groups in set order: at each position the group furthest behind its share."""
    counts: Counter[Group] = Counter()
    plan: list[Group] = []
    for n in range(1, limit + 1):
        open_groups = [g for g in _GROUP_ORDER if counts[g] < wanted.get(g, 0)]
        if not open_groups:
            break
        group = max(open_groups, key=lambda g: wanted[g] * n / limit - counts[g])
        counts[group] += 1
        plan.append(group)
    return plan


class Picker:
    """Greedy choice within a group, aware of what the set already covers."""

    def __init__(self, role: Role, candidates: Sequence[Candidate], avoid: Sequence[str]) -> None:
        self.role = role
        self.pools: dict[Group, list[Candidate]] = {g: [] for g in _GROUP_ORDER}
        for c in sorted(candidates, key=lambda c: -c.score):
            self.pools[c.group].append(c)
        self.avoid = list(avoid)
        self.chosen: list[Candidate] = []
        self.covered: set[str] = set()
        self.topics: Counter[tuple[Group, str]] = Counter()

    def gain(self, c: Candidate) -> float:
        bonus = sum(
            self.role.weight(cid) * (1.0 if i == 0 else 0.5)
            for i, cid in enumerate(c.competencies)
            if cid not in self.covered
        )
        if c.group == "technical" and c.topic not in self.covered:
            bonus += AREA_COVER_BONUS * self._area_share(c.topic)
        return c.score + COVER_WEIGHT * bonus - REPEAT_PENALTY * self.topics[(c.group, c.topic)]

    def _area_share(self, area_id: str) -> float:
        """An area's evidence relative to the role's main area (a practical question: 1)."""
        area = self.role.area(area_id)
        if area is None or not self.role.areas:
            return 1.0
        return area.score / self.role.areas[0].score

    def pick(self, group: Group) -> Candidate | None:
        pool = self.pools[group]
        while pool:
            best = max(pool, key=self.gain)
            pool.remove(best)
            if not self._repeats(best):
                self._take(best)
                return best
        return None

    def take(self, c: Candidate) -> None:
        """Add a candidate that must be in the set (a weak spot), if it is not a repeat."""
        if not any(near_duplicate(c.text, x.text) for x in self.chosen):
            self._take(c)

    def _repeats(self, c: Candidate) -> bool:
        texts = [x.text for x in self.chosen] + self.avoid
        return any(near_duplicate(c.text, t) for t in texts)

    def _take(self, c: Candidate) -> None:
        self.chosen.append(c)
        self.covered.update(c.competencies)
        if c.group == "technical":
            self.covered.add(c.topic)
        self.topics[(c.group, c.topic)] += 1

    def left(self) -> list[Group]:
        return [g for g in _GROUP_ORDER if self.pools[g]]


def select(
    role: Role,
    candidates: Sequence[Candidate],
    *,
    limit: int,
    first: Sequence[Candidate] = (),
    avoid: Sequence[str] = (),
) -> list[Candidate]:
    """The set, best first: `first` (re-asked weak spots) on top, then the slot plan."""
    picker = Picker(role, candidates, avoid)
    for c in first[:limit]:
        picker.take(c)
    rest = limit - len(picker.chosen)
    personal = len(picker.pools["personal"])
    for group in slot_plan(quotas(role, rest, personal), rest):
        if picker.pick(group) is None:
            _fill_from_any(picker)
    while len(picker.chosen) < limit and picker.left():
        _fill_from_any(picker)
    return picker.chosen


def _fill_from_any(picker: Picker) -> None:
    """When a group runs out (a tiny bank, many round-one questions), borrow from the others."""
    for group in _FILL_ORDER:
        if picker.pick(group) is not None:
            return
