"""Turn fetched content (HTML, Markdown or plain text) into blocks plus page metadata."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from .blocks import MAX_CHARS, Block, clean
from .html_tree import html_blocks, parse_html
from .plain import text_blocks
from .structured import Item, structured_items

_ANY_TAG = re.compile(r"<[A-Za-z!/?][^>]{0,200}>")
_LOOKS_HTML = re.compile(r"<(html|body|div|p|h[1-6]|ul|li|section|article|span|br|table)\b", re.I)


@dataclass
class Document:
    blocks: list[Block]  # chrome-free blocks in reading order
    items: list[Item] = field(default_factory=list)  # schema.org items
    title: str | None = None  # <title> or og:title
    site_name: str | None = None  # og:site_name
    root: HtmlElement | None = None


def kind_of(content: str, content_type: str) -> str:
    """ "html", "markdown" or "text"; unknown types are sniffed."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in {"text/html", "application/xhtml+xml", "html"}:
        # text pasted into an HTML field has no tags; read as HTML it would lose its lines
        return "html" if _ANY_TAG.search(content[:20000]) else "text"
    if ctype in {"text/markdown", "text/x-markdown", "markdown", "md"}:
        return "markdown"
    if ctype in {"text/plain", "text", "txt"}:
        return "text"
    return "html" if _LOOKS_HTML.search(content[:5000]) else "text"


def _meta(root: HtmlElement, *names: str) -> str | None:
    for name in names:
        for el in root.xpath(f'//meta[@property="{name}" or @name="{name}"]'):
            value = clean(el.get("content") or "")
            if value:
                return value
    return None


def read_document(content: str, content_type: str) -> Document:
    content = (content or "")[:MAX_CHARS]
    if not content.strip():
        return Document([])
    if kind_of(content, content_type) != "html":
        return Document(text_blocks(content))
    root = parse_html(content)
    if root is None:
        return Document(text_blocks(content))
    title_el = root.find(".//title")
    title = clean(title_el.text_content()) if title_el is not None else None
    return Document(
        blocks=html_blocks(root),
        items=structured_items(root),
        title=_meta(root, "og:title") or title or None,
        site_name=_meta(root, "og:site_name", "application-name"),
        root=root,
    )


def fragment_blocks(content: str) -> list[Block]:
    """Blocks of an HTML or text fragment (a JSON-LD description)."""
    if "&lt;" in content:  # descriptions are often HTML escaped once more inside the JSON
        content = html.unescape(content)
    if _LOOKS_HTML.search(content):
        root = parse_html(f"<html><body>{content}</body></html>")
        return html_blocks(root) if root is not None else []
    return text_blocks(content)
