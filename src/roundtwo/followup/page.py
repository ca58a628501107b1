"""The follow-up area: per interviewer, the debrief, the thank-you note and any check-in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from roundtwo.followup.checkins import check_in_is_due
from roundtwo.followup.forms import DraftOptionsForm
from roundtwo.followup.mail_setup import MailSetup, MailSetupError, mail_setup
from roundtwo.followup.models import Debrief, FollowUpEmail, MailSettings
from roundtwo.followup.reminders import send_reminder
from roundtwo.followup.sending import mailto_link, plain_text
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.services import panel_people


@dataclass(frozen=True)
class Note:
    email: FollowUpEmail
    mailto: str
    copy_text: str


def note(email: FollowUpEmail | None) -> Note | None:
    return Note(email, mailto_link(email), plain_text(email)) if email else None


@dataclass(frozen=True)
class PersonRow:
    person: Interviewer
    debrief: Debrief | None
    thank_you: Note | None
    check_in: Note | None
    check_in_due: bool  # no reply yet after the business days the user set


def person_rows(
    opportunity: Opportunity, people: list[Interviewer], today: dt.date
) -> list[PersonRow]:
    debriefs = {d.interviewer_id: d for d in opportunity.followup_debriefs.all()}
    emails = {(e.interviewer_id, e.kind): e for e in opportunity.followup_emails.all()}
    days = check_in_days(opportunity)
    rows = []
    for person in people:
        thanks = emails.get((person.pk, FollowUpEmail.Kind.THANK_YOU))
        check_in = emails.get((person.pk, FollowUpEmail.Kind.CHECK_IN))
        due = check_in is None and thanks is not None and check_in_is_due(thanks, today, days)
        rows.append(PersonRow(person, debriefs.get(person.pk), note(thanks), note(check_in), due))
    return rows


def check_in_days(opportunity: Opportunity) -> int:
    saved = MailSettings.objects.filter(owner_id=opportunity.owner_id).first()
    return saved.check_in_days if saved else 5


def setup_status(opportunity: Opportunity) -> tuple[MailSetup | None, str]:
    try:
        return mail_setup(opportunity.owner), ""
    except MailSetupError as error:
        return None, str(error)


def followup_context(opportunity: Opportunity) -> dict[str, Any]:
    people = panel_people(opportunity)
    rows = person_rows(opportunity, people, timezone.localdate())
    setup, setup_error = setup_status(opportunity)
    return {
        "followup_rows": rows,
        "followup_reminder": send_reminder(opportunity, people),
        "followup_has_drafts": any(row.thank_you for row in rows),
        "followup_debriefed": sum(1 for r in rows if r.debrief and not r.debrief.is_empty),
        "draft_form": DraftOptionsForm(),
        "mail_setup": setup,
        "mail_setup_error": setup_error,
        "check_in_days": check_in_days(opportunity),
    }
