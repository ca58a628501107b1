"""Greetings, audio and screen checks, pleasantries, getting there, time checks, scheduling,
asides between interviewers and wrap-up: questions that are not practice.

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
# Getting there, the clock and the calendar: arrival, time checks, booking the next step.
_LOGISTICS = re.compile(
    r"\b(?:(?:was|is|how'?s|how was) the (?:traffic|drive|journey|commute|trains?|bus|parking)|"
    r"traffic (?:bad|ok|okay|alright|all right|terrible|awful|was)|"
    r"(?:drive|journey|trip) (?:down|in|over|here|up)\b|take the stairs|lift'?s broken|"
    r"get parked|find (?:parking|a space)|park (?:ok|okay|alright|all right)|"
    r"(?:visitor|security) (?:badge|pass)|(?:at|from|to) reception|"
    r"(?:a|some) (?:tea|coffee|drink|glass of water)\b|tea or (?:a )?coffee|"
    r"how'?s your (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"how have you been|hard stop|"
    r"(?:okay|ok|alright|all right|fine|good) (?:until|till) (?:\d|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|noon|half|quarter)|"
    r"(?:okay|ok|alright|all right|good|fine|doing) (?:for|on) time\b|what time is it|"
    r"(?:we'?re|i'?m|we are|i am) (?:running |a |bit |few |little |\w+ minutes )*(?:late|behind)|"
    r"late starting|(?:does|do|would|will) (?:that|this|it|\w+day) (?:still )?work for you|"
    r"keep an eye on the clock|(?:we'?re|i'?m) (?:a bit |almost |nearly |running )*"
    r"(?:short of|out of) time|conscious of time|"
    r"(?:we'?ve|i'?ve) got (?:you|us|the room) (?:for|until|till)|room(?:'s| is)? booked|"
    r"have we got the (?:room|meeting room)|are you (?:free|available) (?:on|next|this|for|to)|"
    r"(?:okay|ok|able|free|happy) to come (?:back|in) (?:for|on|next)|"
    r"(?:a|the) (?:trial shift|site walk|half day)\b|"
    r"send (?:you|him|her|them|\w+) the (?:link|invite|form|test|take-home)|"
    r"(?:drop|paste|put) (?:the|a) [\w -]{0,20}link|take notes (?:from here|for|today)|"
    r"record (?:this|it) for (?:you|him|her|them)|the next candidate|"
    r"(?:walk|take|bring|show) (?:you|him|her|them) (?:over|round|around|down|out|to the))",
    re.IGNORECASE,
)
_WRAP_UP = re.compile(
    r"\b(?:questions? for (?:me|us)|(?:do|did) you have any (?:other |more )?questions|"
    r"any (?:other |more |final )?questions|anything (?:else )?you(?:'d| would)? (?:like|want)"
    r"(?:ed)? to ask|anything you want(?:ed)? to ask|what (?:would|do) you like to ask|"
    r"what questions (?:do|have|would) you|anything you'?d like to ask)",
    re.IGNORECASE,
)


def is_small_talk(sentence: str) -> bool:
    return bool(
        _SMALL_TALK.search(sentence) or _LOGISTICS.search(sentence) or _WRAP_UP.search(sentence)
    )


_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir"})


def first_names(speakers: list[str]) -> frozenset[str]:
    """How people address each speaker: "Jim" for "Jim Archer", "Imran" for "Khan, Imran"."""
    out = set()
    for name in speakers:
        given = name.split(",", 1)[1] if "," in name else name
        parts = [p for p in re.findall(r"[\w'-]+", given.lower()) if p not in _TITLES]
        if parts:
            out.add(parts[0])
    return frozenset(out)


def is_aside(sentence: str, colleagues: frozenset[str]) -> bool:
    """Addressed by name to another interviewer ("Jim, could you take Tom over after this?"):
    said in front of the candidate, not to them."""
    m = re.match(r"\W*(?:(?:oh|ok|okay|and|so|sorry)[,.]?\s+)?([\w'-]+),", sentence.lower())
    return m is not None and m.group(1) in colleagues


def is_wrap_up(text: str) -> bool:
    return bool(_WRAP_UP.search(text))
