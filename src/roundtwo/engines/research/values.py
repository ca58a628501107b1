"""Company values and principles in the layouts pages use: a sub-heading per value, "Name:
description" bullets, a bold name opening a paragraph, a run of short sentences, or a sentence
that lists them.

Sections headed as values or principles are found in the heading outline (value_outline); the
readers here handle a section's own paragraphs when it has no sub-headings or named list.
Sections headed as culture ("How we work") count only when the page has no values section and
they name at least two things in bold; lists that are mostly links are skipped. Navigation,
footers, benefits and feature lists sit under other headings and are not values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block, rest_after_lead, sentences, strip_punct, with_lead, words
from .sections import Section
from .value_outline import (
    FoundValue,
    ListKind,
    Node,
    behaviours,
    heading_values,
    list_kind,
    named_list,
    outline,
    top_children,
)

MAX_NAME_WORDS = 6
_VALUES_HEADING = re.compile(
    r"\b(values|what we value|principles|what we believe|we believe|what we stand for|beliefs"
    r"|tenets|our code|what guides us|our dna|behaviours|behaviors)\b"
)
_NOT_A_NAME = re.compile(
    r"^(read|learn|find out|see|view|explore|discover) (more|all)\b|^(join us|apply( now)?"
    r"|contact( us)?|sign (up|in)|log in|get started|download|subscribe|book a demo|shop now"
    r"|buy now|try (it )?free|start free)\b|^(home|menu|back|next|previous|close|more)$"
    r"|[?@/]|https?:|\.com\b",
    re.I,
)
_INLINE = re.compile(
    r"\b(?:our|the)(?: [a-z]+){0,2} values(?: are| include)?\s*(?::|are|include)\s*(.+)$"
    r"|\bwe value\s+(.+)$",
    re.I,
)
_CLAUSE = re.compile(r"^(we|they|it|this|these|those|which|who|that|our|you|i)\b", re.I)
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}|[ivx]{1,4})\s*[.):/-]?\s+|^\W+", re.I)


def value_name(raw: str) -> str | None:
    """A clean value name, or None when the text cannot be one (too long, a link label)."""
    name = strip_punct(_NUMBERING.sub("", raw))
    n = len(words(name))
    if not 1 <= n <= MAX_NAME_WORDS or len(name) > 60 or _NOT_A_NAME.search(name):
        return None
    return name


def _named(name: str | None, desc: str | None, section: Section) -> FoundValue | None:
    return FoundValue(name, desc or None, section.heading) if name else None


def _item_value(block: Block, section: Section) -> FoundValue | None:
    led = with_lead(block)
    if led.lead and (name := value_name(led.lead)):
        return _named(name, rest_after_lead(led), section)
    first = sentences(block.text)
    if len(first) > 1:  # "Own the outcome. We finish what we start."
        return _named(value_name(first[0]), " ".join(first[1:]), section)
    return _named(value_name(block.text), None, section)


def _paragraph_value(block: Block, section: Section) -> tuple[FoundValue | None, bool]:
    """A value from a paragraph, and whether the evidence is strong (a bold name) rather than
    a pattern that intros also fit ("In short: ...", "We are a small team. ...")."""
    if block.lead:
        return _named(value_name(block.lead), rest_after_lead(block), section), True
    led = with_lead(block)
    if led.lead:
        return _named(value_name(led.lead), rest_after_lead(led), section), False
    first = sentences(block.text)
    if len(first) > 1 and not _CLAUSE.match(first[0]):  # not "We're proud of it. ..."
        return _named(value_name(first[0]), " ".join(first[1:]), section), False
    return None, False


def _title_line(block: Block, after: Block | None, section: Section) -> FoundValue | None:
    """A card whose name is a plain line and whose description is the next paragraph."""
    if after is None or after.kind != "text" or len(words(after.text)) < 4:
        return None
    if block.text.rstrip().endswith((".", "!", "?", ":")) or _CLAUSE.match(block.text):
        return None
    return _named(value_name(block.text), after.text, section)


def _link_groups(section: Section) -> set[int]:
    """Lists whose items are mostly links: menus that slipped past the chrome filter."""
    shares: dict[int, list[float]] = {}
    for b in section.items():
        shares.setdefault(b.group, []).append(b.link_share)
    return {g for g, s in shares.items() if sum(s) / len(s) > 0.5}


def _from_blocks(section: Section) -> list[FoundValue]:
    skip = _link_groups(section)
    strong: list[FoundValue] = []
    weak: list[FoundValue] = []
    blocks = section.blocks
    used: set[int] = set()
    for i, block in enumerate(blocks):
        if i in used or block.kind == "heading" or (block.kind == "item" and block.group in skip):
            continue
        if block.kind == "item":
            if one := _item_value(block, section):
                strong.append(one)
            continue
        if listed := _inline(block, section.heading) or _sentence_run(block, section):
            strong += listed
            continue
        one, sure = _paragraph_value(block, section)
        if one is None and (one := _title_line(block, _next(blocks, i), section)):
            used.add(i + 1)
        if one is not None:
            (strong if sure else weak).append(one)
    return strong + (weak if len(weak) >= 2 else [])


def _next(blocks: tuple[Block, ...], i: int) -> Block | None:
    return blocks[i + 1] if i + 1 < len(blocks) else None


def _sentence_run(block: Block, section: Section) -> list[FoundValue]:
    """ "Own the outcome. Say it plainly. Keep it small." -> three values."""
    parts = [strip_punct(s) for s in re.split(r"[.;!]\s+|[.;!]$", block.text) if strip_punct(s)]
    names = [value_name(p) for p in parts]
    if len(parts) < 2 or any(n is None or _CLAUSE.match(n) for n in names):
        return []  # "We hire for it. It shows." is prose in short sentences
    return [FoundValue(n, None, section.heading) for n in names if n]


def _inline(block: Block, section: str | None) -> list[FoundValue]:
    """ "Our values: Own the outcome. Say it plainly." or "Our values are care, craft and
    candour." anywhere in a paragraph."""
    m = _INLINE.search(block.text)
    if m is None:
        return []
    tail = m.group(1) or m.group(2) or ""
    opener = block.text[m.start() : m.start(1) if m.group(1) else m.start(2)]
    colon = ":" in opener or ":" in tail
    tail = tail.split(":", 1)[1] if ":" in tail else tail
    if not colon and "," not in tail:
        return []  # "Our values are important to us and guide..." is prose, not a list
    parts = [strip_punct(p) for p in re.split(r"[.;]\s*|,\s*(?:and\s+|&\s+)?|\s+and\s+", tail)]
    names: list[str] = []
    for part in (p for p in parts if p):
        name = value_name(part)
        if name is None or _CLAUSE.match(name):
            break  # "..., and we expect partners to share them": the list has ended
        names.append(name[:1].upper() + name[1:])
    return [FoundValue(n, None, section) for n in names] if len(names) >= 2 else []


def _bold_named(section: Section) -> list[FoundValue]:
    """Culture sections: only names set in bold ("<strong>Say it plainly.</strong> We...")."""
    skip = _link_groups(section)
    found = [
        one
        for b in section.blocks
        if b.kind != "heading" and b.group not in skip and b.lead and b.lead != b.text
        if (one := _named(value_name(b.lead), rest_after_lead(b), section)) is not None
    ]
    return found if len(found) >= 2 else []


_PRINCIPLES_INTRO = re.compile(r"(principles|behaviou?rs|tenets)[^.]*:$", re.I)


@dataclass
class Found:
    values: list[FoundValue] = field(default_factory=list)
    principles: list[FoundValue] = field(default_factory=list)

    def add(self, kind: ListKind, found: list[FoundValue]) -> None:
        (self.values if kind == "values" else self.principles).extend(found)


def _read(node: Node, kind: ListKind, out: Found) -> None:
    """One section headed as values or principles: its sub-sections that are headed so
    themselves ("Product values", "Project values"), else its named list, else its top-level
    sub-headings (each value's behaviours are principles), else its paragraphs."""
    subs = [(c, k) for c in top_children(node) if (k := list_kind(c.title)) is not None]
    if listed := named_list(node.body, node.title):
        out.add(kind, listed)
    elif subs:
        for child, child_kind in subs:
            _read(child, child_kind, out)
    elif headed := heading_values(node):
        out.add(kind, [v for v, _ in headed])
        if kind == "values":
            out.principles += [b for _, child in headed for b in behaviours(child)]
    else:
        out.add(kind, _from_blocks(Section(kind, node.title, node.level, tuple(node.body))))


def _walk(node: Node, out: Found) -> bool:
    """Read every section headed as values or principles; True when there was one."""
    kind = list_kind(node.title)
    if kind is not None:
        _read(node, kind, out)
        return True
    found = False
    for child in node.children:  # every child is read: no stopping at the first section
        found = _walk(child, out) or found
    return found


def _introduced_principles(blocks: list[Block]) -> list[FoundValue]:
    """A named list that a sentence introduces as principles ("a few more principles:")."""
    found: list[FoundValue] = []
    for i, block in enumerate(blocks[1:], 1):
        before = blocks[i - 1]
        if block.kind == "item" and before.kind == "text" and _PRINCIPLES_INTRO.search(before.text):
            same = [b for b in blocks[i:] if b.kind == "item" and b.group == block.group]
            found += named_list(same, None)
    return found


def _fallback(sections: list[Section]) -> list[FoundValue]:
    """No section headed as values: bold names under a culture heading, or a sentence that
    lists the values ("Our values are care, craft and candour.")."""
    found: list[FoundValue] = []
    for section in sections:
        if section.kind == "culture":
            found += _bold_named(section) or [
                v for b in section.blocks if b.kind == "text" for v in _inline(b, section.heading)
            ]
    return found or [
        v for s in sections for b in s.blocks if b.kind == "text" for v in _inline(b, s.heading)
    ]


def _unique(found: list[FoundValue], taken: set[str] = frozenset()) -> list[FoundValue]:  # type: ignore[assignment]
    unique: dict[str, FoundValue] = {}
    for value in found:
        if value.name.lower() not in taken:
            unique.setdefault(value.name.lower(), value)
    return list(unique.values())


def find_values(
    blocks: list[Block], sections: list[Section]
) -> tuple[list[FoundValue], list[FoundValue]]:
    """(values, principles) of a page, each in page order with the sentence it came from."""
    out = Found()
    if not _walk(outline(blocks), out):
        out.values = _fallback(sections)
    out.principles += _introduced_principles(blocks)
    values = _unique(out.values)
    return values, _unique(out.principles, {v.name.lower() for v in values})
