"""Follow-up questions a second-round interviewer is likely to ask, each tied to a sentence.

They come from the claims in the answer, most pressing first: a missing or unreal outcome ("what
has changed so far?"), numbers ("how did you measure the 30%?"), an unmeasured result, "we"
instead of "I", decisions and named tools ("why this and not that?"), conflict, trade-offs,
vague phrases; then the questions every story invites (reflection, how success was defined,
stakes, difficulty), so a substantive answer always gets at least three. Near-duplicates (token
Jaccard >= 0.5, stricter than the benchmark's 0.6) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .features import Features
from .measures import OwnershipCount, Specificity
from .quotes import clip
from .result import Followup, Label, Part, PartStatus
from .result_missing import unreal_ending

MAX_FOLLOWUPS = 6
MIN_FOLLOWUPS = 3
SHORT_ANSWER_FOLLOWUPS = 2
_SIMILAR = 0.5
# Hedges and fillers are delivery, not content: asking "what do you mean by 'kind of'" is odd.
_NOT_A_VAGUE_SPOT = frozenset({"kind of", "sort of", "really well", "very well", "a lot"})


@dataclass(frozen=True)
class Story:
    """What the follow-up builders read: the answer's sentences with their roles."""

    pairs: list[tuple[Features, Label]]
    status: dict[Part, PartStatus]
    spec: Specificity
    own: OwnershipCount

    def with_label(self, *labels: Label) -> list[Features]:
        return [f for f, lab in self.pairs if lab in labels]

    @property
    def told(self) -> list[Features]:
        return [f for f, lab in self.pairs if lab != "other"] or [f for f, _ in self.pairs]


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9%£$€]+", text.lower()))


def _similar(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return a == b
    return len(ta & tb) / len(ta | tb) >= _SIMILAR


_UNREAL_OUTCOME = {
    "ongoing": (
        "What has changed so far, and how will you know when it has worked?",
        "The story ends while the work is still under way, so the outcome is open.",
    ),
    "intended": (
        "What actually happened after that, and what has changed so far?",
        "The answer ends with a plan or a hope, not with what happened.",
    ),
    "hypothetical": (
        "What actually happened in the end, as opposed to what could have happened?",
        "The answer says what would have happened, not what did.",
    ),
    "hedged": (
        "What did you see or hear that told you it had worked?",
        "The outcome is hedged, so expect to be asked for evidence that it happened.",
    ),
    "experience": (
        "Apart from how it felt, what changed because of what you did?",
        "The answer ends on how the work felt, not on what it changed.",
    ),
}


def _outcome(story: Story) -> list[Followup]:
    results = story.with_label("result")
    if story.status["result"] == "missing":
        unreal = unreal_ending([f for f, _ in story.pairs], [lab for _, lab in story.pairs])
        if unreal is not None and unreal.irrealis in _UNREAL_OUTCOME:
            question, reason = _UNREAL_OUTCOME[unreal.irrealis]
            return [Followup(question, reason, unreal.text, "outcome")]
        anchor = story.told[-1].text
        return [
            Followup(
                "What was the outcome, and how did you know it had worked?",
                "The answer does not say how the story ended.",
                anchor,
                "outcome",
            )
        ]
    if results and not any(r.numbers for r in results):
        r = results[0]
        return [
            Followup(
                f'You said "{clip(r.text, 12)}". What changed as a result, and how would you put '
                "a number on it?",
                "The result is stated without a measure.",
                r.text,
                "outcome",
            )
        ]
    return []


def _end_of_range(number: str, text: str) -> bool:
    """True for the "1%" of "from 33% to under 1%": one claim, already asked about."""
    pattern = r"\bto (?:under |over |about |around |roughly |just |only )?" + re.escape(number)
    return re.search(pattern, text) is not None


def _measures(story: Story) -> list[Followup]:
    numbers = [
        (n, f)
        for f in story.with_label("result")
        if not f.lesson
        for n in f.numbers
        if not _end_of_range(n, f.text)
    ]
    out: list[Followup] = []
    if numbers:
        num, f = numbers[0]
        out.append(
            Followup(
                f'How did you measure "{num}", and how much of that change was down to what you '
                "did rather than other factors?",
                "A number in the result is the first claim a second interviewer checks.",
                f.text,
                "measure",
            )
        )
    if len(numbers) > 1:
        num, f = numbers[1]
        out.append(
            Followup(
                f'Where does the figure "{num}" come from, and over what period was it counted?',
                "Every figure in a result invites a check of its source.",
                f.text,
                "measure",
            )
        )
    return out


def _ownership(story: Story) -> list[Followup]:
    if story.own.ownership not in {"we", "mixed"} or not story.own.we_actions:
        return []
    w = story.own.we_actions[0]
    return [
        Followup(
            f'When you say "{clip(w, 12)}", what exactly did you do yourself?',
            'The answer says "we"; the interviewer will want your own part.',
            w,
            "ownership",
        )
    ]


def _decision(story: Story) -> list[Followup]:
    for f in story.with_label("action", "task"):
        if f.decision:
            return [
                Followup(
                    f'You said "{clip(f.text, 12)}". What other options did you weigh, and why '
                    "did you rule them out?",
                    "A decision invites questions about the alternatives and the reasoning.",
                    f.text,
                    "decision",
                )
            ]
    return []


def _tool(story: Story) -> list[Followup]:
    for f in story.with_label("action", "situation", "task"):
        tools = list(dict.fromkeys(f.tools))
        if len(tools) >= 2:
            question = (
                f"How did you choose between {tools[0]} and {tools[1]}, and what tipped the "
                "decision?"
            )
        elif tools:
            question = f"Why did you choose {tools[0]} for this, and what else did you consider?"
        else:
            continue
        return [
            Followup(
                question,
                "A named tool invites questions about the choice and its alternatives.",
                f.text,
                "tool",
            )
        ]
    return []


def _conflict(story: Story) -> list[Followup]:
    for f, _lab in story.pairs:
        if f.conflict:
            return [
                Followup(
                    "How did you handle the disagreement, and how is your working relationship "
                    "with them now?",
                    "Conflict in a story is a second-round favourite: how you handled people.",
                    f.text,
                    "conflict",
                )
            ]
    return []


def _tradeoff(story: Story) -> list[Followup]:
    for f, _lab in story.pairs:
        if f.tradeoff:
            return [
                Followup(
                    "What did you give up to get this result, and would you make the same "
                    "trade-off again?",
                    "A trade-off mentioned invites a question about its cost.",
                    f.text,
                    "tradeoff",
                )
            ]
    return []


def _vague(story: Story) -> list[Followup]:
    for phrase, sent in story.spec.vague:
        if phrase.lower() in _NOT_A_VAGUE_SPOT:
            continue
        return [
            Followup(
                f'You said "{clip(sent, 10)}". What specifically do you mean by "{phrase}"?',
                "A vague phrase is where an interviewer asks for detail.",
                sent,
                "vague",
            )
        ]
    return []


def _no_story(story: Story) -> list[Followup]:
    gen = story.spec.generalities
    if not gen or len(gen) * 2 < len(story.pairs):
        return []
    return [
        Followup(
            "Can you walk me through one specific time you did this, from start to finish?",
            "The answer describes a habit, not a story.",
            gen[0],
            "story",
        )
    ]


def _every_story(story: Story) -> list[Followup]:
    """Questions any story invites; they make sure a substantive answer gets three."""
    told = story.told
    actions = story.with_label("action")
    tasks = story.with_label("task")
    out = [
        Followup(
            "Looking back, what would you do differently if you faced this again?",
            "Second-round interviewers test reflection on every story.",
            told[-1].text,
            "reflection",
        )
    ]
    if tasks:
        out.append(
            Followup(
                f'You said "{clip(tasks[0].text, 12)}". How was success defined, and who '
                "agreed it?",
                "A goal without a measure invites a question about how success was judged.",
                tasks[0].text,
                "criteria",
            )
        )
    out.append(
        Followup(
            "What was at stake if this had gone wrong, and who would have been affected?",
            "Stakes show judgment of impact; they are often left implicit.",
            told[0].text,
            "stakes",
        )
    )
    hard = actions[len(actions) // 2].text if actions else told[0].text
    out.append(
        Followup(
            "What was the hardest part of this for you personally, and how did you get through it?",
            "A follow-up on difficulty checks that the story is yours.",
            hard,
            "difficulty",
        )
    )
    return out


_BUILDERS: tuple[Callable[[Story], list[Followup]], ...] = (
    _outcome,
    _measures,
    _ownership,
    _decision,
    _tool,
    _conflict,
    _tradeoff,
    _vague,
    _no_story,
    _every_story,
)


def build_followups(
    features: list[Features],
    labels: list[Label],
    status: dict[Part, PartStatus],
    spec: Specificity,
    own: OwnershipCount,
    substantive: bool,
) -> tuple[Followup, ...]:
    story = Story(list(zip(features, labels, strict=True)), status, spec, own)
    chosen: list[Followup] = []
    for build in _BUILDERS:
        for c in build(story):
            if any(_similar(c.question, x.question) for x in chosen):
                continue
            chosen.append(c)
    limit = MAX_FOLLOWUPS if substantive else SHORT_ANSWER_FOLLOWUPS
    return tuple(chosen[:limit])
