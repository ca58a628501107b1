"""The engines stay plain Python, so the CLI, the tasks and benchmarks can call them directly."""

from __future__ import annotations

import ast
from pathlib import Path

import roundtwo.engines

ENGINES = Path(roundtwo.engines.__file__).parent


def django_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        found += [f"{path.name}:{node.lineno} {n}" for n in names if n.split(".")[0] == "django"]
    return found


def test_there_are_engines_to_check() -> None:
    assert len(list(ENGINES.rglob("*.py"))) >= 3


def test_no_engine_imports_django() -> None:
    offenders = [hit for path in sorted(ENGINES.rglob("*.py")) for hit in django_imports(path)]
    assert offenders == []


def test_the_check_would_notice_a_django_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom django.db import models\nimport django\n")
    assert len(django_imports(sample)) == 2
