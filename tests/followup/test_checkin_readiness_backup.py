"""A check-in after N business days without a reply; readiness from debriefs and sent notes;
debriefs and notes in the backup (never the mail password)."""

from __future__ import annotations

import datetime as dt
import json

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from roundtwo.backup.document import export_document, import_document
from roundtwo.followup.models import Debrief, FollowUpEmail
from roundtwo.opportunities.models import Opportunity
from roundtwo.workspace.readiness import readiness
from tests.followup.conftest import SECRET, save_mail_settings
from tests.followup.helpers import area_url, debrief, debrief_panel


def sent_note(opportunity: Opportunity, client: Client, days_ago: int) -> FollowUpEmail:
    debrief_panel(opportunity)
    client.post(f"/o/{opportunity.pk}/followup/draft/", {"tone": "warm"})
    note = FollowUpEmail.objects.get(interviewer__name="Dana Lee")
    note.status = FollowUpEmail.Status.SENT
    note.sent_at = timezone.now() - dt.timedelta(days=days_ago)
    note.save()
    return note


def test_no_check_in_before_the_business_days_have_passed(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    sent_note(alices_opportunity, alice_client, days_ago=1)
    page = alice_client.get(area_url(alices_opportunity)).content.decode()
    assert "Draft a check-in to Dana Lee" not in page


def test_a_polite_check_in_is_offered_when_no_reply_came(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    note = sent_note(alices_opportunity, alice_client, days_ago=14)
    page = alice_client.get(area_url(alices_opportunity)).content.decode()
    assert "No reply from Dana Lee after 5 business days." in page
    alice_client.post(f"/o/{alices_opportunity.pk}/followup/email/{note.pk}/check-in/")
    check_in = FollowUpEmail.objects.get(kind="check_in")
    assert check_in.interviewer_id == note.interviewer_id and check_in.to == note.to
    assert check_in.status == "draft" and check_in.body
    page = alice_client.get(area_url(alices_opportunity)).content.decode()
    assert "Check-in to Dana Lee" in page


def test_a_reply_stops_the_check_in_and_the_user_sets_the_days(
    alice: User, alices_opportunity: Opportunity, alice_client: Client
) -> None:
    note = sent_note(alices_opportunity, alice_client, days_ago=14)
    save_mail_settings(alice, 2525, check_in_days=30)
    assert "Draft a check-in" not in alice_client.get(area_url(alices_opportunity)).content.decode()
    save_mail_settings(alice, 2525, check_in_days=5)
    alice_client.post(
        f"/o/{alices_opportunity.pk}/followup/email/{note.pk}/mark/", {"what": "replied"}
    )
    note.refresh_from_db()
    assert note.replied_at is not None
    assert "Draft a check-in" not in alice_client.get(area_url(alices_opportunity)).content.decode()


def test_readiness_counts_debriefs_and_sent_notes_once_the_interview_is_over(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    def followup_signals() -> list[str]:
        opportunity = Opportunity.objects.get(pk=alices_opportunity.pk)
        return [s.label for s in readiness(opportunity).for_area("followup").signals]

    assert not any("debriefed" in label for label in followup_signals())
    dana = alices_opportunity.interviewers.get(name="Dana Lee")
    debrief(dana, "Route planning")
    assert "1 of 2 interviewers debriefed" in followup_signals()
    assert "0 of 2 thank-you notes sent" in followup_signals()


def test_debriefs_and_notes_survive_a_backup_round_trip_without_the_password(
    alice: User, alices_opportunity: Opportunity, alice_client: Client
) -> None:
    save_mail_settings(alice, 2525)
    sent_note(alices_opportunity, alice_client, days_ago=2)
    first = export_document(alice)
    text = json.dumps(first, ensure_ascii=False)
    assert SECRET not in text
    entry = first["opportunities"][0]
    assert len(entry["followup_debriefs"]) == 2 and len(entry["followup_emails"]) == 2
    assert {row["interviewer"] for row in entry["followup_emails"]} == {"Dana Lee", "Sam Ortiz"}
    import_document(json.loads(text), alice)
    again = export_document(alice)
    again.pop("exported_at")
    first.pop("exported_at")
    assert again == first
    assert Debrief.objects.filter(opportunity__owner=alice).count() == 2
