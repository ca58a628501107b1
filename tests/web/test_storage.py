"""The database is set up as the architecture says, and heavy imports stay off the light path."""

from __future__ import annotations

import subprocess
import sys

import pytest
from django.db import connection

SETUP = (
    "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='roundtwo.settings'; django.setup(); "
)


def run_in_fresh_process(code: str, data_dir: object) -> subprocess.CompletedProcess[str]:
    """Run code after a plain Django set-up, with default settings and nothing else imported."""
    return subprocess.run(
        [sys.executable, "-c", SETUP + code],
        env={"ROUNDTWO_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite settings")
def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(db: None, tmp_path: object) -> None:
    result = run_in_fresh_process(
        "from django.db import connection; c = connection.cursor(); "
        "print(c.execute('PRAGMA journal_mode').fetchone()[0], "
        "connection.settings_dict['OPTIONS']['transaction_mode'])",
        tmp_path,
    )
    assert result.stdout.split() == ["wal", "IMMEDIATE"], result.stderr


def test_the_web_app_does_not_load_speech_or_language_models(tmp_path: object) -> None:
    result = run_in_fresh_process(
        "import sys, roundtwo.urls; "
        "print(sorted(m for m in ('spacy', 'faster_whisper', 'wordllama', 'ctranslate2') "
        "if m in sys.modules))",
        tmp_path,
    )
    assert result.stdout.strip() == "[]", result.stderr
