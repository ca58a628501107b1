"""`roundtwo --version`, and `roundtwo serve --open` starting the browser once it can answer."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

from click.testing import CliRunner

from roundtwo import __version__
from roundtwo.cli import main

# Stands in for the user's browser (webbrowser runs $BROWSER): fetch the page, note its status.
FAKE_BROWSER = """
import os, sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=60) as page:
    status = page.status
open(sys.argv[2] + ".part", "w").write(f"{status} {sys.argv[1]}")
os.replace(sys.argv[2] + ".part", sys.argv[2])
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_version_prints_the_installed_version() -> None:
    result = CliRunner().invoke(main, ["--version"])

    assert result.exit_code == 0
    assert result.output.strip() == f"roundtwo, version {__version__}"
    assert version("roundtwo") == __version__


def test_serve_open_opens_the_browser_on_a_page_that_answers(tmp_path: Path) -> None:
    browser = tmp_path / "browser.py"
    browser.write_text(FAKE_BROWSER)
    seen = tmp_path / "seen.txt"
    port = free_port()
    env = {
        **os.environ,
        "ROUNDTWO_DATA_DIR": str(tmp_path / "data"),
        "BROWSER": f"{sys.executable} {browser} %s {seen}",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DATABASE_URL", None)  # its own SQLite: the suite's PostgreSQL holds only test_ names
    server = subprocess.Popen(
        [sys.executable, "-m", "roundtwo", "serve", "--port", str(port), "--no-worker", "--open"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not seen.exists() and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.2)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)

    assert seen.exists(), output
    assert seen.read_text() == f"200 http://127.0.0.1:{port}/"
