"""A document's title where the format has one: HTML <title>, a Markdown "# heading"."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_MAX_TITLE = 300
_ATX_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.M)


class _TitleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.parts: list[str] = []
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.inside:  # an unclosed <title>: the next tag ends it, not the end of the page
            self.inside, self.done = False, True
        elif tag == "title" and not self.done:
            self.inside = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.inside:
            self.inside, self.done = False, True

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.parts.append(data)


def _tidy(title: str) -> str | None:
    title = " ".join(title.split())[:_MAX_TITLE]
    return title or None


def html_title(html: str) -> str | None:
    parser = _TitleParser()
    # The title lives in <head>; reading only the start keeps a huge page cheap.
    parser.feed(html[:65536])
    parser.close()
    return _tidy("".join(parser.parts))


def markdown_title(text: str) -> str | None:
    heading = _ATX_HEADING.search(text[:65536])
    return _tidy(heading.group(1)) if heading else None
