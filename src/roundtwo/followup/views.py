"""Follow up: debrief each interviewer, draft and edit thank-you notes, send or hand them over."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST

from roundtwo.core.ownership import get_owned
from roundtwo.followup.checkins import create_check_in
from roundtwo.followup.drafting import draft_notes, redraft
from roundtwo.followup.forms import DebriefForm, DraftOptionsForm, EmailForm, MailSettingsForm
from roundtwo.followup.models import Debrief, FollowUpEmail, MailSettings
from roundtwo.followup.page import check_in_days
from roundtwo.followup.reminders import tick_plan_tasks
from roundtwo.followup.sending import NotSent, eml_bytes, mark_sent, send_email
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.services import panel_people
from roundtwo.workspace.views import redirect_to_area


def back(pk: int, anchor: str = "followup") -> HttpResponse:
    return redirect_to_area(pk, "followup", anchor)


def tone_of(request: HttpRequest) -> str:
    form = DraftOptionsForm(request.POST)
    return form.cleaned_data["tone"] if form.is_valid() else FollowUpEmail.Tone.WARM


@require_http_methods(["GET", "POST"])
def debrief(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    person = get_owned(Interviewer, request.user, pk=person_pk, opportunity_id=pk)
    opportunity = person.opportunity
    instance = Debrief.objects.filter(interviewer=person).first() or Debrief(
        opportunity=opportunity, interviewer=person
    )
    form = DebriefForm(request.POST or None, instance=instance)
    people = panel_people(opportunity)
    following = next_person(people, person)
    if request.method == "POST" and form.is_valid():
        form.instance.updated_at = timezone.now()
        form.save()
        tick_plan_tasks(opportunity)
        messages.success(request, f"Saved your notes on {person.name}.")
        if following is not None and "next" in request.POST:
            return redirect("followup:debrief", pk, following.pk)
        return back(pk, f"person-{person.pk}")
    context = {"form": form, "person": person, "opportunity": opportunity, "following": following}
    return render(request, "followup/debrief.html", context)


def next_person(people: list[Interviewer], person: Interviewer) -> Interviewer | None:
    ids = [p.pk for p in people]
    if person.pk not in ids:
        return None
    index = ids.index(person.pk)
    return people[index + 1] if index + 1 < len(people) else None


@require_POST
def draft_all(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    if not panel_people(opportunity):
        messages.error(request, "Add the people you met first, then draft a note to each.")
        return back(pk)
    drafted = draft_notes(opportunity, tone_of(request))
    if drafted.written:
        messages.success(request, f"Drafted a note to {', '.join(drafted.written)}.")
    if drafted.kept:
        messages.info(
            request,
            f"Kept as they are (edited or sent): {', '.join(drafted.kept)}. "
            "Use “Redraft” on one of them to replace it.",
        )
    return back(pk, "notes")


@require_POST
def redraft_one(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    """Asks first when the note was edited by hand: a redraft would replace the changes."""
    person = get_owned(Interviewer, request.user, pk=person_pk, opportunity_id=pk)
    existing = person.followup_emails.filter(kind=FollowUpEmail.Kind.THANK_YOU).first()
    if existing is not None and existing.edited and "confirm" not in request.POST:
        context = {
            "opportunity": person.opportunity,
            "person": person,
            "email": existing,
            "tone": tone_of(request),
        }
        return render(request, "followup/confirm_redraft.html", context)
    redraft(person.opportunity, person, tone_of(request))
    messages.success(request, f"A fresh draft to {person.name}.")
    return back(pk, f"person-{person.pk}")


@require_http_methods(["GET", "POST"])
def edit_email(request: HttpRequest, pk: int, email_pk: int) -> HttpResponse:
    email = get_owned(FollowUpEmail, request.user, pk=email_pk, opportunity_id=pk)
    form = EmailForm(request.POST or None, instance=email)
    if request.method == "POST" and form.is_valid():
        if form.has_changed():
            form.instance.edited = True
            form.instance.last_error = ""
            form.save()
        messages.success(request, f"Saved your note to {email.interviewer.name}.")
        return back(pk, f"person-{email.interviewer_id}")
    context = {"form": form, "email": email, "opportunity": email.opportunity}
    return render(request, "followup/edit_email.html", context)


@require_POST
def send(request: HttpRequest, pk: int, email_pk: int) -> HttpResponse:
    email = get_owned(FollowUpEmail, request.user, pk=email_pk, opportunity_id=pk)
    if email.is_sent:
        messages.info(request, f"Already sent to {email.interviewer.name}.")
        return back(pk, f"person-{email.interviewer_id}")
    try:
        send_email(email)
    except NotSent as reason:
        messages.error(
            request, f"Not sent to {email.interviewer.name}: {reason} Your note is kept."
        )
    else:
        messages.success(request, f"Sent to {email.interviewer.name} at {email.to}.")
    return back(pk, f"person-{email.interviewer_id}")


@require_POST
def download_eml(request: HttpRequest, pk: int, email_pk: int) -> HttpResponse:
    email = get_owned(FollowUpEmail, request.user, pk=email_pk, opportunity_id=pk)
    try:
        data = eml_bytes(email)
    except ValueError as error:
        messages.error(request, f"Cannot export this note: {error}")
        return back(pk, f"person-{email.interviewer_id}")
    name = slugify(f"{email.get_kind_display()} {email.interviewer.name}") or "note"
    response = HttpResponse(data, content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="{name}.eml"'
    return response


@require_POST
def mark(request: HttpRequest, pk: int, email_pk: int) -> HttpResponse:
    """What happened outside the app: sent from their own mail program, or a reply came."""
    email = get_owned(FollowUpEmail, request.user, pk=email_pk, opportunity_id=pk)
    what = request.POST.get("what")
    if what == "sent" and not email.is_sent:
        mark_sent(email)
        messages.success(request, f"Marked as sent to {email.interviewer.name}.")
    elif what == "replied":
        email.replied_at = None if email.replied_at else timezone.now()
        email.save(update_fields=["replied_at"])
    elif what == "unsent" and email.is_sent:
        email.status = FollowUpEmail.Status.DRAFT
        email.sent_at = None
        email.save(update_fields=["status", "sent_at"])
    return back(pk, f"person-{email.interviewer_id}")


@require_POST
def check_in(request: HttpRequest, pk: int, email_pk: int) -> HttpResponse:
    thanks = get_owned(
        FollowUpEmail, request.user, pk=email_pk, opportunity_id=pk, kind="thank_you"
    )
    create_check_in(thanks, check_in_days(thanks.opportunity))
    messages.success(request, f"A check-in to {thanks.interviewer.name} is ready below.")
    return back(pk, f"person-{thanks.interviewer_id}")


@require_http_methods(["GET", "POST"])
def mail_settings(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = get_owned(Opportunity, request.user, pk=pk)
    saved = MailSettings.objects.filter(owner=opportunity.owner).first()
    instance = saved or MailSettings(owner=opportunity.owner)
    form = MailSettingsForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your mail settings are saved.")
        return back(pk, "sending")
    context = {
        "form": form,
        "opportunity": opportunity,
        "password_saved": bool(saved and saved.smtp_password),
        "password_from_env": "smtp_password" in form.from_env,
    }
    return render(request, "followup/settings.html", context)
