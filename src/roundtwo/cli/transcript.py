"""`roundtwo transcript`: read an interview transcript into speakers and question-answer pairs."""

from __future__ import annotations

import json
from pathlib import Path

import click

from roundtwo.engines.transcripts import (
    MAX_BYTES,
    Transcript,
    TranscriptError,
    closing_questions,
    list_speakers,
    pair_questions,
    parse_transcript,
)

PATH = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group()
def transcript() -> None:
    """Read a transcript (WebVTT, SubRip, Teams .docx, or text with speaker names)."""


def read(path: Path) -> Transcript:
    if path.stat().st_size > MAX_BYTES:
        raise click.ClickException(
            f"{path.name} is over {MAX_BYTES // 1_048_576} MB; that is not a transcript we accept."
        )
    try:
        return parse_transcript(path.read_bytes(), path.name)
    except TranscriptError as error:
        raise click.ClickException(str(error)) from None


@transcript.command("speakers")
@click.argument("path", type=PATH)
def speakers(path: Path) -> None:
    """List the speakers found, most words first, with how each one starts."""
    for speaker in list_speakers(read(path)):
        click.echo(
            f"{speaker.name}\t{speaker.turns} turns\t{speaker.words} words\t{speaker.first_words}"
        )


@transcript.command("import")
@click.argument("path", type=PATH)
@click.option("--candidate", required=True, metavar="NAME", help="The speaker who is you.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object (the stable contract)."
)
def import_(path: Path, candidate: str, as_json: bool) -> None:
    """Turn the conversation into question and answer pairs (nothing is saved).

    JSON: {"pairs": [{"question", "asked_by", "answer", "start", "end", "follow_up_of"}],
    "candidate_questions": [{"question", "answer", "answered_by", "start", "end"}]};
    start and end are seconds or null; follow_up_of is the index of the pair a follow-up
    belongs to, or null. candidate_questions are the questions you asked at the end, with the
    answers you got: they are not pairs.
    """
    try:
        transcript = read(path)
        pairs = pair_questions(transcript, candidate)
        asked = closing_questions(transcript, candidate)
    except TranscriptError as error:
        raise click.ClickException(str(error)) from None
    if as_json:
        out = {
            "pairs": [p.as_dict() for p in pairs],
            "candidate_questions": [a.as_dict() for a in asked],
        }
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    for number, pair in enumerate(pairs, 1):
        extra = f" (follow-up to {pair.follow_up_of + 1})" if pair.follow_up_of is not None else ""
        click.echo(f"{number}. {pair.asked_by}: {pair.question}{extra}\n   {pair.answer}\n")
    if asked:
        click.echo("Questions you asked:")
    for item in asked:
        click.echo(f"- {item.question}\n  {item.answered_by}: {item.answer}")
