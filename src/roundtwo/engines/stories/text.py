"""One answer-like text from a story's parts, for the answer engine and the taggers."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def story_text(
    title: str,
    situation: str,
    task: str,
    action: str,
    result: str,
    metrics: str,
    free_text: str,
) -> str:
    """The story as the candidate would tell it: situation, task, action, result, then metrics.

    The title is only used when nothing else is written, since a title ("The migration") is a
    label, not something the candidate would say. Free text follows the STAR parts, so a story
    written both ways keeps its structure first. Each part ends as a sentence, so the answer
    engine does not glue two parts into one.
    """
    parts = [situation, task, action, result, metrics, free_text]
    body = " ".join(_sentence(p) for p in parts if _clean(p))
    return body or _clean(title)


def _clean(part: str) -> str:
    return _SPACE.sub(" ", part or "").strip()


def _sentence(part: str) -> str:
    text = _clean(part)
    return text if text[-1] in ".!?…\"')" else f"{text}."
