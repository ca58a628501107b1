"""Bullet markers, wrapped lines and plain-sentence paragraphs -> one string per achievement."""

from __future__ import annotations

import re

_MARKER = re.compile(
    r"^\s*(?:[•·▪▫◦‣●○■□◆◇➢➤►▶✓✔❖⁃∙*+>]|[-–—]{1,2}(?=\s)|o(?=\s)"
    r"|\(?\d{1,2}[.)](?=\s)|\(?[a-h]\)(?=\s))\s*"
)
_INLINE = re.compile(r"\s+[•▪●■◆➢➤►❖]\s+")
_SENTENCE_END = re.compile(r"[.!?;:][\"')”’]?$")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "ltd.", "inc.", "co.", "approx.", "vs.", "st.", "dr.")


def strip_marker(line: str) -> tuple[bool, str]:
    """(whether the line starts with a bullet marker, the line without it)."""
    m = _MARKER.match(line)
    if m and line[m.end() :].strip():
        return True, line[m.end() :].strip()
    return False, line.strip()


def split_inline(line: str) -> list[str]:
    """ "• Did A • Did B" (two bullets on one line, as PDFs paste them) -> two lines; a job
    header with its first bullet run on ("Developer | Acme | 2021 • Rebuilt ...") -> two lines."""
    parts = [p for p in _INLINE.split(line) if p.strip()]
    return parts[:1] + ["• " + p.strip() for p in parts[1:]] if parts else [line]


def join_wrapped(previous: str, line: str) -> str:
    if previous.endswith("-") and line[:1].islower():  # "optimi-" + "sation"
        return previous[:-1] + line
    return f"{previous} {line}"


def is_continuation(previous: str, line: str, markers_used: bool) -> bool:
    """Whether a line without a marker carries on the item before it (a wrapped line)."""
    first = line[:1]
    if first.islower() or first in "(&%":
        return True
    if _SENTENCE_END.search(previous):
        return False
    # In a list with markers an unmarked line is a wrapped one; in plain text only a line that
    # breaks mid-phrase ("... migrated to" / "Kafka in six weeks") carries on.
    return markers_used or previous.split()[-1].lower() in _GLUE_WORDS


_GLUE_WORDS = {
    "a", "an", "the", "to", "of", "for", "and", "or", "in", "on", "with", "by", "from", "at",
    "into", "across", "per", "as", "that", "which", "who", "than", "over", "under", "&",
}  # fmt: skip


def split_sentences(text: str) -> list[str]:
    """A paragraph -> its sentences; a full stop after "e.g." or "Ltd." does not end one."""
    pieces = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(£$€])", text)
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].lower().endswith(_ABBREVIATIONS):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return [p.strip() for p in out if p.strip()]


def collect_bullets(lines: list[str]) -> list[str]:
    """The achievement items in a block of lines: marked bullets, wrapped lines joined, and
    paragraphs of plain sentences split into sentences."""
    expanded = [part for line in lines if line.strip() for part in split_inline(line)]
    markers_used = any(strip_marker(line)[0] for line in expanded)
    items: list[tuple[bool, str]] = []
    for line in expanded:
        marked, text = strip_marker(line)
        if items and not marked and is_continuation(items[-1][1], text, markers_used):
            items[-1] = (items[-1][0], join_wrapped(items[-1][1], text))
        else:
            items.append((marked, text))
    out: list[str] = []
    for marked, text in items:
        out += [text] if marked else split_sentences(text)
    return [clean(t) for t in out if _has_words(t)]


def clean(text: str) -> str:
    text = " ".join(text.split())
    return text.rstrip(" ;,")


def _has_words(text: str) -> bool:
    return len(re.findall(r"[A-Za-z]{2,}", text)) >= 2
