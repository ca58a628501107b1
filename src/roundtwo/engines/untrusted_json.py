"""JSON from outside (an uploaded export, a JSON Resume, a page's JSON-LD, a file sniffed for its
format) parsed with limits, so a hostile document is refused with a sentence, never a crash.

The standard library's parser recurses once per level and hands every number to int() or float():
100,000 nested brackets raise RecursionError, and a 5,000-digit integer raises ValueError past
Python's 4,300-digit guard. Here the nesting is measured first without recursion, numbers are
bounded in length, and NaN/Infinity (not JSON) are refused. No file Round Two reads nests near
`MAX_DEPTH` or holds a number near `MAX_NUMBER_CHARS`.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, NoReturn

MAX_DEPTH = 64
MAX_NUMBER_CHARS = 64

# A JSON string, unrolled so a long one is matched in one linear pass.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_BRACKETS = re.compile(r"[\[\]{}]")


class UntrustedJSONError(ValueError):
    """The document was refused. `str()` is a sentence for the user; `limit` is True when the
    text is JSON-like but breaks a limit (rather than not being JSON at all)."""

    def __init__(self, message: str, *, limit: bool = False) -> None:
        super().__init__(message)
        self.limit = limit


def nesting_depth(text: str, stop_after: int = MAX_DEPTH) -> int:
    """How deep brackets nest outside strings; counting stops once past `stop_after`."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(_STRING.sub('""', text)):
        depth += 1 if match.group() in "[{" else -1
        if depth > deepest:
            deepest = depth
            if deepest > stop_after:
                break
    return deepest


def _refuse(message: str) -> NoReturn:
    raise UntrustedJSONError(message, limit=True)


def _integer(digits: str) -> int:
    if len(digits) > MAX_NUMBER_CHARS:
        _refuse(f"It holds a number {len(digits):,} digits long, which no real file has.")
    return int(digits)


def _float(digits: str) -> float:
    if len(digits) > MAX_NUMBER_CHARS:
        _refuse(f"It holds a number {len(digits):,} characters long, which no real file has.")
    value = float(digits)
    if not math.isfinite(value):
        _refuse("It holds a number too large to represent.")
    return value


def _constant(name: str) -> NoReturn:
    _refuse(f"It holds {name}, which is not a JSON value.")


def loads(text: str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse `text`; raises UntrustedJSONError for invalid JSON and for any limit broken."""
    if nesting_depth(text, max_depth) > max_depth:
        _refuse(f"It nests deeper than {max_depth} levels, which no real file does.")
    try:
        return json.loads(text, parse_int=_integer, parse_float=_float, parse_constant=_constant)
    except UntrustedJSONError:
        raise
    except json.JSONDecodeError as error:
        raise UntrustedJSONError(
            f"It is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})."
        ) from None
    except (ValueError, RecursionError, MemoryError):  # a last guard: the limits above hold
        _refuse("It is too complex to read safely.")
