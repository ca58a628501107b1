"""Suggest which of the company's stated values a story shows.

Values are the company's own words ("Own the outcome", "Say it plainly"), so there is no fixed
lexicon to lean on. Two kinds of evidence, per value:

- shared words: the value's name words found in the story (1 each) and its description words
  (DESCRIPTION_WEIGHT each), compared as crude stems so "own" meets "owned";
- a bridge through competencies: the value text is tagged like a story, and each of those
  competencies that the story is also tagged with counts BRIDGE_WEIGHT (a story showing
  integrity shows "Do the right thing" even when it never says "right").

WordLlama similarity between a story and a short value name is too noisy to use here (an
ownership story scored higher against "Customer obsession" than against "Own the outcome").
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtwo.engines.question_bank import competencies

from .model import TagSuggestion
from .tags import suggest_competencies
from .words import stems

DESCRIPTION_WEIGHT = 0.4
NAMED_BONUS = 0.5  # the value names the competency outright, not only sounds like it
BRIDGE_WEIGHT = 1.5  # per competency the value points at that the story is also tagged with
HALF_AT = 1.5
# One shared name word alone ("customers" in a story that only mentions them) is not enough;
# a shared word plus anything else, or the competency bridge, is.
MIN_SCORE = 0.45


def suggest_values(
    text: str, values: Sequence[tuple[str, str | None]], *, limit: int = 2
) -> tuple[TagSuggestion, ...]:
    """Up to `limit` value names the story shows, best first; () when none stands out."""
    story = (text or "").strip()
    if not story or not values or limit <= 0:
        return ()
    story_stems = stems(story)
    shown = {t.tag for t in suggest_competencies(story)}
    scored = []
    for name, description in values:
        if not (name or "").strip():
            continue
        raw, why = _evidence(story_stems, shown, name.strip(), (description or "").strip())
        score = raw / (raw + HALF_AT)
        if score >= MIN_SCORE:
            scored.append(TagSuggestion(name.strip(), round(score, 3), why))
    scored.sort(key=lambda t: -t.score)
    return tuple(scored[:limit])


def _evidence(
    story_stems: set[str], shown: set[str], name: str, description: str
) -> tuple[float, str]:
    name_hits = sorted(stems(name) & story_stems)
    desc_hits = sorted((stems(description) - stems(name)) & story_stems)
    related = _related(name, description)
    bridge = [cid for cid in related if cid in shown]
    raw = (
        len(name_hits)
        + DESCRIPTION_WEIGHT * len(desc_hits)
        + sum(BRIDGE_WEIGHT + (NAMED_BONUS if related[cid] else 0.0) for cid in bridge)
    )
    reasons = []
    if name_hits or desc_hits:
        shared = ", ".join(f'"{w}"' for w in [*name_hits, *desc_hits][:4])
        reasons.append(f"shares the words {shared}")
    if bridge:
        names = " and ".join(_competency_name(c).lower() for c in bridge)
        reasons.append(f"shows {names}, which this value asks for")
    text = "; ".join(reasons) or "only a faint match"
    return raw, text[0].upper() + text[1:] + "."


def _related(name: str, description: str) -> dict[str, bool]:
    """Competencies a value points at -> whether the value names it ("Act with integrity")."""
    words = stems(f"{name} {description}")
    named = {c.id: True for c in competencies() if stems(c.name) <= words}
    tagged = {t.tag: False for t in suggest_competencies(f"{name}. {description}", limit=1)}
    return tagged | named


def _competency_name(competency_id: str) -> str:
    return next(c.name for c in competencies() if c.id == competency_id)
