from __future__ import annotations

import ast
import json
from pathlib import Path

from roundtwo.engines.answers import loader
from roundtwo.engines.answers.lexicons import competencies, hint_patterns, lexicon

PACKAGE = Path(loader.__file__).parent
DEV_SET = Path(__file__).resolve().parents[3] / "bench" / "answers" / "dev.jsonl"
LABELS = {"situation", "task", "action", "result", "other"}


def test_the_answers_engine_imports_no_django() -> None:
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.split(".")[0] == "django" for n in names), path


def test_the_models_load_once_per_process() -> None:
    assert loader.load_nlp() is loader.load_nlp()
    assert loader.load_embedder() is loader.load_embedder()


def test_the_lexicons_load_and_every_hint_pattern_compiles() -> None:
    assert "various things" in lexicon().vague_phrases
    assert {c.id for c in competencies()} >= {"conflict", "leadership", "failure"}
    assert {p.kind for p in hint_patterns()} == {"looking_for", "need", "next_round", "concern"}


def test_the_dev_set_has_sixty_labelled_answers_whose_sentences_make_up_the_answer() -> None:
    items = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines()]
    assert len(items) >= 60
    assert len({i["profession"] for i in items}) >= 30
    for item in items:
        labels = [s["label"] for s in item["sentences"]]
        assert set(labels) <= LABELS
        assert " ".join(s["text"] for s in item["sentences"]) == item["answer"]
        for part in ("situation", "task", "action", "result"):
            assert item["present"][part] == (part in labels), item["id"]
        assert item["split"] in {"dev", "holdout"}
    assert sum(1 for i in items if not i["present"]["result"]) >= 10
    assert sum(1 for i in items if i["style"] == "speech") >= 8


HOLDOUT2 = DEV_SET.with_name("holdout2.jsonl")


def test_the_second_holdout_has_thirty_labelled_answers_with_a_result_status() -> None:
    items = [json.loads(line) for line in HOLDOUT2.read_text(encoding="utf-8").splitlines()]
    assert len(items) >= 30
    assert len({i["profession"] for i in items}) >= 25
    assert not {i["id"] for i in items} & {
        json.loads(line)["id"] for line in DEV_SET.read_text(encoding="utf-8").splitlines()
    }
    for item in items:
        labels = [s["label"] for s in item["sentences"]]
        assert set(labels) <= LABELS
        assert " ".join(s["text"] for s in item["sentences"]) == item["answer"]
        for part in ("situation", "task", "action", "result"):
            assert item["present"][part] == (part in labels), item["id"]
        assert item["split"] == "holdout2"
        assert item["result_status"] in {"present", "weak", "missing"}
        assert (item["result_status"] == "missing") == (not item["present"]["result"])
    assert sum(1 for i in items if not i["present"]["result"]) >= 8
    assert sum(1 for i in items if i["style"] == "speech") >= 8
