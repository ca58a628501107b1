"""schema.org data in the page (JSON-LD and microdata, read by extruct), as plain dicts.

Microdata items are reshaped to look like JSON-LD ({"@type": ..., property: value}) so one set of
field readers serves both.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from extruct.jsonld import JsonLdExtractor
from extruct.w3cmicrodata import MicrodataExtractor
from lxml.html import HtmlElement

from roundtwo.engines.untrusted_json import MAX_DEPTH, nesting_depth

from .blocks import clean

Item = dict[str, Any]
ORGANIZATION_TYPES = {
    "organization", "corporation", "localbusiness", "ngo", "onlinebusiness", "company",
    "educationalorganization", "governmentorganization", "medicalorganization", "store",
}  # fmt: skip
ARTICLE_TYPES = {"newsarticle", "blogposting", "article", "report", "pressrelease"}


def structured_items(root: HtmlElement) -> list[Item]:
    """Every schema.org item in the page, nested ones included; broken blocks are skipped."""
    found: list[Any] = []
    extractor = JsonLdExtractor()
    for script in root.xpath('//script[@type="application/ld+json"]'):
        if nesting_depth(script.text_content() or "") > MAX_DEPTH:
            continue  # the parser (and _flatten below) would recurse once per level
        try:  # one script at a time, so one malformed block does not hide the others
            found += extractor.extract_items(script)
        except Exception:  # noqa: BLE001, S112 - broken JSON-LD is common and not ours to fix
            continue
    with contextlib.suppress(Exception):  # same for microdata
        found += [_from_microdata(m) for m in MicrodataExtractor().extract_items(root, None)]
    return [item for top in found for item in _flatten(top)]


def _from_microdata(node: Any) -> Any:
    if isinstance(node, list):
        return [_from_microdata(n) for n in node]
    if not isinstance(node, dict) or "properties" not in node:
        return node
    item: Item = {"@type": node.get("type")}
    for key, value in (node.get("properties") or {}).items():
        item[key] = _from_microdata(value)
    return item


def _flatten(node: Any) -> Iterator[Item]:
    if isinstance(node, list):
        for child in node:
            yield from _flatten(child)
    elif isinstance(node, dict):
        if node.get("@type"):
            yield node
        for key, value in node.items():
            if key != "@context":
                yield from _flatten(value)


def types(item: Item) -> set[str]:
    raw = item.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {str(n).rstrip("/").rsplit("/", 1)[-1].lower() for n in names if n}


def of_type(items: list[Item], wanted: set[str]) -> list[Item]:
    return [item for item in items if types(item) & wanted]


def text(value: Any) -> str | None:
    """A readable string from a schema.org value: a string, a named thing, or a list of them."""
    if isinstance(value, list):
        parts = [t for t in (text(v) for v in value) if t]
        return ", ".join(dict.fromkeys(parts)) or None
    if isinstance(value, dict):
        for key in ("name", "@value", "text", "value", "description"):
            if value.get(key):
                return text(value[key])
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return clean(str(value)) or None
    return None


def texts(value: Any) -> list[str]:
    """Like text() but keeps list members apart."""
    if isinstance(value, list):
        return [t for v in value for t in texts(v)]
    one = text(value)
    return [one] if one else []
