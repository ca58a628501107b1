"""Our own HTML (a printable plan, a panel brief) as a PDF, with WeasyPrint and nothing fetched.

The HTML is Round Two's template, but it carries the user's text, and WeasyPrint would otherwise
follow any URL in it: an <img src="http://..."> would reach the network, an
<img src="file:///..."> or <link rel="attachment"> would read (and embed) local files. So the
fetcher accepts `data:` URIs only; everything else is skipped with a warning in the log and
the document renders without it. Page size is forced with a stylesheet of our own.
Fonts come from fontconfig: DejaVu covers Latin, Greek, Cyrillic, Arabic and Hebrew; CJK text
needs a CJK font installed on the machine (fonts-noto-cjk), or it prints as empty boxes.
"""

from __future__ import annotations

from typing import Literal, get_args

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: tuple[PageSize, ...] = get_args(PageSize)
# The only URL scheme WeasyPrint may open: inline data the template put there itself.
ALLOWED_SCHEMES = ("data",)


def html_to_pdf(html: str, *, page_size: PageSize = "A4", base_url: str | None = None) -> bytes:
    """The PDF's bytes. `base_url` only resolves relative links; nothing is fetched from it."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"“{page_size}” is not a page size Round Two prints: use A4 or Letter.")
    # WeasyPrint and its Pango bindings take about two seconds to import: only when printing.
    from weasyprint import CSS, HTML, URLFetcher

    fetcher = URLFetcher(allowed_protocols=ALLOWED_SCHEMES, allow_redirects=False)
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    # A user stylesheet with !important wins over any @page size in the template itself.
    page = CSS(string=f"@page {{ size: {page_size} !important; }}", url_fetcher=fetcher)
    pdf = document.write_pdf(stylesheets=[page])
    assert isinstance(pdf, bytes)  # write_pdf returns the bytes when given no target
    return pdf
