"""Goals, products, industry and competitors: what a company says it does and plans."""

from __future__ import annotations

import re

from .blocks import Block, clean, sentences, strip_punct, with_lead, words
from .sections import Section
from .structured import Item, of_type, text

MAX_GOALS = 10
MAX_PRODUCTS = 15
_GOAL_SENTENCE = re.compile(
    r"\b(this year,? we('ll| will| are going to| plan to| aim to)|in 20\d\d,? we('ll| will| plan"
    r"| aim)|by (the end of )?20\d\d,? we('ll| will| aim| plan| want)|our (goal|aim|ambition"
    r"|priority|priorities|objective) (is|are|for|this)|we aim to|we plan to|we're aiming"
    r"|our next step|over the next (year|two years|three years|\w+ months))\b",
    re.I,
)
_INDUSTRY = re.compile(
    r"\bin the ([\w&-]+(?: [\w&-]+){0,2}) (industry|sector)\b"
    r"|^(?:industry|sector)\s*:\s*(.{3,60})$",
    re.I,
)
_COMPETITORS = re.compile(
    r"\b(?:compete[sd]? (?:directly )?(?:with|against)|competitors (?:include|such as|like|are)"
    r"|alternatives? to|rivals? (?:include|such as|like))\s+([^.;:]+)",
    re.I,
)
_NAME = re.compile(r"^[A-Z0-9][\w&.'’+-]*(?: [A-Z0-9&][\w&.'’+-]*){0,3}$")


def _lines(section: Section, limit: int) -> list[str]:
    items = [b.text for b in section.items() if b.link_share < 0.5]
    if not items:
        texts = [b.text for b in section.blocks if b.kind == "text"]
        items = [s for t in texts for s in sentences(t) if not s.endswith(":")]
    return [clean(i) for i in items if 2 <= len(words(i)) <= 50][:limit]


def _goal_sentences(section: Section) -> list[str]:
    texts = [b.text for b in section.blocks if b.kind != "heading"]
    return [s for t in texts for s in sentences(t) if _GOAL_SENTENCE.search(s) and s[-1] != ":"]


def find_goals(sections: list[Section]) -> list[tuple[str, str | None]]:
    """Lines under a goals/strategy heading, then "this year we will..." sentences anywhere."""
    found: list[tuple[str, str | None]] = []
    for section in sections:
        if section.kind == "goals":
            heads = [b.text for b in section.blocks if b.kind == "heading"]
            found += [(line, section.heading) for line in heads + _lines(section, MAX_GOALS)]
    for section in sections:
        found += [(s, section.heading) for s in _goal_sentences(section)]
    unique: dict[str, tuple[str, str | None]] = {}
    for line, heading in found:
        unique.setdefault(line, (line, heading))
    return list(unique.values())[:MAX_GOALS]


def _product_names(section: Section) -> list[str]:
    heads = [b.text for b in section.blocks if b.kind == "heading" and len(words(b.text)) <= 6]
    if len(heads) >= 2:
        return heads  # one sub-heading per product; their bullet lists are features
    names = []
    for block in section.blocks:
        if block.kind == "heading" or block.link_share > 0.5:
            continue
        led = with_lead(block)
        if led.lead and len(words(led.lead)) <= 6:
            names.append(strip_punct(led.lead))
        elif block.kind == "item" and len(words(block.text)) <= 12:
            names.append(strip_punct(block.text))
    return names or _lines(section, 5)


def find_products(sections: list[Section], items: list[Item]) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for item in of_type(items, {"product", "service", "softwareapplication", "mobileapplication"}):
        if name := text(item.get("name")):
            found.append((name, None))
    for section in sections:
        if section.kind == "products":
            found += [(name, section.heading) for name in _product_names(section)]
    unique: dict[str, tuple[str, str | None]] = {}
    for name, heading in found:
        unique.setdefault(name.lower(), (name, heading))
    return list(unique.values())[:MAX_PRODUCTS]


def find_industry(blocks: list[Block], items: list[Item]) -> str | None:
    for item in items:
        if found := text(item.get("industry")):
            return found
    for block in blocks:
        for sentence in sentences(block.text):
            if m := _INDUSTRY.search(sentence):
                return strip_punct(m.group(1) or m.group(3))
    return None


def _leading_name(part: str) -> str | None:
    """ "with Tidewell" -> "Tidewell"; "Brook Business on service" -> "Brook Business"."""
    run: list[str] = []
    for token in strip_punct(part).split():
        if not run and token[:1].islower():
            continue  # "with", "the"
        if not (token[:1].isupper() or token[:1].isdigit()) or len(run) == 4:
            break
        run.append(token)
    name = " ".join(run)
    return name if name and _NAME.match(name) else None


def find_competitors(blocks: list[Block]) -> list[str]:
    found: list[str] = []
    for block in blocks:
        for m in _COMPETITORS.finditer(block.text):
            parts = re.split(r",\s*|\s+(?:and|or|&)\s+", m.group(1))
            found += [n for n in (_leading_name(p) for p in parts) if n]
    return list(dict.fromkeys(found))
