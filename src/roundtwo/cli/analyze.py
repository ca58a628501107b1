"""`roundtwo analyze answer`: the answer engine on one answer, as JSON or as a readable report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from roundtwo.engines.answers import AnswerAnalysis, analyze_answer


@click.group()
def analyze() -> None:
    """Analyse interview material on this machine (no network)."""


@analyze.command("answer")
@click.option("--question", required=True, metavar="TEXT", help="The question that was asked.")
@click.option(
    "--file",
    "path",
    type=click.Path(exists=True, dir_okay=False),
    help="Read the answer from this file instead of standard input.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object (the stable contract)."
)
def answer(question: str, path: str | None, as_json: bool) -> None:
    """Analyse one answer: STAR parts, specificity, ownership, score, feedback, follow-ups.

    Input that cannot be judged (empty, one word, a pasted job description, not English) is
    reported in the "refusal" field with exit status 0; a file that is not text exits with
    status 1; usage errors exit with status 2.
    """
    from roundtwo.engines.documents import DocumentError
    from roundtwo.engines.documents.text import decode_text

    raw = Path(path).read_bytes() if path else sys.stdin.buffer.read()
    try:  # UTF-8, UTF-16 or a legacy encoding; an image or an archive is refused
        text = decode_text(raw)
    except DocumentError as error:
        raise click.ClickException(error.message) from None
    result = analyze_answer(question, text)
    click.echo(result.to_json() if as_json else report(result))


def report(result: AnswerAnalysis) -> str:
    if result.refusal:
        return f"Not scored: {result.refusal.message}"
    lines = [f"Score: {result.score}/100"]
    lines += [f"  {c.name}: {c.points:g}/{c.max_points:g}" for c in result.breakdown]
    lines.append("STAR: " + ", ".join(f"{part} {status}" for part, status in result.parts.items()))
    lines += ["", "Sentences:"] + [f"  [{s.label}] {s.text}" for s in result.sentences]
    lines += ["", "Feedback:"] + [f"  - {f.message}" for f in result.feedback]
    lines += ["", "Follow-ups to expect:"] + [f"  - {f.question}" for f in result.followups]
    return "\n".join(lines)


@analyze.command("audio")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--question", metavar="TEXT", help="The question answered: adds the content analysis."
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object (the stable contract)."
)
def audio(path: Path, question: str | None, as_json: bool) -> None:
    """Transcribe a spoken answer on this machine and measure pace, fillers, pauses and tone.

    When no speech can be heard, "speech_detected" is false, the transcript is empty and
    "message" says so (exit status 0); an unreadable file exits with status 1.
    """
    from roundtwo.engines.speech import SpeechError, analyze_audio

    try:
        report = analyze_audio(path.read_bytes(), path.name, question=question)
    except SpeechError as error:
        raise click.ClickException(str(error)) from None
    data = report.as_dict()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    if not data["speech_detected"]:
        click.echo(data["message"])
        return
    click.echo(f"{data['transcript']}\n")
    click.echo(f"{data['wpm']:.0f} words per minute over {data['speaking_time_s']:.1f} s")
    click.echo(f"{data['filler_count']} fillers, {data['long_pause_count']} pauses over 2 s")
