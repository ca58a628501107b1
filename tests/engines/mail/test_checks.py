"""Addresses and header values are checked before anything is built, so nothing is injected."""

from __future__ import annotations

import pytest

from roundtwo.engines.mail import validate_address, validate_body, validate_header_value

LINE_BREAKERS = ["\r\n", "\n", "\r", "\0", "\x0b", "\x0c", "\x1b", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("anna@example.com", "anna@example.com"),
        ("  Anna.de.Vries+jobs@Example.COM ", "Anna.de.Vries+jobs@example.com"),
        ("zoe@bücher.example", "zoe@xn--bcher-kva.example"),
    ],
)
def test_a_valid_address_comes_back_as_it_is_sent(typed: str, kept: str) -> None:
    assert validate_address(typed) == kept


@pytest.mark.parametrize(
    "typed",
    ["", "anna", "anna@", "@example.com", "anna@@example.com", "anna@localhost", "an na@x.org"],
)
def test_an_invalid_address_is_refused_with_the_documented_sentence(typed: str) -> None:
    with pytest.raises(ValueError, match="is not a valid email address"):
        validate_address(typed)


def test_a_non_ascii_mailbox_name_is_refused_because_it_needs_smtputf8() -> None:
    with pytest.raises(ValueError, match=r"not a valid email address\. Internationalized"):
        validate_address("zoë@example.com")


def test_checking_an_address_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> None:
        raise AssertionError("the address check looked something up")

    monkeypatch.setattr("socket.getaddrinfo", no_dns)
    assert validate_address("anna@example.org") == "anna@example.org"


@pytest.mark.parametrize("breaker", LINE_BREAKERS)
def test_an_address_with_a_line_break_or_control_is_refused(breaker: str) -> None:
    with pytest.raises(ValueError, match="line break or control character"):
        validate_address(f"anna@example.com{breaker}Bcc: everyone@example.org")


@pytest.mark.parametrize("breaker", LINE_BREAKERS)
def test_a_header_value_with_a_line_break_or_control_is_refused(breaker: str) -> None:
    with pytest.raises(ValueError, match="cannot appear in a mail header"):
        validate_header_value(f"Thank you{breaker}Bcc: everyone@example.org")


def test_the_refusal_shows_the_hidden_character_instead_of_printing_it() -> None:
    with pytest.raises(ValueError) as refused:
        validate_header_value("Anna\r\nBcc: x@example.org")
    assert "\r" not in str(refused.value)
    assert "\n" not in str(refused.value)
    assert "U+000D" in str(refused.value)


@pytest.mark.parametrize(
    "text",
    ["Zoë Ångström", "田中 太郎", "محمد الأحمد", "שרה כהן", "Ivan Иванов", "\u200fRTL mark", ""],
)
def test_names_in_any_script_are_fine_in_a_header(text: str) -> None:
    assert validate_header_value(text) == text


def test_a_body_may_have_line_breaks_and_tabs_but_no_other_controls() -> None:
    text = "Dear Anna,\r\n\tThank you.\nBest,\rZoë"
    assert validate_body(text) == text
    with pytest.raises(ValueError, match="control character"):
        validate_body("Dear Anna,\0")
