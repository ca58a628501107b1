"""The closing part of an interview: the questions the candidate asked, and the answers given.

After the interviewer opens the floor ("Do you have any questions for us?"), each candidate run
that asks something (a question mark, or an opener such as "I'd like to know") is one asked
question, and the interviewers' run that follows is its answer. Those are not answers to
analyse: they belong with the candidate's own "Questions to ask". A candidate run that asks
nothing ("No, I think you covered it.") is skipped; the farewell is not an answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Transcript, Turn
from .pairing import resolve_candidate, runs_of
from .smalltalk import is_small_talk, is_wrap_up
from .utterances import is_ask, sentences, words

_OPENING_WORDS = 3  # "Yes, two." before the question itself


@dataclass(frozen=True)
class AskedQuestion:
    question: str
    answer: str
    answered_by: str
    start: float | None
    end: float | None

    def as_dict(self) -> dict[str, object]:
        return {
            "question": self.question,
            "answer": self.answer,
            "answered_by": self.answered_by,
            "start": self.start,
            "end": self.end,
        }


def _question(run: list[Turn]) -> str:
    """The candidate's words from the first sentence that asks, plus a short lead-in before it
    that carries content ("I was wondering about the team.")."""
    parts = [s for t in run for s in sentences(t.text)]
    asking = [i for i, s in enumerate(parts) if is_ask(s)]
    if not asking:
        return ""
    first = asking[0]
    while first > 0 and len(words(parts[first - 1])) > _OPENING_WORDS:
        first -= 1
    return " ".join(parts[first : asking[-1] + 1])


def _answer(run: list[Turn]) -> tuple[str, str]:
    """The interviewers' reply without its closing pleasantries, and who gave most of it."""
    kept = [
        (t.speaker, s)
        for t in run
        for s in sentences(t.text)
        if not is_small_talk(s) and not is_wrap_up(s)
    ]
    if not kept:
        return "", ""
    counts: dict[str, int] = {}
    for speaker, s in kept:
        counts[speaker] = counts.get(speaker, 0) + len(words(s))
    return " ".join(s for _, s in kept), max(counts, key=lambda k: counts[k])


def closing_questions(transcript: Transcript, candidate: str) -> tuple[AskedQuestion, ...]:
    name = resolve_candidate(transcript, candidate)
    runs = runs_of(transcript.turns, name)
    opened = next(
        (
            i
            for i, (mine, run) in enumerate(runs)
            if not mine and any(is_wrap_up(t.text) for t in run)
        ),
        None,
    )
    if opened is None:
        return ()
    out: list[AskedQuestion] = []
    for i in range(opened + 1, len(runs) - 1):
        mine, run = runs[i]
        question = _question(run) if mine else ""
        if not question:
            continue
        reply = runs[i + 1][1]
        answer, by = _answer(reply)
        if answer:
            out.append(AskedQuestion(question, answer, by, run[0].start, reply[-1].end))
    return tuple(out)
