"""Plain text from HTML, for places that want words, not structure (a resume saved as HTML)."""

from __future__ import annotations

import lxml.html


def html_to_text(html: str) -> str:
    if not html.strip():
        return ""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for block in tree.xpath("//p|//li|//h1|//h2|//h3|//h4|//div|//br|//tr"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in tree.text_content().splitlines() if line.strip())
