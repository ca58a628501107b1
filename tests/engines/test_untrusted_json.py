"""JSON from outside is parsed with limits: hostile documents are refused with a sentence."""

from __future__ import annotations

import pytest

from roundtwo.engines.untrusted_json import MAX_DEPTH, UntrustedJSONError, loads, nesting_depth


def test_ordinary_json_reads_as_the_standard_library_reads_it() -> None:
    text = '{"a": [1, 2.5, "x]", {"b": null}], "c": true, "d": "\\"[{"}'
    assert loads(text) == {"a": [1, 2.5, "x]", {"b": None}], "c": True, "d": '"[{'}


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    assert nesting_depth('["[[[[", "\\"[[["]') == 1


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000, "[" * 100_000],
    ids=["array", "object", "unclosed"],
)
def test_a_document_nested_100000_deep_is_refused_as_too_deep(text: str) -> None:
    with pytest.raises(UntrustedJSONError, match="nests deeper") as refusal:
        loads(text)
    assert refusal.value.limit


def test_nesting_up_to_the_limit_is_read() -> None:
    assert loads("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" + "9" * 5000 + "]", "5,000 digits"),
        ("[1e999999]", "too large"),
        ("[0." + "1" * 1000 + "]", "1,002 characters"),
        ("[NaN]", "NaN"),
        ("[-Infinity]", "-Infinity"),
    ],
)
def test_huge_numbers_and_non_json_constants_are_refused(text: str, words: str) -> None:
    with pytest.raises(UntrustedJSONError, match=words):
        loads(text)


def test_invalid_json_says_where_it_breaks_and_is_not_a_limit() -> None:
    with pytest.raises(UntrustedJSONError, match="line 2, column 1") as refusal:
        loads('{"a": 1,\n}')
    assert not refusal.value.limit
