"""Which of the candidate's stories or strengths meets something this interviewer said.

Each pair (interviewer text, story or strength) scores WordLlama's cosine of the two texts plus
LEXICAL_WEIGHT x the share of the interviewer text's content words that the story also uses;
a story (evidence) gets STORY_BONUS over a bare strength (a claim). Items another draft of the
same panel already used count AVOID_PENALTY less, so each interviewer hears about something
different when another item is nearly as close.
Below TIE_FLOOR nothing is tied: a forced link reads as a non sequitur.

Weights and floor from the 33 dev interviewers' gold ties (bench.py --tune and --ties): with
0.3 / 0.1 / 0.25, 23 of the 29 with a gold choice get one of them, 4 get another item, 2 none;
the 4 where nothing fits (all HR) get none. 0.25 sat on a plateau (0.22-0.26) before
KIND_FLOOR was added for the one nonsense tie dev showed (0.29: an HR chat about hybrid working
and a mentoring story). Lower floors would now gain one case (a Japanese topic), but dev has no
non-HR interviewer where nothing fits, so it cannot show what they cost; the floor stayed.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

from roundtwo.engines.answers.loader import load_embedder
from roundtwo.engines.stories.words import stems

from .model import Candidate, Tie

LEXICAL_WEIGHT = 0.3
STORY_BONUS = 0.1
AVOID_PENALTY = 0.15
TIE_FLOOR = 0.25
# HR talks about the process, where a story rarely fits: only a close match is worth a line.
KIND_FLOOR = {"hr": 0.4}


def item_text(title: str, result: str = "", tags: Sequence[str] = ()) -> str:
    words = [title, result, " ".join(t.replace("_", " ") for t in tags)]
    return ". ".join(w for w in words if w)


def best_tie(
    anchors: Sequence[str], candidate: Candidate, *, kind: str = "other", avoid: Sequence[str] = ()
) -> Tie | None:
    """The best (anchor, story or strength) pair above the kind's floor; one another draft
    already uses counts AVOID_PENALTY less, but is still used when nothing else clears the
    floor (the panel warning then says both drafts tell it)."""
    floor = KIND_FLOOR.get(kind, TIE_FLOOR)
    eligible = [t for t in rank_items(anchors, candidate) if t.score >= floor]
    if not eligible:
        return None
    avoided = {a.casefold() for a in avoid}
    return max(eligible, key=lambda t: t.score - AVOID_PENALTY * (t.text.casefold() in avoided))


def rank_items(anchors: Sequence[str], candidate: Candidate) -> list[Tie]:
    """Every story and strength with its best anchor and score, best first (equal scores keep
    the candidate's order: stories, then strengths)."""
    items = [("story", s.title, item_text(s.title, s.result, s.tags)) for s in candidate.stories]
    items += [("strength", s, s) for s in candidate.strengths]
    anchors = [a for a in anchors if a]
    if not items or not anchors:
        return []
    sims = _cosines(tuple(anchors), tuple(text for _, _, text in items))
    out = []
    for j, (kind, label, text) in enumerate(items):
        words = _stems(text)
        bonus = STORY_BONUS if kind == "story" else 0.0
        scores = [
            (sims[i][j] + LEXICAL_WEIGHT * _overlap(_stems(anchor), words) + bonus, anchor)
            for i, anchor in enumerate(anchors)
        ]
        score, anchor = max(scores, key=lambda x: x[0])
        out.append(Tie("story" if kind == "story" else "strength", label, anchor, score))
    return sorted(out, key=lambda t: -t.score)


def _stems(text: str) -> set[str]:
    # stems() leaves "injuries" and "injury" apart; plural -ies is the common miss.
    return stems(_PLURAL_IES.sub(r"\1y", text))


_PLURAL_IES = re.compile(r"(\w{3,})ies\b")


def _overlap(anchor: set[str], item: set[str]) -> float:
    return len(anchor & item) / len(anchor) if anchor else 0.0


def _cosines(anchors: tuple[str, ...], items: tuple[str, ...]) -> list[list[float]]:
    embedder = load_embedder()
    if embedder is None:
        return [[0.0] * len(items) for _ in anchors]
    with _LOCK:  # the web server and the worker thread may draft at the same time
        missing = [t for t in dict.fromkeys(anchors + items) if t not in _VECTORS]
        if missing:
            if len(_VECTORS) + len(missing) > MAX_CACHED:
                _VECTORS.clear()
            _VECTORS.update(zip(missing, embedder.embed(missing), strict=True))
        vectors = {t: _VECTORS[t] for t in anchors + items}
    return [[float(vectors[a] @ vectors[b]) for b in items] for a in anchors]


# Unit vectors by text: a panel's drafts score the same stories once per interviewer.
_VECTORS: dict[str, Any] = {}
_LOCK = threading.Lock()
MAX_CACHED = 4096
