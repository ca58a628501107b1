"""The one shape every input is turned into: a flat list of blocks in reading order.

HTML (raw or through trafilatura), Markdown and plain text each become headings, paragraphs and
list items, so the section, value, mission and news rules are written once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

BlockKind = Literal["heading", "text", "item"]

MAX_CHARS = 2_000_000  # pages beyond this are cut: nothing useful sits after 2 MB of text
MAX_BLOCKS = 20_000  # and after this many paragraphs and items (a 2 MB list would take seconds)
BOLD_LEVEL = 5  # a line that is bold and nothing else acts as a heading below h4
LABEL_LEVEL = 6  # a short "Heading:" line


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    level: int = 0  # heading level; for items, list nesting depth
    lead: str | None = None  # bold or "Name:" lead-in of a paragraph or item
    group: int = 0  # items of one list share a group
    link_share: float = 0.0  # share of the text inside links: navigation is nearly all links
    date: str | None = None  # ISO date of a <time datetime> inside the block


_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# a space before a comma or a sentence end comes from joining link text ("Go , Rust"); a space
# before ".NET" or ":hover" is the text's own
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=\w) +([,;!?)]|[.:](?=\s|$))")


def clean(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00a0", " ").replace("\u200b", "")).strip()


def tight_punctuation(text: str) -> str:
    """No space before a comma or a sentence end, as joined link text leaves ("Go , Rust")."""
    return _SPACE_BEFORE_PUNCT.sub(r"\1", text)


def sentences(text: str) -> list[str]:
    """Rough sentence split: good enough for the short paragraphs of about pages."""
    return [s.strip() for s in _SENTENCE_END.split(clean(text)) if s.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def norm(text: str) -> str:
    """Lower-case words only, for comparing and deduplicating."""
    return " ".join(words(text.lower()))


def strip_punct(text: str) -> str:
    return text.strip().strip(" \t.,;:!?-–—•*·|#>").strip()


def with_lead(block: Block) -> Block:
    """Read a "Name: description" or "Name — description" lead from plain text."""
    if block.lead is not None or block.kind == "heading":
        return block
    m = re.match(r"^([^:–—]{2,60}?)\s*(?::|\s[–—-]\s)\s*(\S.*)$", block.text)
    if m and len(words(m.group(1))) <= 6:
        return replace(block, lead=m.group(1).strip())
    return block


def rest_after_lead(block: Block) -> str:
    """The block's text without its lead-in."""
    if not block.lead:
        return block.text
    text = block.text
    if text.startswith(block.lead):
        text = text[len(block.lead) :]
    return text.lstrip(" \t:.–—-").strip()
