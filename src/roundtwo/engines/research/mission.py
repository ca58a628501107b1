"""The mission: the sentence under a "Mission"/"Purpose" heading, a sentence that says "our
mission is...", or a "We help X do Y" line near the top of an about page."""

from __future__ import annotations

import re

from .blocks import Block, sentences, words
from .sections import Section, heading_words

TOP_BLOCKS = 12  # "We help X do Y" counts only this near the top: further down it is a pitch
_HEADING = re.compile(r"\b(mission|why we exist|purpose|our why|reason we exist|what drives us)\b")
_VISION = re.compile(r"\b(vision|our ambition)\b")
_STATED = re.compile(
    r"\b(our mission is|our mission:|our mission,|mission is simple|we('re| are) on a mission"
    r"|our purpose is|our purpose:|we exist to|we exist so|exists to|our aim is to"
    r"|the mission is)\b",
    re.I,
)
_HELP = re.compile(r"^(we|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}) helps? \w", re.I)
_INTRO = re.compile(r":$|^(here|this is|that'?s why|read|learn)\b", re.I)


def _sentence(text: str) -> str | None:
    for sentence in sentences(text):
        if len(words(sentence)) >= 4 and not _INTRO.search(sentence):
            return sentence
    return None


def _under_heading(
    sections: list[Section], heading: re.Pattern[str]
) -> tuple[str, str | None] | None:
    for section in sections:
        if not section.heading or not heading.search(heading_words(section.heading)):
            continue
        for block in section.blocks:
            if block.kind == "heading":
                continue
            if _STATED.search(block.text):
                return _stated(block.text) or block.text, section.heading
            if found := _sentence(block.text):
                return found, section.heading
    return None


def _stated(text: str) -> str | None:
    return next((s for s in sentences(text) if _STATED.search(s)), None)


def find_mission(sections: list[Section]) -> tuple[str, str | None] | None:
    """(mission sentence, heading it was under). A vision statement stands in only when the
    page states no mission at all."""
    if found := _under_heading(sections, _HEADING):
        return found
    for section in sections:
        for block in section.blocks:
            if block.kind != "heading" and (found_text := _stated(block.text)):
                return found_text, section.heading
    return _helps_near_top(sections) or _under_heading(sections, _VISION)


def _helps_near_top(sections: list[Section]) -> tuple[str, str | None] | None:
    seen = 0
    for section in sections:
        for block in _texts(section.blocks):
            seen += 1
            if seen > TOP_BLOCKS:
                return None
            for sentence in sentences(block.text)[:2]:
                if _HELP.match(sentence) and len(words(sentence)) >= 5:
                    return sentence, section.heading
    return None


def _texts(blocks: tuple[Block, ...]) -> list[Block]:
    return [b for b in blocks if b.kind != "heading" and b.link_share < 0.5]
