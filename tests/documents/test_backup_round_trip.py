"""The checklist, references with their briefs, and the pack settings survive export and import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from pytest_django.fixtures import Settings

from roundtwo.backup.document import ImportRefused, export_document, import_document
from roundtwo.documents.models import ChecklistItem, DayPack, Reference, ReferenceBrief
from roundtwo.opportunities.models import Opportunity
from roundtwo.stories.models import Story


def without_timestamp(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


@pytest.fixture
def documented(alices_opportunity: Opportunity, settings: Settings, tmp_path: Path) -> Opportunity:
    settings.MEDIA_ROOT = tmp_path / "media"
    owner = alices_opportunity.owner
    story = Story.objects.create(owner=owner, title="The pipeline rescue")
    item = ChecklistItem.objects.create(
        opportunity=alices_opportunity,
        label="Resume",
        status="printed",
        notes="Ø and 中文",
        position=1,
    )
    item.attachment.save("cv.pdf", ContentFile(b"%PDF-1.4"), save=False)
    item.attachment_name = "cv.pdf"
    item.save()
    ChecklistItem.objects.create(opportunity=alices_opportunity, label="ID", key="id", position=0)
    reference = Reference.objects.create(owner=owner, name="Aiko Tanaka", email="a@example.com")
    reference.stories.set([story])
    Reference.objects.create(owner=owner, name="Not briefed anywhere")
    ReferenceBrief.objects.create(
        opportunity=alices_opportunity,
        reference=reference,
        permission="yes",
        note="My own words",
        note_edited=True,
    )
    DayPack.objects.create(opportunity=alices_opportunity, page_size="Letter", ask_for="Dana")
    return alices_opportunity


def test_a_round_trip_is_exact(alice: User, documented: Opportunity) -> None:
    first = export_document(alice)
    entry = first["opportunities"][0]
    assert [row["label"] for row in entry["checklist"]] == ["ID", "Resume"]
    assert entry["checklist"][1]["attachment"].startswith("documents/")
    assert entry["reference_briefs"][0]["reference"][0] == "Aiko Tanaka"
    assert entry["day_pack"][0]["page_size"] == "Letter"
    assert [r["name"] for r in first["references"]] == ["Aiko Tanaka", "Not briefed anywhere"]
    import_document(json.loads(json.dumps(first)), alice)
    assert without_timestamp(export_document(alice)) == without_timestamp(first)
    restored = Reference.objects.get(name="Aiko Tanaka")
    assert [s.title for s in restored.stories.all()] == ["The pipeline rescue"]
    item = ChecklistItem.objects.get(label="Resume")
    assert item.attachment.read() == b"%PDF-1.4"


def test_an_attachment_path_from_elsewhere_is_dropped(alice: User, documented: Opportunity) -> None:
    document = export_document(alice)
    rows = document["opportunities"][0]["checklist"]
    rows[1]["attachment"] = "../../secret_key"
    rows[0]["attachment"] = "documents/not-here/file.pdf"
    import_document(document, alice)
    assert not ChecklistItem.objects.filter(attachment__gt="").exists()


def test_a_brief_naming_an_unknown_reference_changes_nothing(
    alice: User, documented: Opportunity
) -> None:
    document = export_document(alice)
    document["opportunities"][0]["reference_briefs"][0]["reference"] = ["Nobody", "2020-01-01"]
    with pytest.raises(ImportRefused, match="damaged"):
        import_document(document, alice)
    assert ReferenceBrief.objects.get().note == "My own words"
