"""Reading a source runs in the background: fetching can take seconds, a PDF longer."""

from __future__ import annotations

from django_tasks import task

from roundtwo.background.models import Job
from roundtwo.research.models import Source
from roundtwo.research.reading import fail, read_source


@task()
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


def queue_read(source: Source) -> Job:
    job = Job.objects.create(
        owner_id=source.opportunity.owner_id, kind="research", return_url=source.return_url
    )
    source.job = job
    source.status = Source.Status.PENDING
    source.save(update_fields=["job", "status"])
    read_source_task.enqueue(str(job.id), source.pk)
    return job
