"""pair_questions: the interviewers' questions and the candidate's answers, in order.

The turns are first thinned: an interviewer's back-channel ("Mm-hmm.", "Right.") never ends an
answer, and a candidate's "Sure." before the interviewer goes on never starts one. What is left
alternates between runs of interviewer turns and runs of candidate turns; each interviewer run
that asks a real question, followed by a candidate run, makes a pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import TranscriptError
from .followups import is_follow_up
from .labels import clean_name, name_key
from .model import QAPair, Transcript, Turn
from .questions import Ask, extract_ask
from .smalltalk import first_names, is_small_talk
from .utterances import is_backchannel, sentences, words

_MIN_ANSWER_WORDS = 4
_INTERJECTION_WORDS = 12  # "Sorry, you broke up for a second." is not a new question
_CLARIFY_WORDS = 25
_FAREWELL = re.compile(r"\b(?:thanks|thank you|bye|cheers|take care)\b", re.IGNORECASE)


@dataclass
class _Draft:
    ask: Ask
    answer: list[str]
    end: float | None
    follow_up_of: int | None = None
    extra: list[str] = field(default_factory=list)

    def to_pair(self) -> QAPair:
        question = " ".join([self.ask.text, *self.extra])
        answer = " ".join(self.answer)
        return QAPair(
            question,
            self.ask.asked_by,
            answer,
            self.ask.start,
            self.end,
            self.follow_up_of,
            remarks_before(self.ask),
        )


def remarks_before(ask: Ask) -> str:
    """The interviewers' words in the run before the question itself."""
    cut = ask.context.find(ask.text[:60]) if ask.text else -1
    return ask.context[:cut].strip() if cut > 0 else ""


def resolve_candidate(transcript: Transcript, candidate: str) -> str:
    speakers = list(dict.fromkeys(turn.speaker for turn in transcript.turns))
    wanted = name_key(clean_name(candidate))
    for name in speakers:
        if name_key(name) == wanted:
            return name
    raise TranscriptError(
        f"“{candidate.strip()}” is not one of the speakers in this transcript. "
        f"Choose one of: {', '.join(speakers)}."
    )


def _thin(turns: tuple[Turn, ...], candidate: str) -> list[Turn]:
    kept = [t for t in turns if t.speaker == candidate or not is_backchannel(t.text)]
    out: list[Turn] = []
    for i, turn in enumerate(kept):
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        acknowledges = nxt is not None and nxt.speaker != candidate
        if turn.speaker == candidate and acknowledges and is_backchannel(turn.text):
            continue
        out.append(turn)
    return out


def _runs(turns: list[Turn], candidate: str) -> list[tuple[bool, list[Turn]]]:
    """(is_candidate, turns) runs, alternating."""
    runs: list[tuple[bool, list[Turn]]] = []
    for turn in turns:
        mine = turn.speaker == candidate
        if runs and runs[-1][0] == mine:
            runs[-1][1].append(turn)
        else:
            runs.append((mine, [turn]))
    return runs


def _is_interjection(block: list[Turn]) -> bool:
    text = " ".join(t.text for t in block)
    return len(words(text)) <= _INTERJECTION_WORDS and not any(
        is_small_talk(s) for s in sentences(text)
    )


def _asks_back(text: str) -> bool:
    """The candidate's run ends on a question: a clarification, or their own question."""
    return text.rstrip().endswith("?")


class _Pairer:
    def __init__(self, colleagues: frozenset[str] = frozenset()) -> None:
        self.colleagues = colleagues  # the interviewers' first names, for spotting asides
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None  # the pair an interjection may continue
        self.pending: Ask | None = None  # a question the candidate asked to clarify
        self.clarification: list[str] = []
        self.wrapped_up = False

    def take(self, asked: list[Turn], answer: list[Turn]) -> None:
        ask = extract_ask(asked, self.colleagues) if asked else None
        text = " ".join(t.text for t in answer)
        if ask is None:
            self._no_question(asked, answer, text)
        elif ask.small_talk:
            self.current, self.pending = None, None
            self.wrapped_up = self.wrapped_up or ask.wrap_up
        else:
            self._question(ask, answer, text)

    def _no_question(self, asked: list[Turn], answer: list[Turn], text: str) -> None:
        if self.pending is not None:
            ask, self.pending = self.pending, None
            self.clarification = [t.text for t in asked]
            self._question(ask, answer, text)
        elif self.current and not self.wrapped_up and _is_interjection(asked):
            if len(words(text)) > 8 or not _FAREWELL.search(text):
                self.current.answer.append(text)
                self.current.end = answer[-1].end
        else:
            self.current = None

    def _question(self, ask: Ask, answer: list[Turn], text: str) -> None:
        if self.pending is not None:  # the interviewer clarified with a new ask
            ask = Ask(
                f"{self.pending.text} {ask.text}", ask.asked_by, self.pending.start, ask.context
            )
            self.pending = None
        self.wrapped_up = self.wrapped_up or ask.wrap_up
        if len(words(text)) <= _CLARIFY_WORDS and _asks_back(text) and not self.wrapped_up:
            self.pending, self.current = ask, None
            return
        extra, self.clarification = self.clarification, []
        if len(words(text)) < _MIN_ANSWER_WORDS or (self.wrapped_up and _asks_back(text)):
            self.current = None
            return
        draft = _Draft(ask, [text], answer[-1].end, extra=extra)
        draft.follow_up_of = self._follow_up_of(ask)
        self.drafts.append(draft)
        self.current = draft

    def _follow_up_of(self, ask: Ask) -> int | None:
        if not self.drafts:
            return None
        index = len(self.drafts) - 1
        last = self.drafts[index]
        if not is_follow_up(ask.text, ask.context, " ".join(last.answer)):
            return None
        return last.follow_up_of if last.follow_up_of is not None else index


def runs_of(turns: tuple[Turn, ...], candidate: str) -> list[tuple[bool, list[Turn]]]:
    """Alternating (is_candidate, turns) runs once back-channels are thinned out."""
    return _runs(_thin(turns, candidate), candidate)


def pair_questions(transcript: Transcript, candidate: str) -> tuple[QAPair, ...]:
    name = resolve_candidate(transcript, candidate)
    others = list(dict.fromkeys(t.speaker for t in transcript.turns if t.speaker != name))
    pairer = _Pairer(first_names(others))
    asked: list[Turn] = []
    for mine, run in runs_of(transcript.turns, name):
        if mine:
            pairer.take(asked, run)
            asked = []
        else:
            asked = run
    return tuple(draft.to_pair() for draft in pairer.drafts)
