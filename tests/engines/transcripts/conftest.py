from __future__ import annotations

import io

import docx


def make_docx(paragraphs: list[str]) -> bytes:
    """A real .docx built on the fly; a newline inside a paragraph becomes a line break."""
    document = docx.Document()
    for paragraph in paragraphs:
        first, *rest = paragraph.split("\n")
        run = document.add_paragraph().add_run(first)
        for line in rest:
            run.add_break()
            run.add_text(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def teams_vtt(*cues: tuple[str, str, str, str]) -> bytes:
    """Cues as (start, end, speaker, text), written the way Teams writes them."""
    parts = ["WEBVTT", ""]
    for n, (start, end, speaker, text) in enumerate(cues, 1):
        parts += [f"0f1e2d3c-aaaa-bbbb-cccc-123456789abc/{n}-0", f"{start} --> {end}"]
        parts += [f"<v {speaker}>{text}</v>", ""]
    return "\n".join(parts).encode()


def labelled(*lines: str) -> bytes:
    return "\n".join(lines).encode()
