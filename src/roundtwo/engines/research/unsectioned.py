"""Postings without recognisable headings: tell duty lines from requirement lines by wording."""

from __future__ import annotations

import re

from .blocks import Block, words
from .model import Requirement
from .requirements import requirement_kind

_REQUIREMENT = re.compile(
    r"^(you (have|are|bring|know)|experience|\d+\+? ?years|at least|knowledge|proficien|familiar"
    r"|strong|excellent|good|solid|proven|deep|hands-on|degree|bachelor|master|phd|ability|able to"
    r"|understanding|fluent|fluency|background|track record|certif|qualified|working knowledge"
    r"|comfortable|confident|a passion|passionate|skilled|expert|must|minimum|demonstrable"
    r"|demonstrated|right to work|eligib|nice to have|bonus|ideally)",
    re.I,
)
_BENEFIT = re.compile(
    r"\b(holiday|vacation|pension|insurance|salary|equity|stock options|days off|parental"
    r"|leave|gym|wellbeing|well-being|learning budget|laptop|annual bonus|401k|healthcare plan"
    r"|cycle to work|free lunch|snacks|parking|weekly pay|discount|free \w+)\b",
    re.I,
)


def _vote(items: list[Block]) -> str:
    """What one unlabelled list is: requirements, duties or benefits, by majority of its items."""
    benefits = sum(1 for b in items if _BENEFIT.search(b.text))
    reqs = sum(1 for b in items if _REQUIREMENT.match(b.text) or requirement_kind(b.text) == "nice")
    duties = len(items) - benefits - reqs
    if benefits and benefits >= max(reqs, duties) / 2:
        return "benefits"
    return "requirements" if reqs >= duties else "duties"


def classify_loose_items(blocks: list[Block]) -> tuple[list[str], list[Requirement]]:
    """List items anywhere on the page, one list at a time: a list of mostly requirement-like
    openings is requirements, one with benefit wording is dropped, the rest are duties."""
    groups: dict[int, list[Block]] = {}
    for block in blocks:
        if block.kind == "item" and block.link_share <= 0.5 and 2 <= len(words(block.text)) <= 60:
            groups.setdefault(block.group, []).append(block)
    duties: list[str] = []
    reqs: list[Requirement] = []
    for items in groups.values():
        kind = _vote(items)
        if kind == "requirements":
            reqs += [Requirement(b.text, requirement_kind(b.text)) for b in items]
        elif kind == "duties":
            duties += [b.text for b in items if not b.text.lower().startswith(("we ", "our "))]
    return duties, reqs
