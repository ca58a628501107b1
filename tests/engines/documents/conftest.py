from __future__ import annotations

import pytest

from .builders import make_docx, zip_bomb


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """Built once: deflating 200 MB of zeros takes about a second."""
    return zip_bomb(make_docx(["An honest paragraph."]), megabytes=200)
