"""Data the project wrote (guides, plan templates, question banks), read from JSON files here.

Files are read once per process; tests validate each file's schema and counts.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """Parse knowledge/<name>.json. The result is shared: treat it as read-only."""
    text = resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)
