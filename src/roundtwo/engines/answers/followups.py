"""Follow-up questions a second-round interviewer is likely to ask, each tied to a sentence.

They come from the claims in the answer: numbers invite "how did you measure", named tools and
decisions invite "why this and not that", "we" invites "what was your part", vague phrases invite
"give one example", a missing or unmeasured result invites "what was the outcome", conflict and
trade-offs invite their own questions, and every story invites reflection.
"""

from __future__ import annotations

import re

from .features import Features
from .measures import OwnershipCount, Specificity
from .quotes import clip
from .result import Followup, Label, Part, PartStatus

MAX_FOLLOWUPS = 6
MIN_FOLLOWUPS = 3
_SIMILAR = 0.6


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9%£$€]+", text.lower()) if len(w) > 2}


def _similar(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return a == b
    return len(ta & tb) / len(ta | tb) >= _SIMILAR


def build_followups(
    features: list[Features],
    labels: list[Label],
    status: dict[Part, PartStatus],
    spec: Specificity,
    own: OwnershipCount,
    substantive: bool,
) -> tuple[Followup, ...]:
    cands: list[Followup] = []
    pairs = list(zip(features, labels, strict=True))
    story = [f for f, lab in pairs if lab != "other"]
    for f, lab in pairs:
        if lab == "result" and f.numbers:
            num = f.numbers[0]
            cands.append(
                Followup(
                    f'How did you measure "{num}", and what was the figure before you started?',
                    "A number in the result is the first claim a second interviewer checks.",
                    f.text,
                    "measure",
                )
            )
    for f, lab in pairs:
        if lab in {"action", "situation", "task"} and f.tools:
            cands.append(
                Followup(
                    f"Why did you use {f.tools[0]} here, and what else did you consider?",
                    "A named tool invites questions about the choice and its alternatives.",
                    f.text,
                    "tool",
                )
            )
            break
    for f, lab in pairs:
        if lab == "action" and f.decision:
            cands.append(
                Followup(
                    f'You said "{clip(f.text, 12)}". What other options did you weigh, and why '
                    "did you rule them out?",
                    "A decision invites questions about the alternatives and the reasoning.",
                    f.text,
                    "decision",
                )
            )
            break
    if own.ownership in {"we", "mixed"} and own.we_actions:
        w = own.we_actions[0]
        cands.append(
            Followup(
                f'When you say "{clip(w, 12)}", what exactly did you do yourself?',
                'The answer says "we"; the interviewer will want your own part.',
                w,
                "ownership",
            )
        )
    if spec.vague:
        phrase, sent = spec.vague[0]
        cands.append(
            Followup(
                f'You mentioned "{phrase}". Can you give one concrete example?',
                "A vague phrase is where an interviewer asks for detail.",
                sent,
                "vague",
            )
        )
    results = [f for f, lab in pairs if lab == "result"]
    if status["result"] == "missing" and story:
        anchor = story[-1].text
        cands.append(
            Followup(
                "What was the outcome, and how did you know it had worked?",
                "The answer does not say how the story ended.",
                anchor,
                "outcome",
            )
        )
    elif results and not any(r.numbers for r in results):
        r = results[0]
        cands.append(
            Followup(
                f'You said "{clip(r.text, 12)}". How did you know, and '
                f"what would the numbers show?",
                "The result is stated without a measure.",
                r.text,
                "outcome",
            )
        )
    for f, _lab in pairs:
        if f.conflict:
            cands.append(
                Followup(
                    "How did you handle the disagreement, and how is your working relationship "
                    "with them now?",
                    "Conflict in a story is a second-round favourite: how you handled people.",
                    f.text,
                    "conflict",
                )
            )
            break
    for f, _lab in pairs:
        if f.tradeoff:
            cands.append(
                Followup(
                    "What did you give up to get this result, and would you make the same "
                    "trade-off again?",
                    "A trade-off mentioned invites a question about its cost.",
                    f.text,
                    "tradeoff",
                )
            )
            break
    if spec.generalities and len(spec.generalities) * 2 >= len(features):
        g = spec.generalities[0]
        cands.append(
            Followup(
                "Can you walk me through one specific time you did this, from start to finish?",
                "The answer describes a habit, not a story.",
                g,
                "story",
            )
        )
    tail = story[-1].text if story else features[-1].text
    cands.append(
        Followup(
            "Looking back, what would you do differently if you faced this again?",
            "Second-round interviewers test reflection on every story.",
            tail,
            "reflection",
        )
    )
    head = story[0].text if story else features[0].text
    cands.append(
        Followup(
            "What was at stake if this had gone wrong, and who would have been affected?",
            "Stakes show judgment of impact; they are often left implicit.",
            head,
            "stakes",
        )
    )
    actions = [f for f, lab in pairs if lab == "action"]
    hard = actions[len(actions) // 2].text if actions else head
    cands.append(
        Followup(
            "What was the hardest part of this for you personally, and how did you get through it?",
            "A follow-up on difficulty checks that the story is yours.",
            hard,
            "difficulty",
        )
    )
    chosen: list[Followup] = []
    for c in cands:
        if any(_similar(c.question, x.question) for x in chosen):
            continue
        if sum(1 for x in chosen if x.kind == c.kind) >= (2 if c.kind == "measure" else 1):
            continue
        chosen.append(c)
        if len(chosen) == MAX_FOLLOWUPS:
            break
    if not substantive:
        return tuple(chosen[:2])
    return tuple(chosen[: max(MIN_FOLLOWUPS, len(chosen))])
