"""The question inside a run of interviewer turns.

The asker is the speaker of the last turn that asks something (when one interviewer hands over
with "Tom, do you want to take this one?", Tom's question is the one answered). The question text
runs from the asker's first real ask, so a preamble such as "Great, thanks for that." before it
is dropped, up to the end of the run.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Turn
from .smalltalk import is_aside, is_small_talk, is_wrap_up
from .utterances import is_ask, sentences


@dataclass(frozen=True)
class Ask:
    text: str
    asked_by: str
    start: float | None
    context: str  # all the interviewers said in the run, for spotting "Let's move on"
    small_talk: bool = False
    wrap_up: bool = False


def _real_asks(turn: Turn, colleagues: frozenset[str]) -> list[int]:
    """Indexes of the sentences that ask the candidate something; once a turn speaks to a
    colleague by name, what follows in it is for the colleague too."""
    out = []
    for i, s in enumerate(sentences(turn.text)):
        if is_aside(s, colleagues):
            break
        if is_ask(s) and not is_small_talk(s):
            out.append(i)
    return out


def extract_ask(block: list[Turn], colleagues: frozenset[str] = frozenset()) -> Ask | None:
    context = " ".join(turn.text for turn in block)
    asks = [_real_asks(turn, colleagues) for turn in block]
    asking = [i for i, found in enumerate(asks) if found]
    if not asking:
        if any(is_ask(s) for turn in block for s in sentences(turn.text)):
            speaker = block[-1].speaker
            return Ask("", speaker, None, context, small_talk=True, wrap_up=is_wrap_up(context))
        return None
    first = asking[-1]
    asker = block[first].speaker
    while first > 0 and block[first - 1].speaker == asker and asks[first - 1]:
        first -= 1
    opening = sentences(block[first].text)[asks[first][0] :]
    text = " ".join([*opening, *(turn.text for turn in block[first + 1 :])])
    return Ask(text, asker, block[first].start, context, wrap_up=is_wrap_up(context))
