"""Transcription runs in the background: pieces while the candidate speaks, the rest at the end.

The speech engine is imported inside the tasks so the web process never loads Whisper. The
passes while the candidate speaks read the pieces folder, so they run only on a worker that
shares it with the web processes; any worker reads an ended recording from the storage.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from roundtwo.background.recovery import MAX_ATTEMPTS, when_lost
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import piece_file, read_recording, seal

log = logging.getLogger(__name__)
FAILED = "This recording could not be analysed; nothing else was affected. Please try again."


@task()
def advance_task(attempt_id: int) -> None:
    """Transcribe what has arrived so far, so little is left to do when the candidate stops."""
    from roundtwo.engines.speech import SpeechError
    from roundtwo.engines.speech.decode import decode_audio
    from roundtwo.engines.speech.incremental import Progress, advance

    attempt = Attempt.objects.get(pk=attempt_id)
    Attempt.objects.filter(pk=attempt_id).update(advance_queued=False)
    path = piece_file(attempt)
    if attempt.status != Attempt.Status.RECORDING or path is None:
        return  # ended meanwhile, or the pieces are on another host: the final pass does all
    try:
        samples = decode_audio(path.read_bytes(), path.name)
    except SpeechError:
        return  # the first pieces may not decode yet; the final pass will say what is wrong
    progress = advance(samples, Progress.from_dict(attempt.progress))
    Attempt.objects.filter(pk=attempt_id).update(progress=progress.as_dict())
    if attempt.question.behavioral:
        warm_answer_engine()


def warm_answer_engine() -> None:
    """Load the answer engine's models while the candidate is still speaking."""
    from roundtwo.engines.answers import analyze_answer

    analyze_answer("Tell me about a time.", "I did it.")


# A candidate who pressed Stop is waiting on the page: their report goes before the passes that
# transcribe other candidates while they speak (the queue is FIFO within one priority).
@task(priority=10)
def finish_task(attempt_id: int) -> None:
    attempt = Attempt.objects.select_related("question").get(pk=attempt_id)
    try:
        report = analyse(attempt)
    except Exception:
        log.exception("rehearsal attempt %s failed", attempt_id)
        Attempt.objects.filter(pk=attempt_id).update(
            status=Attempt.Status.FAILED, message=FAILED, finished_at=timezone.now()
        )
        raise
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt_id)
        if report is None:
            return
        attempt.store_report(report)
        attempt.status = (
            Attempt.Status.DONE if report["speech_detected"] else Attempt.Status.NO_SPEECH
        )
        attempt.message = str(report.get("message") or "")
        attempt.finished_at = timezone.now()
        attempt.save()


@when_lost(finish_task)
def finish_lost(args: list[Any], gave_up: bool) -> None:
    """The recording is kept either way: a restart reads it again, a give-up says so."""
    waiting = Attempt.objects.filter(pk=args[0], status=Attempt.Status.PROCESSING)
    if not gave_up:
        waiting.update(message="Round Two stopped while preparing this report; starting again.")
        return
    waiting.update(
        status=Attempt.Status.FAILED,
        message=f"Round Two stopped {MAX_ATTEMPTS} times while preparing this report, so it was "
        "not tried again. Your recording is kept; please try again.",
        finished_at=timezone.now(),
    )


def analyse(attempt: Attempt) -> dict[str, Any] | None:
    """The report for a finished recording, or None after storing why there is none."""
    from roundtwo.engines.speech import SpeechError
    from roundtwo.engines.speech.decode import decode_audio
    from roundtwo.engines.speech.incremental import Progress, finish

    data = read_recording(attempt)
    if data is None:
        refuse(attempt, "No recording arrived. Check that the microphone is allowed and try again.")
        return None
    set_message(attempt, "Decoding the recording…")
    try:
        samples = decode_audio(data, Path(attempt.media_path).name)
    except SpeechError as exc:
        refuse(attempt, str(exc))
        return None
    set_message(attempt, "Transcribing and measuring…")
    question = attempt.question.text
    report = finish(samples, Progress.from_dict(attempt.progress), question=question)
    return report.as_dict()


def refuse(attempt: Attempt, message: str) -> None:
    Attempt.objects.filter(pk=attempt.pk).update(
        status=Attempt.Status.FAILED, message=message[:500], finished_at=timezone.now()
    )


def set_message(attempt: Attempt, message: str) -> None:
    Attempt.objects.filter(pk=attempt.pk).update(message=message)


def queue_advance(attempt: Attempt) -> None:
    """At most one pending pass per attempt: a later pass reads every piece stored by then."""
    claimed = Attempt.objects.filter(pk=attempt.pk, advance_queued=False).update(
        advance_queued=True
    )
    if claimed:
        advance_task.enqueue(attempt.pk)


def queue_finish(attempt: Attempt) -> bool:
    """End the recording, seal it into the storage and queue its report, once.

    Under the row's lock, so no piece is appended while it is sealed and a "finish" sent twice
    queues one report; in one transaction, so a crash never leaves it waiting with no task.
    """
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.status != Attempt.Status.RECORDING:
            return False
        seal(locked)
        locked.status = Attempt.Status.PROCESSING
        locked.message = "Waiting for the transcriber…"
        locked.save(update_fields=["status", "message"])
        finish_task.enqueue(locked.pk)
    attempt.status, attempt.message = locked.status, locked.message
    attempt.media_path = locked.media_path
    return True
