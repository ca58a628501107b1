"""Main text through trafilatura (drops menus, cookie banners, footers), as blocks."""

from __future__ import annotations

import copy
import re

import lxml.etree
import trafilatura
from lxml.html import HtmlElement

from .blocks import BOLD_LEVEL, Block, clean

_REND_LEVEL = re.compile(r"h([1-6])")
MAX_ELEMENTS = 15_000  # trafilatura takes seconds beyond this; the raw walk is used alone


def readable_blocks(root: HtmlElement) -> list[Block]:
    """Blocks of the page's main text, or [] when trafilatura finds none (or fails)."""
    if sum(1 for _ in root.iter()) > MAX_ELEMENTS:
        return []
    try:
        # trafilatura prunes the tree it is given, and the caller still needs the original
        xml = trafilatura.extract(
            copy.deepcopy(root),
            output_format="xml",
            include_formatting=True,
            include_links=False,
            include_comments=False,
            include_tables=True,
            include_images=False,
            favor_recall=True,
            deduplicate=False,
        )
    except Exception:  # noqa: BLE001 - a third-party parser failing must leave a fallback
        return []
    if not xml:
        return []
    try:
        doc = lxml.etree.fromstring(xml.encode("utf-8"))
    except lxml.etree.XMLSyntaxError:
        return []
    main = doc.find("main")
    return _blocks(main if main is not None else doc)


def _text(el: lxml.etree._Element) -> str:
    return clean("".join(el.itertext()))


def _lead(el: lxml.etree._Element) -> str | None:
    """Bold text a paragraph opens with (trafilatura marks bold as <hi rend="#b">)."""
    if (el.text or "").strip():
        return None
    first = next(iter(el), None)
    if first is not None and first.tag == "hi" and "#b" in (first.get("rend") or ""):
        return _text(first) or None
    return None


def _blocks(root: lxml.etree._Element) -> list[Block]:
    blocks: list[Block] = []
    group = 0
    for el in root:
        text = _text(el)
        if not text:
            continue
        if el.tag == "head":
            m = _REND_LEVEL.search(el.get("rend") or "")
            blocks.append(Block("heading", text, int(m.group(1)) if m else 2))
        elif el.tag == "list":
            group += 1
            blocks += [
                Block("item", _text(item), 1, _lead(item), group)
                for item in el.iter("item")
                if _text(item)
            ]
        elif el.tag == "table":
            for row in el.iter("row"):
                cells = [_text(c) for c in row.iter("cell")]
                blocks.append(Block("text", " | ".join(c for c in cells if c)))
        else:
            lead = _lead(el)
            if lead is not None and lead == text and len(text) <= 80:
                blocks.append(Block("heading", text, BOLD_LEVEL))
            else:
                blocks.append(Block("text", text, lead=lead))
    return blocks
