"""Read one source: fetch or open it, extract its facts, and store them in one transaction.

A failure at any step leaves the opportunity's items as they were and says why on the source.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from roundtwo.engines.documents import DocumentError
from roundtwo.engines.fetch import FetchError, FetchPolicy
from roundtwo.engines.sources import Acquired, acquire_bytes, acquire_url
from roundtwo.research.extraction import extract_rows
from roundtwo.research.models import Item, Source

Report = Callable[[int, str], None]


def fetch_policy() -> FetchPolicy:
    """The app's policy; FETCH_ALLOWED_HOSTS is empty except in the test settings."""
    return FetchPolicy(allowed_hosts=frozenset(settings.FETCH_ALLOWED_HOSTS))


def acquire(source: Source, report: Report) -> Acquired:
    if source.url:

        def progress(done: int, total: int | None) -> None:
            if total:
                report(10 + int(50 * done / total), f"Downloading ({done // 1024} KB)")

        return acquire_url(source.url, fetch_policy(), progress)
    if source.upload is not None:
        return acquire_bytes(bytes(source.upload), source.filename or "upload")
    return Acquired(source.content, source.content_type or "text/plain", None, "pasted text")


@transaction.atomic
def store(
    source: Source, acquired: Acquired, title: str, rows: list[tuple[str, str, str, str]]
) -> None:
    """Replace what this source said before; the user's edited items stay, not doubled."""
    source.items.filter(edited=False).delete()
    kept = set(source.items.values_list("section", "found_as"))
    Item.objects.bulk_create(
        Item(
            opportunity_id=source.opportunity_id,
            section=section,
            name=name[:300],
            found_as=name[:300],
            text=text[:5000],
            date=date[:10],
            source=source,
            position=position,
        )
        for position, (section, name, text, date) in enumerate(rows)
        if (section, name[:300]) not in kept
    )
    source.content = acquired.content
    source.content_type = acquired.content_type
    source.title = (title or acquired.title or source.title)[:300]
    if acquired.origin.startswith("http"):
        source.url = acquired.origin[:2000]
    source.upload = None
    source.status = Source.Status.READY
    source.error = ""
    source.fetched_at = timezone.now()
    source.save()


def read_source(source: Source, report: Report) -> int:
    """Read and extract; returns the number of facts found. Failures are stored, not raised."""
    try:
        report(5, "Opening the source")
        acquired = acquire(source, report)
        report(70, "Finding the facts")
        title, rows = extract_rows(source, acquired.content, acquired.content_type)
    except (FetchError, DocumentError) as error:
        fail(source, error.message)
        return 0
    store(source, acquired, title, rows)
    return len(rows)


def fail(source: Source, message: str) -> None:
    source.status = Source.Status.FAILED
    source.error = message[:500]
    source.upload = None
    source.save(update_fields=["status", "error", "upload"])
