"""Your sessions: every signed-in browser is listed on the account page and can be ended."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.fixtures import Settings

from roundtwo.accounts.models import SignedInSession
from tests.conftest import PASSWORD

NEW = "x-" + PASSWORD


def browser(agent: str, ip: str = "198.51.100.7", username: str = "alice") -> Client:
    client = Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=ip)
    answer = client.post("/accounts/sign-in/", {"username": username, "password": PASSWORD})
    assert answer.status_code == 302
    return client


def signed_in(client: Client) -> bool:
    return client.get("/accounts/account/").status_code == 200


def test_each_sign_in_is_listed_with_its_browser_and_address(alice: User) -> None:
    laptop = browser("Firefox on the laptop", ip="198.51.100.7")
    browser("Safari on the phone", ip="203.0.113.9")
    page = laptop.get("/accounts/account/").content.decode()
    assert "Firefox on the laptop" in page
    assert "Safari on the phone" in page
    assert "203.0.113.9" in page
    assert page.count("This session") == 1


def test_the_address_is_the_one_the_trusted_proxy_vouches_for(
    alice: User, settings: Settings
) -> None:
    settings.TRUSTED_PROXIES = 1
    client = Client(
        HTTP_USER_AGENT="Behind the proxy",
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.44",
    )
    client.post("/accounts/sign-in/", {"username": "alice", "password": PASSWORD})
    assert SignedInSession.objects.get().ip_address == "192.0.2.44"


def test_ending_one_session_signs_that_browser_out_only(alice: User) -> None:
    laptop = browser("Laptop")
    phone = browser("Phone")
    row = SignedInSession.objects.get(user_agent="Phone")
    assert laptop.post(f"/accounts/account/sessions/{row.pk}/end/").status_code == 302
    assert not signed_in(phone)
    assert signed_in(laptop)


def test_end_all_others_keeps_this_one(alice: User) -> None:
    laptop = browser("Laptop")
    others = [browser(f"Other {n}") for n in range(3)]
    laptop.post("/accounts/account/sessions/end-others/")
    assert signed_in(laptop)
    assert not any(signed_in(other) for other in others)
    assert list(SignedInSession.objects.values_list("user_agent", flat=True)) == ["Laptop"]


def test_no_one_can_end_another_accounts_session(alice: User, bob: User) -> None:
    alices = browser("Alice's laptop")
    bobs = browser("Bob's laptop", username="bob")
    row = SignedInSession.objects.get(user=alice)
    assert bobs.post(f"/accounts/account/sessions/{row.pk}/end/").status_code == 404
    assert signed_in(alices)
    assert "Alice" not in bobs.get("/accounts/account/").content.decode()


def test_ending_the_current_session_from_its_own_row_is_refused(alice: User) -> None:
    laptop = browser("Laptop")
    row = SignedInSession.objects.get()
    answer = laptop.post(f"/accounts/account/sessions/{row.pk}/end/", follow=True)
    assert b"the session you are using" in answer.content
    assert signed_in(laptop)


def test_ending_a_session_that_is_already_gone_answers_not_found(alice: User) -> None:
    laptop = browser("Laptop")
    assert laptop.post("/accounts/account/sessions/999999/end/").status_code == 404


def test_signing_out_removes_the_row_and_a_password_change_keeps_this_browser(
    alice: User,
) -> None:
    phone = browser("Phone")
    phone.post("/accounts/sign-out/")
    assert not SignedInSession.objects.filter(user_agent="Phone").exists()
    laptop = browser("Laptop")
    laptop.post(
        "/accounts/account/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "x-" + PASSWORD,
            "new_password2": "x-" + PASSWORD,
        },
    )
    page = laptop.get("/accounts/account/").content.decode()
    assert page.count("This session") == 1


@pytest.mark.parametrize("method", ["get"])
def test_ending_needs_a_post(alice: User, method: str) -> None:
    laptop = browser("Laptop")
    assert laptop.get("/accounts/account/sessions/end-others/").status_code == 405
