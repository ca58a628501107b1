"""The export as a background task: the page asks for it, the worker writes the file."""

from __future__ import annotations

import json

from django.contrib.auth import get_user_model

from roundtwo.background.jobs import job_task, start_job
from roundtwo.background.models import Job
from roundtwo.backup.document import export_document
from roundtwo.stored_files import save_new


@job_task
def export_user_data(job_id: str) -> None:
    job = Job.objects.get(id=job_id)
    try:
        job.report(10, "Collecting your opportunities")
        user = get_user_model().objects.get(pk=job.owner_id)
        document = export_document(user)
        job.report(70, "Writing the file")
        data = json.dumps(document, indent=2, ensure_ascii=False).encode()
        job.finish(result_path=save_new("exports", ".json", data), message="Your export is ready.")
    except Exception as error:
        job.fail(f"The export failed: {error}")
        raise


def queue_export(user_id: int) -> Job:
    job = Job.objects.create(owner_id=user_id, kind="export")
    start_job(job, export_user_data)
    return job
