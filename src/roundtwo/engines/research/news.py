"""Recent developments: dated news items (a <time datetime>, or a date written in the text),
newest first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Block, sentences, strip_punct, words
from .dates import find_date
from .sections import Section
from .structured import ARTICLE_TYPES, Item, of_type, text

MAX_ITEMS = 30
_SKIP_KINDS = {"history", "team", "contact", "benefits", "values", "mission"}
_DATE_ONLY_WORDS = 8  # "Posted 12 March 2026 · 3 min read" is a date line, not a story


@dataclass(frozen=True)
class FoundNews:
    date: str | None
    title: str
    summary: str | None
    section: str | None


def _date_of(block: Block) -> str | None:
    if block.date:
        return block.date
    found = find_date(block.text)
    return found[0] if found else None


def _is_date_line(block: Block) -> bool:
    return (
        block.kind != "heading"
        and _date_of(block) is not None
        and (len(words(block.text)) <= _DATE_ONLY_WORDS)
    )


def _without_date(text: str) -> str:
    found = find_date(text)
    if found is None:
        return text
    return strip_punct(text[: found[1]] + " " + text[found[2] :])


def _summary(blocks: tuple[Block, ...], start: int) -> str | None:
    for block in blocks[start : start + 3]:
        if block.kind == "heading":
            return None
        if not _is_date_line(block) and len(words(block.text)) >= 3:
            return " ".join(sentences(block.text)[:2])
    return None


def _headed(blocks: tuple[Block, ...], i: int, section: str | None) -> FoundNews | None:
    """A heading with a date on it, just above it, or just below it."""
    block = blocks[i]
    near = [blocks[j] for j in (i - 1, i + 1, i + 2) if 0 <= j < len(blocks)]
    date = _date_of(block) or next((_date_of(b) for b in near if _is_date_line(b)), None)
    if date is None:
        return None
    title = _without_date(block.text) if _date_of(block) else block.text
    return FoundNews(date, title, _summary(blocks, i + 1), section) if title else None


def _dated_line(block: Block, section: str | None) -> FoundNews | None:
    """ "12 March 2026 - We opened our Lisbon office. More text." as one item."""
    found = find_date(block.text)
    if found is None or found[1] > 3:
        return None
    rest = sentences(strip_punct(block.text[found[2] :]))
    if not rest or len(words(rest[0])) < 3:
        return None
    date = block.date or found[0]
    return FoundNews(date, strip_punct(rest[0]), " ".join(rest[1:]) or None, section)


def _in_section(section: Section) -> list[FoundNews]:
    found: list[FoundNews] = []
    blocks = section.blocks
    for i, block in enumerate(blocks):
        if block.link_share > 0.8 and block.kind != "heading":
            continue
        one = _headed(blocks, i, section.heading) if block.kind == "heading" else None
        one = one or (None if block.kind == "heading" else _dated_line(block, section.heading))
        if one is not None:
            found.append(one)
    return found


def _structured(items: list[Item]) -> list[FoundNews]:
    out = []
    for item in of_type(items, ARTICLE_TYPES):
        title = text(item.get("headline")) or text(item.get("name"))
        raw = text(item.get("datePublished")) or text(item.get("dateCreated")) or ""
        m = re.match(r"(\d{4}-\d{2}(?:-\d{2})?)", raw)
        if title:
            out.append(
                FoundNews(m.group(1) if m else None, title, text(item.get("description")), None)
            )
    return out


def find_news(sections: list[Section], items: list[Item]) -> list[FoundNews]:
    found = _structured(items)
    for section in sections:
        if section.kind in _SKIP_KINDS:
            continue
        dated = _in_section(section)
        # outside a news section a single dated line is more likely "founded in March 2015"
        if section.kind == "news" or len(dated) >= 2:
            found += dated
    unique: dict[str, FoundNews] = {}
    for news in found:
        key = re.sub(r"\W+", " ", news.title.lower()).strip()
        if key not in unique or (unique[key].date is None and news.date):
            unique[key] = news
    ordered = sorted(unique.values(), key=lambda n: n.date or "", reverse=True)
    return ordered[:MAX_ITEMS]
