"""The hostile-input corpus against every endpoint and CLI command that takes a file or pasted
text: no server error, no traceback, a clear message, a non-zero exit for the CLI, and nothing
changed by a refusal. Files an endpoint accepts for a background read end in a final state with a
message. Where a probe is cheap every file is sent; otherwise a sample holding every class."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from tests.conftest import make_opportunity
from tests.hostile.corpus import CLASSES, HostileFile, corpus, sample
from tests.hostile.probes import ENDPOINTS, Endpoint, Target, background_problems, probe_once

pytestmark = pytest.mark.django_db(transaction=True)  # the worker manages its own transactions

# The one probe that refuses every file in a few milliseconds takes the whole corpus; the others
# a sample of every class (bench/hostile/run.py sends every file everywhere).
EVERY_FILE = {"web backup import"}
# These load language models, or decode or parse in a child process, for most files.
SLOW = {
    "web typed answer",
    "web consistency check",
    "cli research job",
    "cli research company",
    "cli research fit",
    "cli analyze audio",
}


def files_for(endpoint: Endpoint) -> list[HostileFile]:
    if endpoint.name in EVERY_FILE:
        return list(corpus())
    start = ENDPOINTS.index(endpoint)  # each endpoint meets different files of each class
    return sample(1 if endpoint.name in SLOW else 2, start)


@pytest.fixture
def target(alice: User, tmp_path: Path) -> Target:
    return Target.make(alice, make_opportunity(alice), tmp_path)


def test_the_corpus_holds_over_a_hundred_files_of_every_class() -> None:
    kinds = {file.kind for file in corpus()}
    assert len(corpus()) >= 100
    assert kinds == set(CLASSES)
    assert {file.kind for file in sample(1, start=5)} == kinds


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name.replace(" ", "-"))
def test_every_hostile_file_gets_a_clear_answer_and_a_refusal_changes_nothing(
    endpoint: Endpoint, target: Target
) -> None:
    found = []
    for file in files_for(endpoint):
        reply, problems = probe_once(endpoint, target, file)
        found += [f"{file.label}: {problem}" for problem in problems]
    if endpoint.background:
        found += background_problems()
    assert not found, "\n".join(found)
