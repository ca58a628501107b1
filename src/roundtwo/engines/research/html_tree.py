"""Raw HTML to blocks, skipping page chrome (navigation, headers, footers, cookie banners).

Values and missions are read from this tree rather than from a readability extractor because
the chrome has to be recognised by its structure: a footer's link list and a values list look
alike once they are plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from .blocks import BOLD_LEVEL, LABEL_LEVEL, MAX_BLOCKS, MAX_CHARS, Block, clean, tight_punctuation

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_DROP = {
    "script", "style", "noscript", "template", "svg", "iframe", "canvas", "object", "form",
    "button", "select", "input", "textarea", "option", "head", "title", "meta", "link", "dialog",
}  # fmt: skip
_BLOCKS = {
    "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "ul", "ol",
    "li", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "blockquote",
    "pre", "figure", "figcaption", "address", "details", "summary", "body", "html", "hr", "center",
    "fieldset", "caption",
}  # fmt: skip
_BOLD = {"strong", "b"}
_CHROME_WORDS = {
    "nav", "navbar", "navigation", "menu", "menubar", "megamenu", "submenu", "footer", "cookie",
    "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "sitemap", "skip", "topbar",
    "social", "share", "sharing", "offcanvas", "drawer", "newsletter", "subscribe", "modal",
    "popup", "masthead", "legal", "copyright", "toc",
}  # fmt: skip
_CHROME_ROLES = {"navigation", "contentinfo", "menu", "menubar", "search", "dialog", "alertdialog"}
_CLASS_WORD = re.compile(r"[a-z]+|[A-Z][a-z]*")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.I)
_LAYOUT_CELL = ".//p|.//div|.//ul|.//ol|.//table|.//br|.//h1|.//h2|.//h3|.//h4"
_LABEL_LINE = re.compile(r"^[^.!?]{2,60}:$")
# "• line", and "– line" typed as a dash and a space (a hyphenated word has no space after it)
_TEXT_BULLET = re.compile(r"^(?:[•·▪●◦‣∙]\s*|[–—-]\s+)")
_CONSENT_WORDS = {"cookie", "cookies", "consent", "gdpr"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def parse_html(content: str) -> HtmlElement | None:
    """Parse any HTML-ish string; None when there is nothing to parse."""
    text = content[:MAX_CHARS].replace("\x00", "")
    if not text.strip():
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        # bytes, because lxml refuses a str that carries its own encoding declaration
        root = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError, TypeError):
        return None
    return root if isinstance(root, HtmlElement) else None


def _class_words(el: HtmlElement) -> set[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    return {w.lower() for w in _CLASS_WORD.findall(raw)}


def _has_main_heading(el: HtmlElement) -> bool:
    return bool(el.xpath(".//h1|.//h2"))


def is_hidden(el: HtmlElement) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def is_chrome(el: HtmlElement) -> bool:
    """Navigation, site header, footer, cookie banner and the like, by tag, role or class."""
    tag = el.tag if isinstance(el.tag, str) else ""
    role = (el.get("role") or "").lower()
    if tag in {"nav", "footer"} or role in _CHROME_ROLES:
        return True
    words = _class_words(el)
    if words & _CONSENT_WORDS:  # a cookie "banner" with its own h2 is still not the page
        return tag not in {"main", "article", "body"}
    if tag == "header" or role == "banner" or "header" in words or "banner" in words:
        # a page header holds the logo and menu; an article header or hero holds the title
        return bool(el.xpath(".//nav|.//ul")) or not _has_main_heading(el)
    if tag == "aside" or "sidebar" in words:
        return _link_share(el) > 0.5
    return bool(words & _CHROME_WORDS) and tag not in {"main", "article", "body"}


def _link_share(el: HtmlElement) -> float:
    total = len(clean(el.text_content()))
    linked = sum(len(clean(a.text_content())) for a in el.iter("a"))
    return linked / total if total else 0.0


def _iso_time(el: HtmlElement) -> str | None:
    raw = (el.get("datetime") or "").strip()
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", raw)
    if not m:
        return None
    return m.group(0) if m.group(3) else f"{m.group(1)}-{m.group(2)}"


@dataclass
class _Run:
    """Inline content gathered for the block being built."""

    parts: list[tuple[str, bool]] = field(default_factory=list)  # (text, bold)
    linked: int = 0
    date: str | None = None

    def add(self, text: str | None, bold: bool, link: bool) -> None:
        if text:
            self.parts.append((text, bold))
            if link:
                self.linked += len(text.strip())


_LISTS = {"ul", "ol", "dl"}
_ITEM_CELLS = {"li", "dt", "dd"}
_Item = tuple[int, int] | None  # (list group, nesting depth) while inside a list item


def _tag(el: object) -> str:
    tag = getattr(el, "tag", None)
    return tag.lower() if isinstance(tag, str) else ""


def _heading_level(el: HtmlElement, tag: str) -> int | None:
    if tag in _HEADINGS:
        return _HEADINGS[tag]
    if el.get("role") == "heading":
        level = el.get("aria-level") or "2"
        return int(level) if level.isdigit() else 2
    return None


def _is_bold(el: HtmlElement, tag: str) -> bool:
    return tag in _BOLD or bool(_BOLD_STYLE.search(el.get("style") or ""))


@dataclass
class _Walker:
    blocks: list[Block] = field(default_factory=list)
    groups: int = 0
    chars: int = 0
    bullet_group: int | None = None  # the list that "• line<br>• line" text is forming

    def flush(self, run: _Run, kind: str, level: int = 0, group: int = 0) -> _Run:
        text = clean("".join(t for t, _ in run.parts))
        if run.linked:  # only joined link text leaves "Go , Rust"
            text = tight_punctuation(text)
        if kind == "text" and _TEXT_BULLET.match(text):
            # bullets typed as characters are list items all the same
            if self.bullet_group is None:
                self.groups += 1
                self.bullet_group = self.groups
            kind, level, group, text = "item", 1, self.bullet_group, _TEXT_BULLET.sub("", text)
        elif text:
            self.bullet_group = None
        if text and self.chars < MAX_CHARS:
            self.chars += len(text)
            self.blocks.append(_make_block(run, text, kind, level, group))
        return _Run()

    def close(self, run: _Run, item: _Item) -> _Run:
        if item is not None:
            return self.flush(run, "item", item[1], item[0])
        return self.flush(run, "text")

    def children(self, el: HtmlElement, run: _Run, item: _Item, bold: bool, link: bool) -> _Run:
        run.add(el.text, bold, link)
        for child in el:
            if len(self.blocks) >= MAX_BLOCKS:
                break
            tag = _tag(child)
            if tag and tag not in _DROP and not is_hidden(child) and not is_chrome(child):
                run = self.element(child, tag, run, item, bold, link)
            run.add(child.tail, bold, link)
        return run

    def element(
        self, el: HtmlElement, tag: str, run: _Run, item: _Item, bold: bool, link: bool
    ) -> _Run:
        level = _heading_level(el, tag)
        if level is not None:
            run = self.close(run, item)
            heading = _Run()
            heading.add(el.text_content(), False, False)
            return self.flush(heading, "heading", level)
        if tag == "time":
            run.date = run.date or _iso_time(el)
        if tag == "br":
            run.add(" ", False, False)
            return run if item else self.close(run, item)
        if tag in _LISTS:
            return self.list(el, tag, self.close(run, item), item)
        if tag == "tr":
            return self.row(el, self.close(run, item), item)
        if tag in _BLOCKS and item is None:
            return self.close(self.children(el, self.close(run, item), None, False, False), None)
        # inline content, and paragraphs inside a list item: one item keeps its bold lead
        run.add(" ", bold, link)
        run = self.children(el, run, item, bold or _is_bold(el, tag), link or tag == "a")
        run.add(" ", bold, link)
        return run

    def list(self, el: HtmlElement, tag: str, run: _Run, item: _Item) -> _Run:
        self.groups += 1
        ctx = (self.groups, item[1] + 1 if item else 1)
        pending: str | None = None  # a <dt> waiting for its <dd>
        for child in el:
            child_tag = _tag(child)
            if not child_tag or child_tag in _DROP or is_hidden(child) or is_chrome(child):
                continue
            if child_tag == "dt":
                pending = clean(child.text_content())
                continue
            inner = _Run()
            if pending:
                inner.add(pending + ": ", True, False)
                pending = None
            if child_tag in _ITEM_CELLS:
                inner = self.children(child, inner, ctx, False, False)
            else:
                inner = self.element(child, child_tag, inner, ctx, False, False)
            self.close(inner, ctx)
        if pending:
            lone = _Run()
            lone.add(pending, False, False)
            self.close(lone, ctx)
        return run

    def row(self, el: HtmlElement, run: _Run, item: _Item) -> _Run:
        cells = [c for c in el if _tag(c) in {"td", "th"}]
        if any(c.xpath(_LAYOUT_CELL) for c in cells):
            # a layout table (old pages): each cell is a column of paragraphs, not a value
            for cell in cells:
                self.close(self.children(cell, _Run(), item, False, False), item)
            return _Run()
        run.add(" | ".join(t for t in (clean(c.text_content()) for c in cells) if t), False, False)
        return self.close(run, item)


def _make_block(run: _Run, text: str, kind: str, level: int, group: int) -> Block:
    lead = _bold_lead(run.parts)
    share = min(1.0, run.linked / len(text)) if text else 0.0
    if kind == "text" and lead is not None and clean(lead) == text and len(text) <= 80:
        return Block("heading", text, BOLD_LEVEL, link_share=share, date=run.date)
    if kind == "text" and _LABEL_LINE.match(text) and len(text.split()) <= 6:
        # "You'll:" on a line of its own heads what follows, as in plain text
        return Block("heading", text.rstrip(":").strip(), LABEL_LEVEL, link_share=share)
    if kind == "item":
        return Block("item", text, level, lead, group, share, run.date)
    if kind == "heading":
        return Block("heading", text, level, link_share=share, date=run.date)
    return Block("text", text, 0, lead, 0, share, run.date)


def _bold_lead(parts: list[tuple[str, bool]]) -> str | None:
    """The bold text a paragraph opens with, when it opens with bold text."""
    lead = []
    for text, bold in parts:
        if not text.strip():
            lead.append(text)
            continue
        if not bold:
            break
        lead.append(text)
    joined = clean("".join(lead))
    return joined or None


def html_blocks(root: HtmlElement) -> list[Block]:
    body = root.find(".//body")
    walker = _Walker()
    start = body if body is not None else root
    walker.close(walker.children(start, _Run(), None, False, False), None)
    return walker.blocks
