"""A parsed resume -> evidence items for the fit matrix, each naming the job it came from."""

from __future__ import annotations

from roundtwo.engines.resume import Resume

from .model import Evidence


def evidence_from_resume(resume: Resume) -> list[Evidence]:
    """Every bullet as an Evidence: ids "resume-<job>-<bullet>" (1-based), then "resume-other-<n>"
    for projects, volunteering and awards; sources "resume: Data Engineer at Portline"."""
    items = [
        Evidence(f"resume-{n}-{m}", bullet, f"resume: {job.label}", "bullet")
        for n, job in enumerate(resume.experiences, 1)
        for m, bullet in enumerate(job.bullets, 1)
    ]
    items += [
        Evidence(f"resume-other-{m}", bullet, "resume: other achievements", "bullet")
        for m, bullet in enumerate(resume.other_bullets, 1)
    ]
    return items
