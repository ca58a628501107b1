"""Lines (from any format) to cues: a line opening with an accepted label starts a new cue."""

from __future__ import annotations

import re

from .labels import Label, accepted_names, find_label, name_key
from .model import Cue, Line

# Meeting tools write these into the transcript itself; they are nobody's words.
_NOISE = re.compile(
    r"^.{1,60}\b(?:started|stopped|paused|resumed) (?:transcription|recording)\.?$", re.IGNORECASE
)


_BLANK = Label("", "", None)  # marks an empty line, which neither labels nor separates


class _Builder:
    def __init__(self) -> None:
        self.cues: list[Cue] = []
        self._speaker: str | None = None
        self._parts: list[str] = []
        self._start: float | None = None
        self._end: float | None = None
        self._open = False

    def start(self, speaker: str | None, text: str, start: float | None, end: float | None) -> None:
        self.flush()
        self._speaker, self._parts, self._start, self._end = speaker, [text], start, end
        self._open = True

    def add(self, text: str, end: float | None) -> None:
        if not self._open:
            self.start(None, text, None, end)
            return
        self._parts.append(text)
        if end is not None:
            self._end = end if self._end is None else max(self._end, end)

    def flush(self) -> None:
        if self._open:
            text = " ".join(p for p in self._parts if p)
            self.cues.append(Cue(self._speaker, text, self._start, self._end))
        self._open = False


def _sandwiched(labels: list[Label | None], accepted: set[str]) -> set[str]:
    """A once-used one-word label between two labelled lines is a speaker ("Tom: Hi."), while
    "Note:" inside an answer usually sits among unlabelled continuation lines."""
    spoken = [label for label in labels if label is not _BLANK]
    extra = set()
    for i, label in enumerate(spoken):
        if label is None or name_key(label.name) in accepted:
            continue
        before = i == 0 or spoken[i - 1] is not None
        after = i + 1 == len(spoken) or spoken[i + 1] is not None
        if before and after:
            extra.add(name_key(label.name))
    return extra


def _labels(lines: list[Line]) -> list[Label | None]:
    """Each line's label, if it has one (whether it counts is decided by `_accepted`)."""
    labels: list[Label | None] = []
    for line in lines:
        if line.voice:
            labels.append(None)
        elif not line.text.strip():
            labels.append(_BLANK)
        else:
            labels.append(find_label(line.text))
    return labels


def _accepted(labels: list[Label | None]) -> set[str]:
    accepted = accepted_names(label for label in labels if label and label is not _BLANK)
    return accepted | _sandwiched(labels, accepted)


def _counts(label: Label | None, accepted: set[str]) -> bool:
    return label is not None and label is not _BLANK and name_key(label.name) in accepted


def _without_own_name(text: str, voice: str) -> str:
    """Zoom-style "Jane: ..." inside a cue Teams already tagged as Jane."""
    label = find_label(text)
    return label.text if label and name_key(label.name) == name_key(voice) else text


def cues_from_lines(lines: list[Line]) -> list[Cue]:
    lines = [line for line in lines if not _NOISE.match(line.text.strip())]
    labels = _labels(lines)
    accepted = _accepted(labels)
    builder = _Builder()
    for line, label in zip(lines, labels, strict=True):
        text = line.text.strip()
        if line.voice is not None:
            builder.start(line.voice, _without_own_name(text, line.voice), line.start, line.end)
        elif label is not None and _counts(label, accepted):
            start = label.start if label.start is not None else line.start
            builder.start(label.name, label.text, start, line.end)
        elif line.block_start and line.start is not None:
            builder.start(None, text, line.start, line.end)
        elif text:
            builder.add(text, line.end)
    builder.flush()
    return [cue for cue in builder.cues if cue.text or cue.speaker]
