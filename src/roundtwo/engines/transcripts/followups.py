"""Does a question probe the answer just given, or open a new topic?

A follow-up probes ("How did you measure that?", "And what was the outcome?", "Why did you
choose X?", "What was the hardest part?"), is very short ("Why?") or refers back in a short
question ("that", "it", "they"), or reuses content words of the previous answer (two, or one in
a short question). A question that opens a story or announces a change of topic ("Tell me about
a time...", "Let's move on", "Last question") never is.
"""

from __future__ import annotations

import re

from .utterances import words
from .vocab import STOP_WORDS

_NEW_TOPIC = re.compile(
    r"\b(?:tell (?:me|us) about (?:a|an|one|another) (?:time|situation|occasion|moment|example)|"
    r"give (?:me|us) an example of (?:a )?(?:time|when)|describe a (?:time|situation|moment)|"
    r"tell (?:me|us) about yourself|let'?s (?:move on|switch|change|turn to|go on to)|"
    r"moving on|move on to|switch(?:ing)? (?:gears|topics?)|change (?:of )?(?:topic|subject)|"
    r"different (?:topic|subject|area|question)|(?:next|another|last|final) (?:question|one|topic)|"
    r"one more|new topic|why do you want|why are you (?:interested|looking|applying))\b",
    re.IGNORECASE,
)
_PROBE = re.compile(
    r"\b(?:how did (?:you|that|it|they|the|he|she)|what did (?:you|they|that|it|the|he|she)|"
    r"what (?:was|were) the (?:outcome|result|impact|reaction|response|feedback)|"
    r"what happened (?:next|then|after)|what was (?:the|your) (?:hardest|biggest|toughest|best|"
    r"worst|main|most \w+) (?:part|challenge|lesson|problem|thing|risk|surprise)|"
    r"what was your (?:role|part|contribution)|"
    r"(?:what would you|would you) do (?:anything )?differently|"
    r"looking back|in hindsight|why did you|why (?:not|that|this)\b|what made you|who else|"
    r"how long did|how much did|tell (?:me|us) more|(?:expand|elaborate|say more) on|"
    r"what do you mean|you (?:mentioned|said)|earlier you|going back to|how do you know|"
    r"(?:^|\. )(?:and |so )?(?:was|is|did|were) (?:that|it|they|he|she)\b|"
    r"^(?:and |so )?if (?:it|that|they))",
    re.IGNORECASE,
)
_AND_WH = re.compile(r"^(?:and|so)\s+(?:what|how|why|who|which|when|where|did|was)\b", re.I)
_BACK_REFERENCE = frozenset(
    ["that", "it", "this", "those", "them", "they", "these", "he", "she", "him", "her"]
)
_SHORT = 10
_VERY_SHORT = 3


def _stem(word: str) -> str:
    word = word.strip("'’-")
    return word[:6] if len(word) > 6 else word.rstrip("s")


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in words(text) if w not in STOP_WORDS and len(w) > 2}


def opens_new_topic(context: str) -> bool:
    return bool(_NEW_TOPIC.search(context))


def is_follow_up(question: str, context: str, previous_answer: str) -> bool:
    """`context` is everything the interviewer said before the answer, preamble included."""
    if opens_new_topic(context):
        return False
    said = words(question)
    if _PROBE.search(question) or (len(said) <= _SHORT and _AND_WH.match(question)):
        return True
    if len(said) <= _VERY_SHORT:  # "Why?", "How so?", "Any examples?"
        return True
    if len(said) <= _SHORT and _BACK_REFERENCE & set(said):
        return True
    shared = content_words(question) & content_words(previous_answer)
    return len(shared) >= 2 or (len(shared) == 1 and len(said) <= _SHORT)
