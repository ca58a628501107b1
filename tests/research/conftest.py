"""Research tests share the page server in tests/conftest.py."""

from tests.conftest import PAGES

__all__ = ["PAGES"]
