"""Markdown and plain text to blocks: '#' headings, bold lines, 'Heading:' lines, bullets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import BOLD_LEVEL, LABEL_LEVEL, MAX_BLOCKS, MAX_CHARS, Block, clean, words

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+•·▪●◦–]|\(?\d{1,2}[.)]|[a-z][.)])\s+(.*)$")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$")
_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*(.+)$")
# No brackets inside the text, no parentheses inside the address: each scan stops at the next
# one, so "[[[[..." costs linear time instead of quadratic.
_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)")
_RULE = re.compile(r"^\s*([-*_=])(\s*\1){2,}\s*$")


def _inline(text: str) -> str:
    return clean(_EMPHASIS.sub("", _LINK.sub(r"\1", text)))


def _is_label_heading(line: str) -> bool:
    text = line.strip()
    return text.endswith(":") and 0 < len(words(text)) <= 8


def _is_short_heading(line: str, previous: str, following: str) -> bool:
    """Plain text: a short capitalised line between a blank line and a paragraph ("The role")."""
    text = line.strip()
    return (
        not previous.strip()
        and bool(following.strip())
        and text[:1].isupper()
        and 1 <= len(words(text)) <= 5
        and not text.endswith((".", "!", "?", ",", ";"))
    )


def _is_caps_heading(line: str) -> bool:
    """ "ABOUT THE ROLE"; a line of tool names in capitals ("HTML5 CSS3", "AWS GCP") is not."""
    letters = [c for c in line if c.isalpha()]
    found = words(line)
    if any(c.isdigit() for c in line) or not any(len(w) >= 5 for w in found):
        return False
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(found) <= 8


@dataclass
class _Reader:
    blocks: list[Block] = field(default_factory=list)
    group: int = 0
    in_list: bool = False

    def heading(self, text: str, level: int) -> None:
        if _inline(text):
            self.blocks.append(Block("heading", _inline(text).rstrip(":").strip(), level))
        self.in_list = False

    def item(self, indent: str, text: str) -> None:
        if not self.in_list:
            self.group += 1
            self.in_list = True
        lead = _BOLD_LEAD.match(text)
        depth = 1 + len(indent.replace("\t", "    ")) // 2
        body = _inline(text)
        if body:
            self.blocks.append(
                Block("item", body, depth, _inline(lead.group(1)) if lead else None, self.group)
            )

    def text(self, line: str) -> None:
        lead = _BOLD_LEAD.match(line)
        body = _inline(line)
        prev = self.blocks[-1] if self.blocks else None
        wrapped = body[:1].islower() and prev is not None and not prev.text.endswith((".", ":"))
        indented = line[:2].isspace() and prev is not None and prev.kind == "item"
        if prev is not None and prev.kind != "heading" and (wrapped or indented):
            # a hard-wrapped line continues the paragraph (or bullet) above it
            self.blocks[-1] = Block(
                prev.kind, f"{prev.text} {body}", prev.level, prev.lead, prev.group
            )
            return
        self.in_list = False
        self.blocks.append(Block("text", body, lead=_inline(lead.group(1)) if lead else None))

    def line(self, line: str, previous: str, following: str) -> bool:
        """Read one line; True when it also used the next line (a Setext underline)."""
        if not line.strip() or _RULE.match(line):
            return False
        if following.strip() and _SETEXT.match(following) and not _BULLET.match(line):
            self.heading(line, 1 if following.strip()[0] == "=" else 2)
            return True
        if m := _ATX.match(line):
            self.heading(m.group(2), len(m.group(1)))
        elif m := _BOLD_LINE.match(line):
            self.heading(m.group(1), BOLD_LEVEL)
        elif m := _BULLET.match(line):
            self.item(m.group(1), m.group(2))
        elif _is_label_heading(line) or _is_caps_heading(line):
            self.heading(line, LABEL_LEVEL if line.strip().endswith(":") else 4)
        elif self.blocks and _is_short_heading(line, previous, following):
            self.heading(line, 4)
        else:
            self.text(line)
        return False


def text_blocks(content: str) -> list[Block]:
    lines = content[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    reader = _Reader()
    skip = False
    for i, line in enumerate(lines):
        if len(reader.blocks) >= MAX_BLOCKS:
            break
        if skip:
            skip = False
            continue
        previous = lines[i - 1] if i > 0 else ""
        skip = reader.line(line, previous, lines[i + 1] if i + 1 < len(lines) else "")
    return [b for b in reader.blocks if b.text]
