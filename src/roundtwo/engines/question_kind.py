"""What kind of answer a question asks for: a story (STAR applies) or something else.

A STAR score is only honest for a behavioral question. "What is your notice period?" asks for a
fact, "Why this company?" for motivation, "How would you design...?" for reasoning; holding
those answers to situation-task-action-result would call a good answer weak.
"""

from __future__ import annotations

import re
from typing import Literal

QuestionKind = Literal["behavioral", "factual", "other"]

_BEHAVIORAL = re.compile(
    r"\b(?:tell (?:me|us) about (?:a|an|one|the|some) (?:time|occasion|situation|moment|project|"
    r"challenge|conflict|disagreement|mistake|failure|setback|decision|problem|example)|"
    r"(?:describe|share|recall|give (?:me |us )?|walk (?:me |us )?through|talk (?:me |us )?"
    r"(?:about|through)|think of) (?:a|an|one|some) (?:specific )?(?:time|occasion|situation|"
    r"moment|example|instance|project|challenge|conflict|disagreement|mistake|failure|setback|"
    r"decision|problem)|"
    r"(?:can|could) you (?:give|share|think of) (?:me |us )?(?:a|an) (?:specific )?"
    r"(?:example|time|instance)|"
    r"have you ever (?:had|been|faced|dealt|worked|disagreed|made|failed|led|managed)|"
    r"tell (?:me|us) about (?:a|an|one|the|some|your) [^?.]*?\byou(?:'ve| have)? \w+ed\b|"
    r"give (?:me |us )?(?:a|an) (?:specific |concrete )?example|"
    r"what did you do when|how did you (?:handle|deal with|manage|approach|resolve|respond)|"
    r"when (?:was|did) (?:the last time|a time)|a time when you|a time you)",
    re.IGNORECASE,
)
_FACTUAL = re.compile(
    r"\b(?:notice period|salary|compensation|pay (?:range|expectations)|start date|"
    r"when (?:could|can) you start|availab(?:le|ility)|relocat\w*|visa|work permit|"
    r"sponsorship|right to work|how many years|years of experience|current (?:title|role)|"
    r"commute|travel requirements?|full[- ]time|part[- ]time|hybrid|remote|on[- ]site)\b",
    re.IGNORECASE,
)


def question_kind(question: str) -> QuestionKind:
    if _BEHAVIORAL.search(question):
        return "behavioral"
    if _FACTUAL.search(question):
        return "factual"
    return "other"
