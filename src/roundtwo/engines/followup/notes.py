"""The debrief's notes, cleaned for use inside the draft's sentences.

The user writes notes about the interviewer ("she wants ward managers who grow their own
staff"); a draft speaks to them, so a leading "he"/"she" becomes "you" and a leading "his"/"her"
becomes "your". Nothing else is reworded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roundtwo.engines.asking.grammar import is_clause, parse

from .model import InterviewerDebrief, StorySummary
from .text import clean_note, one_line, unquote, was_shortened, word_count

MAX_TOPIC_WORDS = 12
MAX_SPECIFIC_WORDS = 18
MAX_NOTE_WORDS = 12  # next steps, rapport
MAX_QUESTION_WORDS = 16
MAX_RESULT_WORDS = 25  # a one-line result; longer ones are cut at a clause
MAX_TITLE_WORDS = 8
PAIR_TOPIC_WORDS = 8  # two topics are named together only when both are this short

_SUBJECT = re.compile(r"^(?:he|she)\s+(\S+)", re.I)
_POSSESSIVE = re.compile(r"^(?:his|her)\s+", re.I)
_IRREGULAR = {"is": "are", "was": "were", "has": "have", "does": "do", "'s": "are"}
_SHARED = re.compile(r"^(?:we\b|both\b|(?:a|our)\s+shared\b|(?:his|her|their)\b.*\balso\b)", re.I)


@dataclass(frozen=True)
class Notes:
    topics: tuple[str, ...]
    specific: str
    questions: tuple[str, ...]
    next_steps: str
    rapport: str  # "" unless it reads as common ground ("we both...", "a shared love of...")
    rapport_is_clause: bool
    shortened: tuple[str, ...]  # the notes that were cut to their first clause


def read_notes(debrief: InterviewerDebrief, keep: tuple[str, ...]) -> Notes:
    topics = [clean_note(t, max_words=MAX_TOPIC_WORDS, keep=keep) for t in debrief.topics]
    shortened = [c for t, c in zip(debrief.topics, topics, strict=True) if was_shortened(t, c)]
    specific = second_person(clean_note(debrief.specific, max_words=MAX_SPECIFIC_WORDS, keep=keep))
    if specific and was_shortened(debrief.specific, specific):
        shortened.append(specific)
    rapport = clean_note(debrief.rapport, max_words=MAX_NOTE_WORDS, keep=keep)
    # Only common ground goes in the email; an impression ("seemed rushed") is for the user.
    rapport = second_person(rapport) if _SHARED.match(rapport) else ""
    rapport = re.sub(r"^both\b", "we both", rapport, flags=re.I)
    rapport = re.sub(r"^a shared\b", "our shared", rapport, flags=re.I)
    return Notes(
        topics=tuple(dict.fromkeys(t for t in topics if t)),
        specific=specific,
        questions=tuple(q for q in (question(x) for x in debrief.questions_asked) if q),
        next_steps=second_person(
            clean_note(debrief.next_steps, max_words=MAX_NOTE_WORDS, keep=keep)
        ),
        rapport=rapport,
        rapport_is_clause=bool(rapport) and _reads_as_clause(rapport),
        shortened=tuple(shortened),
    )


def question(text: str) -> str:
    """A question as the user noted it, on one line, without a closing full stop."""
    line = unquote(one_line(text)).rstrip(" .")
    if not line or word_count(line) > MAX_QUESTION_WORDS:
        return ""  # a long question does not quote well; the topics carry the draft
    return line


def second_person(text: str) -> str:
    """ "she wants X" -> "you want X"; "her team is" -> "your team is"."""
    match = _SUBJECT.match(text)
    if match:
        verb = match.group(1)
        return "you " + _base(verb) + text[match.end() :]
    return _POSSESSIVE.sub("your ", text, count=1)


def _base(verb: str) -> str:
    low = verb.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "oes")):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return verb[:-1]
    return verb  # past tense or a modal: "he said", "she will"


def _reads_as_clause(text: str) -> bool:
    return bool(re.match(r"^(?:we|you|i|they)\b", text, re.I)) or is_clause(text)


def topic_phrase(topics: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The topic text for the draft and the topics it names: two when both are short."""
    pair = topics[:2]
    if len(pair) == 2 and all(word_count(t) <= PAIR_TOPIC_WORDS and "," not in t for t in pair):
        return f"{topics[0]} and {topics[1]}", topics[:2]
    return topics[0], topics[:1]


def story_clause(story: StorySummary) -> str:
    """The story as a clause: "I cut failed payments by 40%" from "Cut failed payments by
    40%"; "falls dropped by a third" when the result has its own subject; without a result,
    "I worked on “The billing migration”"."""
    text = clean_note(story.result, max_words=MAX_RESULT_WORDS)
    if not text:
        return f"I worked on “{clean_note(story.title, max_words=MAX_TITLE_WORDS)}”"
    lowered = text[0].lower() + text[1:]
    doc = parse("I " + lowered)
    if doc is not None and len(doc) > 1 and doc[1].pos_ == "VERB" and doc[1].dep_ == "ROOT":
        return f"I {lowered}"
    return text
