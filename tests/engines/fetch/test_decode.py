"""A fetched body becomes text by its byte-order mark, its declared charset, <meta>, or a guess."""

from __future__ import annotations

from datetime import UTC, datetime

from roundtwo.engines.fetch import Fetched, decode_body

TEXT = "Café résumé: naïve coördination"


def fetched(body: bytes, content_type: str = "text/plain", charset: str | None = None) -> Fetched:
    return Fetched(
        url="https://example.com/",
        status=200,
        content_type=content_type,
        charset=charset,
        body=body,
        fetched_at=datetime.now(UTC),
        redirects=(),
    )


def test_the_declared_charset_is_used() -> None:
    assert decode_body(fetched(TEXT.encode("latin-1"), charset="iso-8859-1")) == TEXT


def test_a_byte_order_mark_wins_over_a_wrong_declaration() -> None:
    body = "\ufeff".encode("utf-16-le") + TEXT.encode("utf-16-le")
    assert decode_body(fetched(body, charset="iso-8859-1")) == TEXT


def test_an_html_meta_charset_is_read_when_the_header_has_none() -> None:
    page = f'<html><head><meta charset="windows-1252"><title>{TEXT}</title>'
    assert TEXT in decode_body(fetched(page.encode("cp1252"), "text/html"))


def test_the_older_http_equiv_meta_form_is_read_too() -> None:
    page = f'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>{TEXT}</p>'
    assert TEXT in decode_body(fetched(page.encode("latin-1"), "text/html"))


def test_a_wrong_declaration_falls_back_to_utf8() -> None:
    assert decode_body(fetched(TEXT.encode(), charset="us-ascii")) != TEXT  # cp1252 reads anything
    assert decode_body(fetched(TEXT.encode(), charset="no-such-charset")) == TEXT


def test_undeclared_legacy_text_is_guessed() -> None:
    body = ("Le candidat a présenté son expérience avec élégance. " * 5).encode("cp1252")
    assert "expérience" in decode_body(fetched(body))
