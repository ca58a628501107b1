"""A candidate's export carries their coaching data; an import restores history, never access."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.test import Client

from roundtwo.accounts.erasure import erase_account
from roundtwo.backup.document import ImportRefused, export_document, import_document
from roundtwo.coaching.comments import Target, add_comment
from roundtwo.coaching.models import AccessRecord, Comment, Notification, Share
from roundtwo.core.permissions import Action, fetch
from roundtwo.followup.models import FollowUpEmail
from roundtwo.opportunities.models import Opportunity
from roundtwo.practice.models import PracticeQuestion
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.rehearse.models import Attempt
from roundtwo.stories.models import Story
from tests.coaching.conftest import FULL_SCOPE, share_with
from tests.conftest import make_user, signed_in
from tests.hostile.probes import row_counts


def on_every_kind(alice: User, carol: User, opportunity: Opportunity, **items: Any) -> None:
    """A coach's comment on one item of each kind, each with the candidate's reply."""
    for kind, item in items.items():
        target = Target(kind, item, alice.pk)
        said = add_comment(target, carol, f"Carol on {kind}", opportunity_id=opportunity.pk)
        add_comment(
            target, alice, f"Alice on {kind}", opportunity_id=opportunity.pk, parent_id=said.pk
        )


@pytest.fixture
def coached(
    alice: User,
    carol: User,
    alices_opportunity: Opportunity,
    answer: LoggedQuestion,
    story: Story,
    attempt: Attempt,
) -> Share:
    share = share_with(alice, carol, None, **FULL_SCOPE)
    person = alices_opportunity.interviewers.all()[0]
    items = {
        "logged_question": answer,
        "story": story,
        "practice_question": PracticeQuestion.objects.create(
            opportunity=alices_opportunity, key="bq-1", question="A conflict?", kind="behavioral"
        ),
        "attempt": attempt,
        "followup_email": FollowUpEmail.objects.create(
            opportunity=alices_opportunity, interviewer=person, subject="Thanks", body="Thank you."
        ),
    }
    on_every_kind(alice, carol, alices_opportunity, **items)
    fetch(LoggedQuestion, carol, Action.VIEW, pk=answer.pk)  # one line in the access log
    Comment.objects.filter(text="Carol on story").update(resolved_at=attempt.created_at)
    return share


def through_json(document: dict[str, Any]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(json.dumps(document))
    return loaded


def without_timestamp(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


def comments_by_item() -> dict[str, list[tuple[str, str, bool]]]:
    """Each item's text, with its comments: (author's name, text, resolved)."""
    found: dict[str, list[tuple[str, str, bool]]] = {}
    for comment in Comment.objects.select_related("author").order_by("created_at", "pk"):
        kind = comment.target_key.partition(":")[0]
        item = getattr(comment, kind)
        found.setdefault(str(item), []).append(
            (comment.author_label, comment.text, comment.resolved_at is not None)
        )
    return found


def test_the_export_carries_shares_comments_notifications_and_the_access_log(
    alice: User, coached: Share
) -> None:
    coaching = through_json(export_document(alice))["coaching"]
    (share,) = coaching["shares"]
    assert share["email"] == "carol@example.org" and share["coach"].startswith("Carol Coach")
    assert share["opportunity"] is None and share["status"] == "active"
    assert share["can_review"] and share["revoked_at"] is None and share["accepted_at"]
    assert "token_hash" not in share
    assert len(coaching["comments"]) == 5
    first = coaching["comments"][0]
    assert (first["author"], first["text"], first["by_candidate"]) == (
        "Carol Coach",
        "Carol on logged_question",
        False,
    )
    assert first["on"] == {"kind": "logged_question", "opportunity": 0, "index": 0}
    assert [(r["author"], r["by_candidate"]) for r in first["replies"]] == [("alice", True)]
    assert [n["text"] for n in coaching["notifications"]][0].startswith("Carol Coach commented")
    (record,) = coaching["access_log"]
    assert record["coach_name"] == "Carol Coach <carol@example.org>" and record["action"] == "view"


def test_a_round_trip_on_the_same_site_is_exact_and_doubles_nothing(
    alice: User, carol: User, coached: Share
) -> None:
    before = comments_by_item()
    first = export_document(alice)
    summary = import_document(through_json(first), alice)
    assert without_timestamp(export_document(alice)) == without_timestamp(first)
    assert comments_by_item() == before
    assert AccessRecord.objects.count() == 1  # the file's entry was already here
    assert summary.coaching.access_records_present == 1
    assert not any("re-granted" in line for line in summary.lines())  # her share is still here
    # The share of every opportunity on this site stays; the new opportunity is shared.
    new = Opportunity.objects.get(owner=alice)
    assert fetch(Opportunity, carol, Action.VIEW, pk=new.pk) == new


def test_on_another_site_comments_come_back_as_history_and_no_share_is_granted(
    alice: User, carol: User, coached: Share
) -> None:
    before = comments_by_item()
    document = through_json(export_document(alice))
    erase_account(alice)  # the new site: no alice, and no coach account linked to anything
    erase_account(carol)
    alice = make_user("alice")
    summary = import_document(document, alice)
    assert comments_by_item() == before
    restored = Comment.objects.get(text="Carol on attempt")
    assert restored.author is None and restored.is_restored
    assert restored.author_name == "Carol Coach" and restored.at_seconds is None
    assert Comment.objects.get(text="Alice on attempt").author == alice
    assert not Share.objects.exists()
    assert not Notification.objects.exists()
    record = AccessRecord.objects.get()
    assert record.owner == alice and record.coach is None
    assert record.coach_name == "Carol Coach <carol@example.org>"
    lines = " ".join(summary.lines())
    assert "Restored 10 comments as history" in lines
    assert "Not re-granted: 1 shares with coaches in the file (carol@example.org)" in lines
    assert "invite your coach again on the Sharing page" in lines


def test_an_account_called_like_the_coach_on_the_new_site_gets_nothing(
    alice: User, carol: User, coached: Share
) -> None:
    document = through_json(export_document(alice))
    erase_account(alice)
    erase_account(carol)
    alice = make_user("alice")
    stranger = make_user("carol")
    stranger.email = "carol@example.org"
    stranger.save()
    import_document(document, alice)
    opportunity = Opportunity.objects.get(owner=alice)
    with pytest.raises(Http404):
        fetch(Opportunity, stranger, Action.VIEW, pk=opportunity.pk)
    assert not Comment.objects.filter(author=stranger).exists()


def test_the_workspace_shows_restored_comments_with_their_authors_name(
    alice: User, carol: User, coached: Share, alice_client: Client
) -> None:
    document = through_json(export_document(alice))
    erase_account(carol)
    import_document(document, alice)
    opportunity = Opportunity.objects.get(owner=alice)
    page = alice_client.get(f"/coach/{opportunity.pk}/").content.decode()
    assert "Carol Coach (restored from an export)" in page
    # A reply to a restored comment notifies nobody: its author has no account here.
    restored = Comment.objects.get(text="Carol on logged_question")
    response = alice_client.post(
        f"/coach/{opportunity.pk}/comments/",
        {"target": restored.target_key, "parent": restored.pk, "text": "Still true."},
    )
    assert response.status_code == 302
    assert Comment.objects.filter(parent=restored, text="Still true.").exists()
    assert not Notification.objects.exclude(user=alice).exists()


def test_shares_of_one_opportunity_on_this_site_end_with_it_and_the_summary_says_so(
    alice: User, carol: User, alices_opportunity: Opportunity
) -> None:
    share_with(alice, carol, alices_opportunity)
    summary = import_document(through_json(export_document(alice)), alice)
    assert not Share.objects.exists()
    lines = " ".join(summary.lines())
    assert "Ended with the opportunities they opened: 1 shares (carol@example.org)" in lines
    assert "re-granted" not in lines  # said once


def test_a_file_of_format_version_1_still_imports(alice: User, coached: Share) -> None:
    document = through_json(export_document(alice))
    del document["coaching"]
    document["version"] = 1
    summary = import_document(document, alice)
    assert summary.opportunities == 1 and summary.coaching.comments == 0
    assert AccessRecord.objects.count() == 1  # this site's log is left as it was


DAMAGE: dict[str, Callable[[dict[str, Any]], object]] = {
    "a comment on nothing": lambda c: c["comments"][0].update(on={"kind": "story"}),
    "a comment on an item out of range": lambda c: c["comments"][0]["on"].update(index=99),
    "a comment on a negative index": lambda c: c["comments"][0]["on"].update(opportunity=-1),
    "a comment of the wrong type": lambda c: c["comments"].append("Carol"),
    "a nameless author": lambda c: c["comments"][-1].update(author=""),
    "a reply of the wrong type": lambda c: c["comments"][0].update(replies={"a": 1}),
    "a log entry with a bad date": lambda c: c["access_log"][0].update(at="yesterday"),
    "a log entry too long": lambda c: c["access_log"][0].update(coach_name="x" * 500),
    "a log that is not a list": lambda c: c.update(access_log="all"),
    "shares that are not a list": lambda c: c.update(shares={"email": "x"}),
    "notifications that are not a list": lambda c: c.update(notifications=7),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_coaching_part_changes_nothing(alice: User, coached: Share, damage: str) -> None:
    document = through_json(export_document(alice))
    document["opportunities"][0]["company"] = "Changed by the file"
    DAMAGE[damage](document["coaching"])
    before = row_counts()
    with pytest.raises(ImportRefused, match="damaged or incomplete"):
        import_document(document, alice)
    assert row_counts() == before
    assert not Opportunity.objects.filter(company="Changed by the file").exists()


def test_a_coaching_part_that_is_not_an_object_is_refused(alice: User, coached: Share) -> None:
    document = through_json(export_document(alice))
    document["coaching"] = ["shares"]
    with pytest.raises(ImportRefused, match="coaching part"):
        import_document(document, alice)


def test_the_import_page_and_command_show_the_summary(
    alice: User, coached: Share, alice_client: Client, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from roundtwo.cli import main

    data = json.dumps(export_document(alice)).encode()
    upload = SimpleUploadedFile("backup.json", data, content_type="application/json")
    response = alice_client.post("/backup/", {"file": upload, "confirm": "on"}, follow=True)
    page = response.content.decode()
    assert "Restored 1 opportunities" in page and "Restored 10 comments as history" in page
    path = tmp_path / "alice.json"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["import", str(path), "--user", "alice"])
    assert result.exit_code == 0, result.output
    assert "Restored 10 comments as history" in result.output


def test_a_coach_sees_restored_comments_but_no_more_than_before(
    alice: User, carol: User, coached: Share
) -> None:
    import_document(through_json(export_document(alice)), alice)
    opportunity = Opportunity.objects.get(owner=alice)
    page = signed_in(carol).get(f"/coach/{opportunity.pk}/").content.decode()
    assert "Carol on logged_question" in page
    share = Share.objects.get()
    share.revoked_at = share.accepted_at
    share.save()
    assert signed_in(carol).get(f"/coach/{opportunity.pk}/").status_code == 404
