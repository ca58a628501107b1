"""Two to five specific, actionable feedback items, each quoting the answer."""

from __future__ import annotations

from .features import Features
from .measures import Delivery, OwnershipCount, Relevance, Specificity
from .quotes import clip
from .result import Feedback, Label, Part, PartStatus
from .result_missing import unreal_ending
from .scoring import ResultFacts

MAX_ITEMS = 5
MIN_ITEMS = 2


# Why an ending that sounds like an outcome is not one (outcome.py), in the candidate's terms.
_UNREAL_ENDING = {
    "ongoing": "is still under way",
    "intended": "is a plan or a hope",
    "hypothetical": "says what would have happened",
    "hedged": "is hedged, so it does not say what happened",
    "experience": "says how it felt, not what changed",
}


def _missing_result(features: list[Features], labels: list[Label], anchor: str) -> Feedback:
    f = unreal_ending(features, labels)
    if f is not None and f.irrealis in _UNREAL_ENDING:
        return Feedback(
            "missing_result",
            f'"{clip(f.text)}" {_UNREAL_ENDING[f.irrealis]}. Say what has actually changed so '
            "far, for whom, and by how much; if nothing has yet, say what you measured.",
            f.text,
        )
    return Feedback(
        "missing_result",
        f'The story stops at "{clip(anchor)}". Finish with the outcome: what changed, for whom, '
        "and by how much.",
        anchor,
    )


def build_feedback(
    features: list[Features],
    labels: list[Label],
    status: dict[Part, PartStatus],
    res: ResultFacts,
    spec: Specificity,
    own: OwnershipCount,
    rel: Relevance,
    dl: Delivery,
    words: int,
) -> tuple[Feedback, ...]:
    texts = [f.text for f in features]
    first, last = texts[0], texts[-1]
    cands: list[tuple[int, Feedback]] = []
    narrative = [f for f in features if f.past or f.any_past]
    if len(spec.generalities) >= max(2, len(features) // 2) or not narrative:
        g = spec.generalities[0] if spec.generalities else first
        cands.append(
            (
                0,
                Feedback(
                    "no_story",
                    f'"{clip(g)}" describes what you usually do, not '
                    f"one time it happened. Pick one "
                    "specific occasion and tell it: where you were, what you did, what changed.",
                    g,
                ),
            )
        )
    if (
        rel.question_terms
        and rel.lexical < 0.2
        and (rel.similarity is None or rel.similarity < 0.05)
    ):
        cands.append(
            (
                1,
                Feedback(
                    "off_topic",
                    "The answer does not use the question's key words ("
                    + ", ".join(rel.question_terms[:4])
                    + (
                        f"). Link it to the question early, for example "
                        f'right after "{clip(first, 8)}".'
                    ),
                    first,
                ),
            )
        )
    actions = [t for t, lab in zip(texts, labels, strict=True) if lab == "action"]
    if status["action"] == "missing":
        cands.append(
            (
                1,
                Feedback(
                    "missing_action",
                    f'After "{clip(first, 10)}" the answer never says '
                    f"what you did. Add two or three "
                    'steps you took yourself, each starting with "I".',
                    first,
                ),
            )
        )
    if status["result"] == "missing":
        cands.append((1, _missing_result(features, labels, actions[-1] if actions else last)))
    elif not res.quantified:
        anchor = res.sentences[0]
        cands.append(
            (
                2,
                Feedback(
                    "unquantified_result",
                    f'"{clip(anchor)}" has no measure. Put a number on it: how much, how many, how '
                    "fast, compared with before.",
                    anchor,
                ),
            )
        )
    if own.ownership == "we" and own.we_actions:
        w = own.we_actions[0]
        cands.append(
            (
                2,
                Feedback(
                    "we_heavy",
                    f'"{clip(w)}" and most other steps are told with '
                    f'"we". Say which part was yours: '
                    '"I ..." for what you did, "the team ..." for the rest.',
                    w,
                ),
            )
        )
    if spec.vague:
        phrase, sent = spec.vague[0]
        cands.append(
            (
                3,
                Feedback(
                    "vague",
                    f'Replace "{phrase}" with the specific thing: which '
                    f"tool, which step, which number.",
                    sent,
                ),
            )
        )
    if status["situation"] == "missing" and status["action"] != "missing":
        cands.append(
            (
                4,
                Feedback(
                    "missing_situation",
                    f'Before "{clip(first, 10)}", give one sentence '
                    f"of context: where you were, when, "
                    "and what was at stake.",
                    first,
                ),
            )
        )
    if status["task"] == "missing" and status["action"] != "missing":
        anchor = actions[0] if actions else first
        cands.append(
            (
                5,
                Feedback(
                    "missing_task",
                    f'Before "{clip(anchor, 10)}", say what you were '
                    f"responsible for or aiming at, so "
                    "the steps have a goal.",
                    anchor,
                ),
            )
        )
    if words > 330:
        longest = max(texts, key=len)
        cands.append(
            (
                3,
                Feedback(
                    "too_long",
                    f"At {words} words (about {round(words / 2.5)} s) "
                    f"the answer runs past two minutes. "
                    f'Tighten long sentences such as "{clip(longest, 10)}".',
                    longest,
                ),
            )
        )
    elif words < 90 and status["action"] != "missing":
        cands.append(
            (
                3,
                Feedback(
                    "too_short",
                    f"At {words} words (about {round(words / 2.5)} s) "
                    f"the answer is under a minute. "
                    f'Expand on "{clip(actions[0] if actions else first, 10)}" '
                    f"with what you did and why.",
                    actions[0] if actions else first,
                ),
            )
        )
    if dl.per_100_words >= 3 and (dl.hedges or dl.fillers):
        word, sent = (dl.hedges or dl.fillers)[0]
        cands.append(
            (
                4,
                Feedback(
                    "hedging",
                    f'Hedges and fillers such as "{word}" ({len(dl.hedges) + len(dl.fillers)} '
                    f"in all) "
                    "make the answer sound unsure. State what you did plainly.",
                    sent,
                ),
            )
        )
    # strengths, used when there is little to fix
    if res.quantified:
        cands.append(
            (
                8,
                Feedback(
                    "strength_result",
                    f'Keep "{clip(res.quantified[0])}": a measured result is what interviewers '
                    "remember. Consider opening with it.",
                    res.quantified[0],
                ),
            )
        )
    i_actions = [
        t
        for t, f, lab in zip(texts, features, labels, strict=True)
        if lab == "action" and f.subject == "i"
    ]
    if i_actions:
        cands.append(
            (
                9,
                Feedback(
                    "strength_action",
                    f'"{clip(i_actions[0])}" shows your own part clearly. Give each step that '
                    "kind of detail.",
                    i_actions[0],
                ),
            )
        )
    if spec.details:
        d, sent = spec.details[0]
        cands.append(
            (
                9,
                Feedback(
                    "strength_detail",
                    f'Concrete details like "{d}" make the story believable; keep them.',
                    sent,
                ),
            )
        )
    cands.append(
        (
            10,
            Feedback(
                "reflection",
                f'After "{clip(last, 10)}", add one sentence on what you learned or would do '
                "differently: second-round interviewers ask.",
                last,
            ),
        )
    )
    cands.sort(key=lambda c: c[0])
    chosen: list[Feedback] = []
    kinds: set[str] = set()
    for prio, item in cands:
        if item.kind in kinds:
            continue
        if len(chosen) >= MIN_ITEMS and prio >= 8:
            break
        chosen.append(item)
        kinds.add(item.kind)
        if len(chosen) == MAX_ITEMS:
            break
    return tuple(chosen)
