"""Interviewer hints: phrases that tell what the next round will look for.

"We're looking for someone who...", "the next round will go deeper on...", "one concern is...",
"the team really needs..." in answers, interviewer reactions or debrief notes. Each hint keeps its
cue, the focus that follows it, its source sentence, and a prep task made from it.
The patterns live in knowledge/answers/hints.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicons import hint_patterns
from .loader import load_nlp
from .sentences import regex_segments, segment_doc

_TASKS = {
    "looking_for": 'Prepare a story that proves this: "{focus}"',
    "need": 'Prepare evidence that you can meet this need: "{focus}"',
    "next_round": 'Prepare for what the next round will cover: "{focus}"',
    "concern": 'Prepare an answer to the concern: "{focus}"',
}


@dataclass(frozen=True)
class Hint:
    kind: str  # "looking_for", "need", "next_round", "concern"
    phrase: str  # the cue as written
    focus: str  # what follows the cue in the sentence
    sentence: str  # the source sentence, unchanged
    start: int  # offset of the sentence in the text

    @property
    def task(self) -> str:
        focus = self.focus or self.sentence
        return _TASKS.get(self.kind, 'Prepare for: "{focus}"').format(focus=focus.rstrip(".!?"))

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "phrase": self.phrase,
            "focus": self.focus,
            "sentence": self.sentence,
            "task": self.task,
        }


def extract_hints(text: str) -> tuple[Hint, ...]:
    """Hints in free text, in order, at most one per kind per sentence. Never raises."""
    if not isinstance(text, str) or not text.strip():
        return ()
    segs = regex_segments(text) if len(text) > 200_000 else segment_doc(load_nlp()(text))
    out: list[Hint] = []
    for seg in segs:
        sentence = text[seg.start : seg.end]
        kinds: set[str] = set()
        for pat in hint_patterns():
            if pat.kind in kinds:
                continue
            m = pat.regex.search(sentence)
            if m is None:
                continue
            kinds.add(pat.kind)
            focus = sentence if pat.focus == "sentence" else sentence[m.end() :]
            focus = focus.strip(" ,:;-–—")
            focus = re.sub(r"[.!?]+$", "", focus).strip()
            out.append(Hint(pat.kind, m.group(0), focus, sentence, seg.start))
    return tuple(out)
