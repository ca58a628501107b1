"""A transcript goes in three steps: parse it into a draft, pick the candidate, save the pairs.

A file that cannot be read raises TranscriptError before anything is stored; the pairs reach
the round-one log only when the user saves the reviewed list, in one transaction. The questions
the candidate asked at the end ("Do you have any questions for us?") are not pairs: they are
saved with the answers received to Questions to ask, marked asked in round one.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from roundtwo.ask.models import AskQuestion
from roundtwo.ask.services import next_position as next_ask_position
from roundtwo.engines.transcripts import (
    MAX_BYTES,
    AskedQuestion,
    QAPair,
    Transcript,
    TranscriptError,
    Turn,
    closing_questions,
    list_speakers,
    pair_questions,
    parse_transcript,
)
from roundtwo.engines.transcripts import SpeakerSummary as SpeakerSummary
from roundtwo.opportunities.models import NOTE_LIMIT, Interviewer, InterviewerKind, Opportunity
from roundtwo.reflect.analysis import refresh
from roundtwo.reflect.models import LoggedQuestion, TranscriptDraft
from roundtwo.reflect.services import after_change, next_position

# Labels a transcript uses when it does not know who spoke: not worth adding as a person.
ANONYMOUS = ("unknown", "speaker", "interviewer", "guest", "participant")


@dataclass(frozen=True)
class ReviewedPair:
    remarks: str
    question: str
    asked_by: str
    answer: str
    start: float | None
    end: float | None
    follow_up_of: int | None  # index in the reviewed list, before unkept pairs are dropped


def read_upload(upload: UploadedFile) -> bytes:
    """The file's bytes, refusing early anything over the size limit."""
    if upload.size is not None and upload.size > MAX_BYTES:
        raise TranscriptError(
            f"This file is {upload.size / 1_048_576:.1f} MB; a transcript over "
            f"{MAX_BYTES // 1_048_576} MB is not accepted."
        )
    data = b"".join(upload.chunks())
    if len(data) > MAX_BYTES:
        raise TranscriptError(f"A transcript over {MAX_BYTES // 1_048_576} MB is not accepted.")
    return data


def create_draft(opportunity: Opportunity, upload: UploadedFile) -> TranscriptDraft:
    name = (upload.name or "transcript")[:255]
    transcript = parse_transcript(read_upload(upload), name)
    turns = [
        {"speaker": t.speaker, "text": t.text, "start": t.start, "end": t.end}
        for t in transcript.turns
    ]
    return TranscriptDraft.objects.create(
        opportunity=opportunity, filename=name, format=transcript.format, turns=turns
    )


def transcript_of(draft: TranscriptDraft) -> Transcript:
    turns = tuple(
        Turn(speaker=t["speaker"], text=t["text"], start=t["start"], end=t["end"])
        for t in draft.turns
    )
    return Transcript(format=draft.format, turns=turns)


def speakers_of(draft: TranscriptDraft) -> tuple[SpeakerSummary, ...]:
    return list_speakers(transcript_of(draft))


def pairs_of(draft: TranscriptDraft) -> tuple[QAPair, ...]:
    return pair_questions(transcript_of(draft), draft.candidate)


def asked_of(draft: TranscriptDraft) -> tuple[AskedQuestion, ...]:
    return closing_questions(transcript_of(draft), draft.candidate)


def save_asked(opportunity: Opportunity, asked: tuple[AskedQuestion, ...]) -> list[AskQuestion]:
    """The candidate's closing questions as asked ones, each with the person who answered when
    they are a known interviewer; a question already on the list is not added twice."""
    people = {p.name.casefold(): p for p in opportunity.interviewers.all()}
    known = {q.text.casefold() for q in opportunity.ask_questions.all()}
    position = next_ask_position(opportunity)
    saved: list[AskQuestion] = []
    for item in asked:
        text = item.question.strip()[:1000]
        if not text or text.casefold() in known:
            continue
        known.add(text.casefold())
        saved.append(
            AskQuestion.objects.create(
                opportunity=opportunity,
                interviewer=people.get(item.answered_by.casefold()),
                round_number=1,
                text=text,
                source=AskQuestion.Source.USER,
                asked=True,
                answer=item.answer.strip()[:NOTE_LIMIT],
                position=position + len(saved),
            )
        )
    return saved


def kept_entries(
    opportunity: Opportunity, pairs: list[tuple[ReviewedPair, bool]]
) -> list[LoggedQuestion]:
    """Saved entries for the kept pairs, follow-ups linked to their (kept) question."""
    position = next_position(opportunity)
    saved: dict[int, LoggedQuestion] = {}
    for index, (pair, keep) in enumerate(pairs):
        if not keep or not pair.question.strip():
            continue
        parent = saved.get(pair.follow_up_of) if pair.follow_up_of is not None else None
        entry = LoggedQuestion(
            opportunity=opportunity,
            position=position,
            asked_by=pair.asked_by[:200],
            remarks=pair.remarks.strip(),
            question=pair.question.strip(),
            answer=pair.answer.strip(),
            start_seconds=pair.start,
            end_seconds=pair.end,
            follow_up_of=parent,
            source=LoggedQuestion.Source.TRANSCRIPT,
        )
        refresh(entry)
        entry.save()
        saved[index] = entry
        position += 1
    return list(saved.values())


def add_interviewers(opportunity: Opportunity, names: set[str]) -> None:
    known = {p.name.casefold() for p in opportunity.interviewers.all()}
    round_one = opportunity.round(1)
    for name in sorted(names):
        if name.casefold() in known or name.casefold().startswith(ANONYMOUS):
            continue
        person = Interviewer.objects.create(
            opportunity=opportunity, name=name[:200], kind=InterviewerKind.OTHER
        )
        person.rounds.add(round_one)


@transaction.atomic
def save_pairs(
    draft: TranscriptDraft,
    pairs: list[tuple[ReviewedPair, bool]],
    with_people: bool,
    asked: tuple[AskedQuestion, ...] = (),
) -> list[LoggedQuestion]:
    opportunity = draft.opportunity
    entries = kept_entries(opportunity, pairs)
    if with_people:
        people = {e.asked_by for e in entries if e.asked_by} | {a.answered_by for a in asked}
        add_interviewers(opportunity, {p for p in people if p})
    save_asked(opportunity, asked)
    draft.delete()
    after_change(opportunity)
    return entries
