"""Values and principles read from the page's heading outline, the way a reader finds them.

A value is a heading or a bold lead-in that a describing sentence follows, under a heading that
names values ("Our values", "What we value"); a principle or behaviour is the same under a
heading that names principles, or a lead-named item inside one value's own section ("Assume
positive intent." under "Empathy"). Only the top level of such a section counts: the "Examples"
and "In practice" sub-headings under each value, and the "Last updated" and "Edit this page"
lines after them, have no describing sentence of their own or sit deeper than the values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .blocks import Block, rest_after_lead, sentences, strip_punct, with_lead, words
from .sections import heading_words

ListKind = Literal["values", "principles"]
MAX_HEADING_WORDS = 10  # "Work in the open to help clear a path" is one value
MIN_DESCRIPTION_WORDS = 1
_VALUES = re.compile(
    r"\b(values|what we value|what we believe|we believe|what we stand for|beliefs|our code"
    r"|what guides us|our dna)\b"
)
_PRINCIPLES = re.compile(
    r"\b(principles|tenets|behaviours|behaviors|how we behave|our approach|guiding ideas)\b"
)
_NOT_A_NAME = re.compile(
    r"^(read|learn|find out|see|view|explore|discover|edit|report|share|print|download)\b"
    r"|^(join us|apply|contact|sign (up|in)|log in|get started|subscribe|book a demo|last updated"
    r"|updated|published|on this page|contents|table of contents|page details)\b"
    r"|[?@/]|https?:|\.com\b|^(home|menu|back|next|previous|close|more|summary|examples?)$",
    re.I,
)
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}|[ivx]{1,4})\s*[.):/-]?\s+|^\W+", re.I)
_DATE = re.compile(r"\b(19|20)\d\d[-/.]\d\d?\b|\b(updated|modified|published)\b", re.I)


@dataclass(frozen=True)
class FoundValue:
    name: str
    description: str | None  # the page's own sentence that explains the value
    section: str | None


@dataclass
class Node:
    heading: Block | None
    level: int
    body: list[Block] = field(default_factory=list)  # blocks before the first sub-heading
    children: list[Node] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        return self.heading.text if self.heading is not None else None


def outline(blocks: list[Block]) -> Node:
    """The page as a tree of headings, each with the blocks it opens."""
    root = Node(None, 0)
    stack = [root]
    for block in blocks:
        if block.kind != "heading":
            stack[-1].body.append(block)
            continue
        while len(stack) > 1 and stack[-1].level >= block.level:
            stack.pop()
        node = Node(block, block.level)
        stack[-1].children.append(node)
        stack.append(node)
    return root


def list_kind(heading: str | None) -> ListKind | None:
    text = heading_words(heading or "")
    if not text or len(text.split()) > 8 or "?" in (heading or ""):
        return None
    if _VALUES.search(text):
        return "values"
    return "principles" if _PRINCIPLES.search(text) else None


def clean_name(raw: str, max_words: int = MAX_HEADING_WORDS) -> str | None:
    """A value's name without numbering or emoji, or None when the text cannot be one."""
    name = strip_punct(_NUMBERING.sub("", raw))
    if (
        raw.rstrip().endswith("?")
        or not 1 <= len(words(name)) <= max_words
        or len(name) > 90
        or _NOT_A_NAME.search(name)
    ):
        return None
    return name


def describing_sentence(blocks: list[Block]) -> str | None:
    """The first sentence of the first block, when it is prose and not links or a date line."""
    first = next((b for b in blocks if b.kind != "heading"), None)
    if first is None or first.link_share >= 0.5:
        return None
    text = rest_after_lead(first) if first.lead and first.lead != first.text else first.text
    sentence = next(iter(sentences(text)), "")
    if len(words(sentence)) < MIN_DESCRIPTION_WORDS or _DATE.search(sentence[:40]):
        return None
    return sentence


def _named_item(block: Block, section: str | None) -> FoundValue | None:
    """ "Name: what it means" or "<b>Name.</b> What it means" as a value or principle."""
    led = with_lead(block)
    if not led.lead or led.lead == led.text:
        return None
    name = clean_name(led.lead)
    rest = next(iter(sentences(rest_after_lead(led))), None)
    if name is None or rest is None or len(words(rest)) < MIN_DESCRIPTION_WORDS:
        return None
    return FoundValue(name, rest, section)


def named_list(blocks: list[Block], section: str | None) -> list[FoundValue]:
    """The first list whose items are mostly lead-named ("Craftsmanship: We pursue...")."""
    groups: dict[int, list[Block]] = {}
    for block in blocks:
        if block.kind == "item" and block.level == 1 and block.link_share < 0.5:
            groups.setdefault(block.group, []).append(block)
    for items in groups.values():
        named = [_named_item(b, section) for b in items]
        if sum(1 for v in named if v) >= 2 and sum(1 for v in named if v) * 2 > len(items):
            # an unnamed item that is short enough to be a name is a value without a gloss
            found = []
            for value, block in zip(named, items, strict=True):
                name = clean_name(block.text, 6)
                if value is None and name is not None and len(sentences(block.text)) == 1:
                    value = FoundValue(name, None, section)
                if value is not None:
                    found.append(value)
            return found
    return []


def top_children(node: Node) -> list[Node]:
    """The sub-sections at the section's highest sub-heading level: a bold "Artsy has 5 core
    values" line above the value headings is a caption, not a level of its own."""
    top = min((c.level for c in node.children), default=0)
    return [c for c in node.children if c.level == top]


def _subtree_blocks(node: Node) -> list[Block]:
    return [*node.body, *(b for c in node.children for b in _subtree_blocks(c))]


def heading_values(node: Node) -> list[tuple[FoundValue, Node]]:
    """The top-level sub-headings of a section that a describing sentence follows."""
    found = []
    for child in top_children(node):
        if child.heading is None or child.heading.link_share > 0.5:
            continue
        name = clean_name(child.heading.text)
        sentence = describing_sentence(_subtree_blocks(child))
        if name is not None and sentence is not None:
            found.append((FoundValue(name, sentence, node.title), child))
    return found if len(found) >= 2 else []


def behaviours(node: Node) -> list[FoundValue]:
    """Behaviours listed under one value: lead-named items, or the opening clause of each item
    of its one list when none is named ("Assume positive intent when receiving feedback.")."""
    blocks = _subtree_blocks(node)
    items = [b for b in blocks if b.kind == "item" and b.level == 1 and b.link_share < 0.5]
    found = []
    for item in items:
        named = _named_item(item, node.title)
        if named is not None:
            found.append(named)
        elif first := next(iter(sentences(item.text)), None):
            name = strip_punct(re.split(r"[:;,]\s", first, maxsplit=1)[0])
            if 2 <= len(words(name)) <= 14:
                found.append(FoundValue(name, first, node.title))
    return found if len(found) >= 2 else []
