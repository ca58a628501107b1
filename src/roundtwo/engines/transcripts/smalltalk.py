"""Greetings, audio and screen checks, pleasantries and wrap-up: questions that are not practice.

The wrap-up ("Do you have any questions for us?") also marks where the candidate starts asking,
so what follows it is only paired when the interviewer clearly asks again. Notice period, start
date and salary questions are not small talk: what the candidate says there must stay consistent
in round two, so those pairs are kept.
"""

from __future__ import annotations

import re

_SMALL_TALK = re.compile(
    r"\b(?:(?:can|could) (?:you|everyone|everybody|we) (?:hear|see)(?: and (?:hear|see))? "
    r"(?:me|us|it|that|this|my screen|the screen|ok|okay|all right|alright)|"
    r"hear (?:me|us) (?:ok|okay|all right|alright|fine|now)|you'?re (?:on )?mute|\bmuted\b|"
    r"share (?:my|your) screen|see (?:my|your) screen|is my (?:audio|sound|video|camera)|"
    r"connection|"
    r"how are (?:you|things)|how'?s (?:it going|your (?:day|week|morning)|everything|things)|"
    r"how (?:was|is) (?:your|the) (?:day|week|weekend|morning|journey|trip|drive|traffic|commute)|"
    r"how are you doing|did you find (?:us|the office|the place|your way|the building)|"
    r"get here (?:all right|alright|ok|okay|fine)|find (?:us|it) (?:ok|okay|all right|alright)|"
    r"nice to (?:meet|see) you|good to (?:meet|see) you|"
    r"thanks? (?:you )?(?:so much )?for (?:coming|joining|making time|taking the time|your time)|"
    r"(?:get|grab|bring) you (?:a|some|anything)\b|\b(?:coffee|tea|water)\?|"
    r"are we recording|ok if i record|are you ready|shall we (?:start|begin|get started)|"
    r"ready to (?:start|begin|get started)|does that (?:answer your question|make sense|help)|"
    r"next steps|be in touch|hear back|get back to you|let you know|(?:recruiter|hr) will)",
    re.IGNORECASE,
)
_WRAP_UP = re.compile(
    r"\b(?:questions? for (?:me|us)|(?:do|did) you have any (?:other |more )?questions|"
    r"any (?:other |more |final )?questions|anything (?:else )?you(?:'d| would)? (?:like|want)"
    r"(?:ed)? to ask|anything you want(?:ed)? to ask|what (?:would|do) you like to ask)",
    re.IGNORECASE,
)


def is_small_talk(sentence: str) -> bool:
    return bool(_SMALL_TALK.search(sentence) or _WRAP_UP.search(sentence))


def is_wrap_up(text: str) -> bool:
    return bool(_WRAP_UP.search(text))
