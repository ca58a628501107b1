"""The day pack's PDF is made in the background: the panel plan and the layout take seconds."""

from __future__ import annotations

from django.urls import reverse

from roundtwo.background.jobs import job_task, start_job
from roundtwo.background.models import Job
from roundtwo.documents.models import DayPack
from roundtwo.documents.pack import PageSize, pack_pdf
from roundtwo.opportunities.models import Opportunity
from roundtwo.stored_files import delete, save_new

JOB_KIND = "pack"
PACK_FOLDER = "packs"


@job_task
def make_pack_pdf(job_id: str, opportunity_id: int, page_size: PageSize) -> None:
    job = Job.objects.get(id=job_id)
    try:
        opportunity = Opportunity.objects.get(pk=opportunity_id, owner_id=job.owner_id)
        data = pack_pdf(opportunity, page_size, job.report)
        job.report(90, "Saving the file")
        name = save_new(PACK_FOLDER, ".pdf", data)
        job.finish(result_path=name, message="Your interview-day pack is ready.")
    except Exception as error:
        job.fail(f"The pack could not be made: {error}")
        raise


def queue_pack(pack: DayPack) -> Job:
    """Remember the job on the pack's settings, so the page can offer the latest file."""
    opportunity = pack.opportunity
    _remove_old_file(pack.job)
    job = Job.objects.create(
        owner_id=opportunity.owner_id,
        kind=JOB_KIND,
        return_url=reverse("workspace:area", args=[opportunity.pk, "documents"]) + "#pack",
    )
    pack.job = job
    pack.save()
    size: PageSize = "Letter" if pack.page_size == DayPack.PageSize.LETTER else "A4"
    start_job(job, make_pack_pdf, opportunity.pk, size)
    return job


def _remove_old_file(job: Job | None) -> None:
    """Only the latest pack is offered, so older files would only fill the data folder."""
    if job is None or not job.result_path:
        return
    delete(job.result_path)
