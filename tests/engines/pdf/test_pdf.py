"""HTML to PDF with WeasyPrint, read back with pypdf; nothing outside the HTML is ever fetched."""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from roundtwo.engines.pdf import html_to_pdf

NAMES = ["Zoë Ångström", "José Müller", "Łucja Dąbrowska", "Søren Ærø", "İlkay Gündoğan"]


def read(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in read(pdf).pages)


def page_size(pdf: bytes) -> tuple[int, int]:
    box = read(pdf).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head><meta charset=utf-8>{head}</head><body>{body}</body></html>"


class Recorder(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib hook name
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")


@pytest.fixture
def web() -> Iterator[tuple[str, list[str]]]:
    """A loopback web server that notes every request: the PDF must never cause one."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.seen  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


def test_the_pdf_holds_the_names_including_accented_ones() -> None:
    pdf = html_to_pdf(page("<h1>Panel</h1>" + "".join(f"<p>{name}</p>" for name in NAMES)))
    text = text_of(pdf)
    for name in NAMES:
        assert name in text


def test_greek_cyrillic_arabic_and_hebrew_names_are_printed() -> None:
    names = ["Νίκος Παπαδόπουλος", "Иван Петров", "محمد الأحمد", "שרה כהן"]
    text = text_of(html_to_pdf(page("".join(f"<p>{name}</p>" for name in names))))
    for name in names:
        assert name in text


def has_cjk_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, ":lang=ja"], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


@pytest.mark.skipif(not has_cjk_font(), reason="no CJK font installed (fonts-noto-cjk)")
def test_japanese_and_chinese_names_are_printed_when_a_cjk_font_is_installed() -> None:
    text = text_of(html_to_pdf(page("<p>田中 健二</p><p>张伟</p>")))
    assert "田中 健二" in text
    assert "张伟" in text


def test_the_default_page_is_a4() -> None:
    assert page_size(html_to_pdf(page("<p>Plan</p>"))) == (595, 842)


def test_letter_pages_can_be_asked_for() -> None:
    assert page_size(html_to_pdf(page("<p>Plan</p>"), page_size="Letter")) == (612, 792)


def test_the_chosen_size_wins_over_the_templates_own() -> None:
    html = page("<p>Plan</p>", head="<style>@page { size: A5 landscape }</style>")
    assert page_size(html_to_pdf(html, page_size="Letter")) == (612, 792)


def test_an_unknown_page_size_is_refused() -> None:
    with pytest.raises(ValueError, match="A4 or Letter"):
        html_to_pdf(page("<p>Plan</p>"), page_size="A3")  # type: ignore[arg-type]


def test_web_addresses_in_the_html_are_never_fetched(web: tuple[str, list[str]]) -> None:
    base, seen = web
    html = page(
        f"<p>Zoë</p><img src='{base}/photo.png'><object data='{base}/object.png'></object>"
        f"<div style=\"background: url('{base}/background.png')\">x</div>"
        f"<link rel=attachment href='{base}/attachment.txt'>",
        head=f"<link rel=stylesheet href='{base}/style.css'>"
        f"<style>@import url('{base}/import.css');"
        f"@font-face {{ font-family: X; src: url('{base}/font.woff') }} p {{ font-family: X }}"
        "</style>",
    )
    pdf = html_to_pdf(html, base_url=base + "/")
    assert seen == []
    assert "Zoë" in text_of(pdf)


def test_relative_addresses_against_a_web_base_url_are_not_fetched(
    web: tuple[str, list[str]],
) -> None:
    base, seen = web
    html_to_pdf(
        page("<img src='photo.png'>", head="<link rel=stylesheet href=style.css>"), base_url=base
    )
    assert seen == []


def test_local_files_are_never_read_or_embedded() -> None:
    html = page(
        "<p>Plan</p><img src='file:///etc/passwd'><img src='passwd'>"
        "<object data='file:///etc/passwd' type='text/plain'></object>"
        "<link rel=attachment href='file:///etc/passwd'>",
        head="<link rel=stylesheet href='file:///etc/passwd'>",
    )
    pdf = html_to_pdf(html, base_url="file:///etc/")
    assert b"root:" not in pdf
    assert read(pdf).attachments == {}
    assert "root:" not in text_of(pdf)
    assert text_of(pdf).strip() == "Plan"


def test_images_inlined_as_data_uris_are_printed() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buffer, format="PNG")
    uri = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    pdf = html_to_pdf(page(f"<p>Logo</p><img src='{uri}' width=40 height=20>"))
    assert len(read(pdf).pages[0].images) == 1


def test_a_ten_page_plan_renders_in_reasonable_time(capsys: pytest.CaptureFixture[str]) -> None:
    section = "<section style='break-before: page'><h2>Day {n}</h2>{rows}</section>"
    rows = "".join(
        f"<p>{name}: practise the story about the warehouse migration, twice, aloud.</p>"
        for name in NAMES * 4
    )
    html = page("".join(section.format(n=n, rows=rows) for n in range(1, 11)))
    html_to_pdf(page("<p>warm up</p>"))  # the first call pays for loading fonts
    started = time.perf_counter()
    pdf = html_to_pdf(html)
    seconds = time.perf_counter() - started
    with capsys.disabled():
        print(f"\n10-page PDF: {seconds:.2f} s, {len(pdf) / 1024:.0f} KiB")
    assert len(read(pdf).pages) == 10
    assert "Day 10" in text_of(pdf)
    assert seconds < 30
