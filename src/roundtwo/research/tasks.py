"""Reading a source runs in the background: fetching can take seconds, a PDF longer."""

from __future__ import annotations

from typing import Any

from roundtwo.background.jobs import GAVE_UP, job_lost, job_task, start_job
from roundtwo.background.models import Job
from roundtwo.background.recovery import when_lost
from roundtwo.research.models import Source
from roundtwo.research.reading import fail, read_source
from roundtwo.workspace.revision import touch_all


@job_task
def read_source_task(job_id: str, source_id: int) -> None:
    job = Job.objects.get(id=job_id)
    source = Source.objects.get(pk=source_id)
    try:
        found = read_source(source, job.report)
    except Exception:
        fail(source, "Reading this source failed unexpectedly; nothing was changed.")
        job.fail("Reading this source failed unexpectedly; nothing was changed.")
        raise
    if source.status == Source.Status.FAILED:
        job.fail(source.error)
    else:
        job.finish(message=f"{source.label}: {found} facts found.")


@when_lost(read_source_task)
def source_lost(args: list[Any], gave_up: bool) -> None:
    """Like any job, and the source says why it was not read (keeping what was uploaded)."""
    job_lost(args, gave_up)
    if gave_up:
        Source.objects.filter(pk=args[1], status=Source.Status.PENDING).update(
            status=Source.Status.FAILED, error=GAVE_UP
        )
        owner = Source.objects.filter(pk=args[1]).values_list("opportunity__owner_id", flat=True)
        touch_all(owner)


def queue_read(source: Source) -> Job:
    job = Job.objects.create(
        owner_id=source.opportunity.owner_id, kind="research", return_url=source.return_url
    )
    source.job = job
    source.status = Source.Status.PENDING
    source.save(update_fields=["job", "status"])
    start_job(job, read_source_task, source.pk)
    return job
