"""Web pages, Markdown, plain text and JSON: decoded in-process, kind from content then hints."""

from __future__ import annotations

import codecs

import pytest

from roundtwo.engines.documents import MAX_BYTES, DocumentError, read_document


def failure(data: bytes, filename: str, content_type: str | None = None) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(data, filename, content_type)
    return caught.value


def test_html_comes_back_as_the_decoded_html_itself() -> None:
    page = "<!DOCTYPE html><html><head><title>Careers · Acme</title></head><body><p>Café</p>"
    document = read_document(page.encode(), "careers.html")
    assert (document.kind, document.text, document.title) == ("html", page, "Careers · Acme")


def test_malformed_html_is_still_read() -> None:
    page = b"<html><title>Jobs &amp; more<body><p>Unclosed <b>tags <div><table><tr><td>cell"
    document = read_document(page, "jobs.html")
    assert document.kind == "html"
    assert document.title == "Jobs & more"
    assert document.text == page.decode()


def test_html_without_a_name_is_recognised_by_its_markup() -> None:
    assert read_document(b"<div><p>We are hiring.</p></div>", "upload").kind == "html"


def test_markdown_with_a_little_inline_html_stays_markdown() -> None:
    text = "# Jane Doe\n\nPlatform engineer. <br>\n\n## Experience\n"
    document = read_document(text.encode(), "cv.md")
    assert (document.kind, document.title) == ("markdown", "Jane Doe")


def test_the_declared_type_says_markdown_when_the_name_does_not() -> None:
    assert read_document(b"# Notes\n- one", "notes", "text/markdown").kind == "markdown"


def test_a_json_resume_is_recognised_by_its_content() -> None:
    data = b'{"basics": {"name": "Jane Doe", "label": "Engineer"}, "work": []}'
    document = read_document(data, "resume")
    assert (document.kind, document.text) == ("json", data.decode())


def test_a_json_file_that_does_not_parse_is_corrupt() -> None:
    assert failure(b'{"basics": {"name": "Jane"', "resume.json").kind == "corrupt"


def test_latin1_text_is_decoded() -> None:
    text = "Expérience: gérer une équipe à Montréal, façon agile. Café, naïveté, résumé."
    document = read_document(text.encode("latin-1"), "notes.txt")
    assert (document.kind, document.text) == ("text", text)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_text_with_a_byte_order_mark_is_decoded(encoding: str) -> None:
    text = "Naïve résumé – “quotes”"
    assert read_document(text.encode(encoding), "notes.txt").text == text


def test_utf16_without_a_mark_is_decoded() -> None:
    text = "Windows wrote this without a mark."
    assert read_document(text.encode("utf-16-le"), "notes.txt").text == text


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), ".doc"),
        (b"{\\rtf1\\ansi Hello}", ".rtf"),
        (bytes(range(256)) * 4, "binary"),
    ],
    ids=["png", "jpeg", "old-word", "rtf", "random-bytes"],
)
def test_a_binary_file_is_unsupported(data: bytes, what: str) -> None:
    error = failure(data, "upload.bin")
    assert error.kind == "unsupported"
    assert what in error.message


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n "])
def test_an_empty_file_is_empty(data: bytes) -> None:
    error = failure(data, "notes.txt")
    assert error.kind == "empty"
    assert "empty" in error.message


def test_a_file_beyond_the_size_limit_is_refused_unread() -> None:
    error = failure(b"a" * (MAX_BYTES + 1), "huge.txt")
    assert error.kind == "too_large"
    assert "25 MB" in error.message
