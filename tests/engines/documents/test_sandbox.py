"""Whatever the parsing child does (crash, hang, bloat, lie), the caller gets a DocumentError."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from roundtwo.engines.documents import DocumentError, read_document, sandbox
from roundtwo.engines.documents.model import MAX_TEXT_CHARS

from .builders import make_pdf

SRC = str(Path(sandbox.__file__).resolve().parents[3])


def child_running(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """Replace the parser child by a Python program of the test's own."""
    command = [sys.executable, "-c", code]
    monkeypatch.setattr(sandbox, "child_command", lambda *args: command)


def answering(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    """A child that writes exactly `raw` as its answer."""
    child_running(monkeypatch, f"import sys; sys.stdout.write({raw!r})")


def failure(**options: float) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(make_pdf(["Hello"]), "cv.pdf", **options)  # type: ignore[arg-type]
    return caught.value


def test_a_child_that_crashes_is_a_corrupt_file(monkeypatch: pytest.MonkeyPatch) -> None:
    child_running(monkeypatch, "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)")
    assert failure().kind == "corrupt"


def test_a_child_that_hangs_is_killed_at_the_timeout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pid_file = tmp_path / "pid"
    child_running(
        monkeypatch,
        f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(60)",
    )
    started = time.monotonic()
    error = failure(timeout=1.0)
    assert error.kind == "timeout"
    assert time.monotonic() - started < 2.5
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)


def test_the_memory_ceiling_really_applies_in_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    child_running(
        monkeypatch,
        f"import sys; sys.path.insert(0, {SRC!r}); "
        "from roundtwo.engines.documents.worker import limit_resources; "
        "limit_resources(200, 10); hog = bytearray(1024 * 1024 * 1024)",
    )
    error = failure()
    assert error.kind == "too_large"
    assert "memory" in error.message


def test_a_real_parse_with_too_little_memory_is_too_large_not_a_crash() -> None:
    assert failure(memory_mb=24).kind == "too_large"


@pytest.mark.parametrize(
    "answer",
    [
        "not json at all",
        ["a", "list"],
        {"text": 5, "title": None, "pages": 1},
        {"text": "ok", "title": ["x"], "pages": 1},
        {"text": "ok", "title": None, "pages": -3},
        {"text": "ok", "title": None, "pages": True},
        {"error": "<script>alert(1)</script>"},
    ],
    ids=["garbage", "list", "text-type", "title-type", "pages-negative", "pages-bool", "kind"],
)
def test_an_answer_that_breaks_the_protocol_is_corrupt(
    monkeypatch: pytest.MonkeyPatch, answer: object
) -> None:
    answering(monkeypatch, answer if isinstance(answer, str) else json.dumps(answer))
    assert failure().kind == "corrupt"


def test_an_answer_longer_than_any_document_is_corrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    child_running(
        monkeypatch,
        "import json, sys; "
        f"sys.stdout.write(json.dumps({{'text': 'x' * {MAX_TEXT_CHARS + 1}, 'pages': 1}}))",
    )
    assert failure().kind == "corrupt"


def test_the_child_names_a_kind_but_the_words_are_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    answering(monkeypatch, json.dumps({"error": "encrypted", "message": "Visit evil.example"}))
    error = failure()
    assert error.kind == "encrypted"
    assert "evil" not in error.message


def test_the_child_sees_none_of_the_apps_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTWO_SECRET_KEY", "do-not-leak")
    child_running(
        monkeypatch,
        "import json, os, sys; "
        "sys.stdout.write(json.dumps({'text': json.dumps(dict(os.environ)), 'pages': 1}))",
    )
    document = read_document(make_pdf(["Hello"]), "cv.pdf")
    assert "do-not-leak" not in document.text


def test_the_parsers_are_never_imported_by_the_caller() -> None:
    probe = (
        "import sys; sys.path.insert(0, 'tests/engines/documents'); "
        "from builders import make_pdf, make_docx; "
        "sys.modules.pop('pypdf'); sys.modules.pop('docx'); "
        "from roundtwo.engines.documents import read_document; "
        "read_document(make_pdf(['Hi']), 'a.pdf'); read_document(make_docx(['Hi']), 'a.docx'); "
        "print(sorted(m for m in ('pypdf', 'docx') if m in sys.modules))"
    )
    root = Path(SRC).parent
    shown = subprocess.run(
        [sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == "[]"
