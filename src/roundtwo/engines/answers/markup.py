"""Pasted HTML or Markdown: hide the markup from the analysis without moving any text.

Each piece of markup (tags, comments, script and style blocks, entities, Markdown headings,
bullets, emphasis, code ticks, link targets) is replaced by spaces of the same length, so every
character offset stays what it was in the input. The parser then sees plain prose, and each
sentence the engine reports is still a slice of the input with its text unchanged: inline markup
inside a sentence ("by <b>40%</b>") stays in its text, markup between sentences ("</p><p>",
"* **Action**:" bullets) falls in the gaps between them.
"""

from __future__ import annotations

import re

_BLOCK_OPEN = re.compile(r"<!--|<(script|style)\b", re.IGNORECASE)
# Every repeat is bounded so that unclosed markers in a long paste cannot make matching quadratic.
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s[^<>]{0,2000})?/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});")
_ENTITY_CHARS = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
_MD_LINE_MARKERS = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)")
# the emphasised text may not contain another marker, so a scan stops at the next one
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`{1,3})(?=[^\s*_`])([^*_`\n]{1,300})(?<=\S)\1")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\([^()\s]{1,500}\)")
_MD_RULE = re.compile(r"(?m)^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$")


def _mask_blocks(text: str) -> str:
    """Comments and script or style blocks, found by a forward scan: an unclosed one stops the
    scan, so a paste full of "<!--" costs one pass, not one pass per opener."""
    low, out, pos = text.lower(), [], 0
    while (m := _BLOCK_OPEN.search(text, pos)) is not None:
        closer = "-->" if m.group(1) is None else "</" + m.group(1).lower()
        end = low.find(closer, m.end())
        if end >= 0 and closer != "-->":
            end = low.find(">", end)
        if end < 0:
            break
        end += 3 if closer == "-->" else 1
        out += [text[pos : m.start()], " " * (end - m.start())]
        pos = end
    return "".join([*out, text[pos:]])


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _entity(match: re.Match[str]) -> str:
    # keep the character an entity stands for where there is one, padded to the same length
    char = _ENTITY_CHARS.get(match.group(0).lower(), " ")
    return char.ljust(len(match.group(0)))


def _emphasis(match: re.Match[str]) -> str:
    mark = " " * len(match.group(1))
    return mark + match.group(2) + mark


def _link(match: re.Match[str]) -> str:
    label = match.group(1)
    return " " + label + " " * (len(match.group(0)) - len(label) - 1)


def mask_markup(text: str) -> str:
    """`text` with markup replaced by spaces; same length, same offsets for every other char.
    A curly apostrophe becomes a straight one: the parser reads "could’ve used" as a subject
    "’ve" and a past verb, where "could've used" is a hypothetical."""
    text = text.replace("\u2019", "'")
    if "<" in text or "&" in text:
        text = _mask_blocks(text)
        text = _HTML_TAG.sub(_blank, text)
        text = _ENTITY.sub(_entity, text)
    text = _MD_RULE.sub(_blank, text)
    text = _MD_LINE_MARKERS.sub(_blank, text)
    text = _MD_LINK.sub(_link, text)
    return _MD_EMPHASIS.sub(_emphasis, text)
