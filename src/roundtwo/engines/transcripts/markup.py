"""Caption markup that is not speech: <i>, <c.colour>, <font>, {\\an8}, HTML entities."""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^<>]{0,200}>|\{\\[^{}]{0,40}\}")


def strip_markup(text: str) -> str:
    return html.unescape(_TAG.sub("", text))
