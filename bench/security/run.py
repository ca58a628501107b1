"""What held against an attacker: access control, CSRF, stored scripts, internal fetches.

Run: .venv/bin/python bench/security/run.py [--write]
(a throw-away data directory and SQLite, or DATABASE_URL; --write replaces the "security"
section of bench/RESULTS.md, or "security-postgresql" on PostgreSQL)

1. Two personas: every URL pattern with an id, filled with the ids of Alice's objects, asked
   for by Bob with GET and POST; counted: probes, leaks (any status but 403/404/405, or a page
   showing Alice's data) and rows changed in any table.
   Coaching personas (coaching_walk.py): the owner, a coach with each scope, a coach without a
   share, a revoked coach, over the same URLs with the rule table of tests/coaching; and every
   bad invitation link (forged, expired, used, withdrawn) on both invitation pages.
2. CSRF: every URL pattern POSTed by a signed-in user with Django's real checks on, without a
   token, and with a valid token but a foreign Origin; counted: refused (403) and accepted.
3. Stored scripts: script payloads saved in the text and link fields users fill (comments, the
   access log and account names too), then every page rendered for Alice, the coaching pages for
   her coach and the invitation pages for a visitor; counted: pages, showing a payload, active.
4. Internal addresses: the safe fetcher asked for loopback, private, link-local, metadata and
   numeric-spelled addresses while a listener on 127.0.0.1 counts connections; no traffic
   leaves loopback (name lookups are answered in-process, other connections are refused).
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from ipaddress import ip_address
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT), str(Path(__file__).parent)]

import coaching_walk  # noqa: E402
from _results import (  # type: ignore[import-not-found,unused-ignore]  # noqa: E402
    dated_machine_line,
    write_section,
)

COMMAND = ".venv/bin/python bench/security/run.py --write"
ALICES_WORDS = ("Acme Logistics", "Dana Lee", "Aiko Tanaka", "How is success measured")
PAYLOAD = (
    '<script>alert(1)</script><img src=x onerror=alert(1)>"><svg onload=alert(1)>'
    "[x](javascript:alert(1))"
)
LINK_PAYLOAD = "javascript:alert(1)"
# The figures of the run before coaching existed, kept so the new ones can be told apart.
BEFORE_COACHING = (
    "- Before coaching (the previous run, 2026-12-07, SQLite): 89 URLs with an id, 178 probes "
    "by Bob, 0 leaks, 0 rows changed; CSRF 105 of 105 refused both ways; 50 payload fields, 39 "
    "HTML pages, 29 showing a payload, 0 active; 27 internal addresses, 27 refused. Every "
    "figure above that differs comes from the pages, ids and fields added since that run."
)
SHOWN = ("alert(1)",)
# Text fields users fill, per model: each gets PAYLOAD (cut to the column's length).
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "opportunities.Opportunity": ("company", "role_title", "location", "notes", "posting_text"),
    "opportunities.Interviewer": ("name", "title", "notes"),
    "stories.Story": ("title", "situation", "task", "action", "result", "free_text"),
    "reflect.LoggedQuestion": ("asked_by", "remarks", "question", "answer", "reaction"),
    "research.Source": ("title", "content"),
    "research.Item": ("name", "text"),
    "documents.ChecklistItem": ("label", "notes"),
    "documents.Reference": ("name", "relationship", "notes"),
    "ask.AskQuestion": ("text", "answer"),
    "followup.Debrief": ("topics", "specific", "questions_asked", "rapport", "next_steps"),
    "followup.FollowUpEmail": ("subject", "body"),
    "practice.PracticeQuestion": ("question",),
    "resume.Experience": ("title", "organisation"),
    "resume.Achievement": ("text",),
    "coaching.Comment": ("text", "author_name"),
    "coaching.Notification": ("text",),
    "coaching.AccessRecord": ("coach_name", "what"),
    "coaching.Share": ("email",),
    "auth.User": ("first_name", "last_name"),
}
LINK_FIELDS: dict[str, tuple[str, ...]] = {
    "opportunities.Opportunity": ("posting_url", "meeting_link"),
    "opportunities.Interviewer": ("profile_url",),
    "documents.ChecklistItem": ("link",),
    "research.Source": ("url",),
}


class ActiveScripts(HTMLParser):
    """What a browser would run: a script holding a payload, an on...= handler, a javascript: link.

    Parsed as a browser would, so a payload shown as text (escaped, or inside an attribute's
    quoted value) is not counted.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on") and "alert" in value:
                self.found.append(f"<{tag} {name}=...>")
            if name in {"href", "src", "action", "formaction"} and value.startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:...>")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and "alert(1)" in data:
            self.found.append("<script>alert(1)")


def active_scripts(html: str) -> list[str]:
    parser = ActiveScripts()
    parser.feed(html)
    parser.close()
    return parser.found


def setup() -> None:
    os.environ["ROUNDTWO_DATA_DIR"] = tempfile.mkdtemp(prefix="roundtwo-bench-security-")
    os.environ["DJANGO_SETTINGS_MODULE"] = "roundtwo.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's host name is allowed
    call_command("migrate", verbosity=0)
    from django.contrib.auth.models import User

    if User.objects.exists():  # payloads go into every row of the models listed above
        sys.exit("bench/security/run.py needs an empty database: give it a new DATABASE_URL.")


def all_patterns() -> list[tuple[str, Any]]:
    from django.urls import get_resolver

    from tests.web.test_access_control import named_patterns

    return list(named_patterns(get_resolver().url_patterns))


def plain_urls() -> list[str]:
    """The URL patterns without parameters: dashboard, stories, resume, settings..."""
    from django.urls import reverse

    return [reverse(name) for name, pattern in all_patterns() if not pattern.pattern.converters]


def row_counts() -> dict[str, int]:
    from django.db import connection

    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names():
            # The names come from the database itself, quoted: nothing a user typed.
            query = f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}"  # noqa: S608
            cursor.execute(query)
            counts[table] = cursor.fetchone()[0]
    return counts


def body(response: Any) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return bytes(response.content)


@dataclass
class Access:
    probes: int = 0
    leaks: list[str] = field(default_factory=list)
    changed: dict[str, int] = field(default_factory=dict)


def access_control(urls: list[str], bob: Any) -> Access:
    from django.test import Client

    client = Client()
    client.force_login(bob)
    tally = Access()
    before = row_counts()
    form = {"name": "Mallory", "title": "x", "due": "2030-01-01", "question": "Mallory?"}
    for url in urls:
        for method in ("get", "post"):
            response = getattr(client, method)(url, form) if method == "post" else client.get(url)
            tally.probes += 1
            shown = [w for w in ALICES_WORDS if w.encode() in body(response)]
            if response.status_code not in {403, 404, 405} or shown:
                tally.leaks.append(f"{method.upper()} {url}: {response.status_code} {shown}")
    after = row_counts()
    tally.changed = {t: after[t] - before.get(t, 0) for t in after if after[t] != before.get(t)}
    return tally


@dataclass
class Csrf:
    probes: int = 0
    refused: int = 0
    accepted: list[str] = field(default_factory=list)
    control: int = 0  # the status of one proper POST, so "refused" is not "refuses everything"


def csrf(urls: list[str], alice: Any) -> dict[str, Csrf]:
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    client.get("/opportunities/new/")
    token = client.cookies["csrftoken"].value
    tallies = {"no token": Csrf(), "foreign Origin": Csrf()}
    for url in urls:
        for label, data, headers in (
            ("no token", {}, {}),
            ("foreign Origin", {"csrfmiddlewaretoken": token}, {"origin": "https://evil.example"}),
        ):
            tally = tallies[label]
            response = client.post(url, data, headers=headers)
            tally.probes += 1
            if response.status_code == 403:
                tally.refused += 1
            else:
                tally.accepted.append(f"{url}: {response.status_code}")
    proper = {
        "company": "Control",
        "role_title": "Analyst",
        "stage": "round2_scheduled",
        "time_zone": "UTC",
        "format": "video",
        "csrfmiddlewaretoken": token,
    }
    control = client.post("/opportunities/new/", proper, headers={"origin": "http://testserver"})
    for tally in tallies.values():
        tally.control = control.status_code
    return tallies


def store_payloads() -> int:
    """PAYLOAD in every text field listed, a javascript: link in every link field; the count."""
    from django.apps import apps

    stored = 0
    for fields, value in ((TEXT_FIELDS, PAYLOAD), (LINK_FIELDS, LINK_PAYLOAD)):
        for label, names in fields.items():
            model = apps.get_model(label)
            for obj in model.objects.all():
                for name in names:
                    limit = model._meta.get_field(name).max_length or len(value)
                    setattr(obj, name, value[:limit])
                    stored += 1
                obj.save(update_fields=list(names))
    return stored


@dataclass
class Scripts:
    stored: int = 0
    pages: int = 0
    showing: int = 0
    active: list[str] = field(default_factory=list)
    without_csp: list[str] = field(default_factory=list)
    not_html: int = 0
    control: int = 0
    requested: int = 0
    not_ok: list[str] = field(default_factory=list)


def stored_scripts(viewers: dict[str, tuple[Any, list[str]]]) -> dict[str, Scripts]:
    """Payloads stored once, then each viewer's pages rendered: {viewer: (client, urls)}."""
    raw = PAYLOAD + f'<a href="{LINK_PAYLOAD}">x</a>'
    stored = store_payloads()
    tallies = {}
    for viewer, (client, urls) in viewers.items():
        tally = Scripts(stored=stored, control=len(active_scripts(raw)), requested=len(urls))
        for url in urls:
            render_page(client, url, tally)
        tallies[viewer] = tally
    return tallies


def render_page(client: Any, url: str, tally: Scripts) -> None:
    response = client.get(url)
    # A POST-only URL (405), a file not yet made (404), sign-in for one signed in (302).
    if response.status_code != 200:
        tally.not_ok.append(f"{url}: {response.status_code}")
        return
    if not response.get("Content-Type", "").startswith("text/html"):
        tally.not_html += 1
        return
    html = body(response).decode("utf-8", "replace")
    tally.pages += 1
    tally.showing += any(word in html for word in SHOWN)
    hits = active_scripts(html)
    if hits:
        tally.active.append(f"{url}: {hits[:3]}")
    if "default-src 'self'" not in response.get("Content-Security-Policy", ""):
        tally.without_csp.append(f"{url}: {response.status_code}")


def client_of(user: Any) -> Any:
    from django.test import Client

    client = Client()
    if user is not None:
        client.force_login(user)
    return client


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it accepts."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()


@dataclass
class Fetches:
    probes: list[tuple[str, str]] = field(default_factory=list)  # url, refusal kind or "fetched"
    connections: int = 0
    outside: list[str] = field(default_factory=list)  # connections refused by the bench itself
    lookups: list[str] = field(default_factory=list)  # names the bench answered in-process
    listener_works: bool = False


# Names and what the bench's in-process resolver answers; no query leaves the machine.
FAKE_DNS = {"rebind.example.com": "127.0.0.1", "metadata.example.com": "169.254.169.254"}


def internal_urls(port: int) -> list[str]:
    loopback = [
        f"http://127.0.0.1:{port}/",
        f"http://localhost:{port}/",
        f"http://[::1]:{port}/",
        f"http://[::ffff:127.0.0.1]:{port}/",
        f"http://2130706433:{port}/",
        f"http://0x7f000001:{port}/",
        f"http://017700000001:{port}/",
        f"http://0x7f.1:{port}/",
        f"http://127.1:{port}/",
        f"http://0.0.0.0:{port}/",
        f"http://rebind.example.com:{port}/",  # a public-looking name answering 127.0.0.1
        f"https://127.0.0.1:{port}/",
        f"http://sub.localhost:{port}/",
    ]
    private = [
        "http://10.0.0.1/",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/",
        "http://[fe80::1]/",
        "http://metadata.google.internal/",
        "http://metadata.example.com/",  # a public-looking name answering the metadata address
        "http://intranet/",
        "http://printer.local/",
        "http://3232235777/",  # 192.168.1.1
        "http://0xa9fea9fe/",  # 169.254.169.254
        "http://no-such-host.roundtwo-bench.invalid/",  # a name that does not resolve
    ]
    return loopback + private


def guarded_network(tally: Fetches) -> Iterator[None]:
    """Answer name lookups in-process and refuse any connection that is not to loopback."""
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.socket.connect

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        try:
            ip_address(name.strip("[]"))
        except ValueError:
            tally.lookups.append(name)
            if name not in FAKE_DNS:
                raise socket.gaierror(socket.EAI_NONAME, "not known (bench)") from None
            return real_getaddrinfo(FAKE_DNS[name], port, *args, **kwargs)
        return real_getaddrinfo(host, port, *args, **kwargs)

    def connect(sock: socket.socket, address: Any) -> None:
        if not ip_address(str(address[0]).split("%")[0]).is_loopback:
            tally.outside.append(str(address))
            raise ConnectionRefusedError("refused by the bench: not loopback")
        real_connect(sock, address)

    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    socket.socket.connect = connect  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        socket.getaddrinfo = real_getaddrinfo
        socket.socket.connect = real_connect  # type: ignore[method-assign]


def internal_fetches() -> Fetches:
    from contextlib import contextmanager

    from roundtwo.engines.fetch import FetchError, FetchPolicy, fetch

    listener = Listener()
    tally = Fetches()
    with socket.create_connection(("127.0.0.1", listener.port)):
        pass  # the control: a direct connection is counted
    for _ in range(100):
        if listener.connections:
            break
        threading.Event().wait(0.01)
    tally.listener_works = listener.connections == 1
    listener.connections = 0
    policy = FetchPolicy(deadline_seconds=5.0)
    with contextmanager(guarded_network)(tally):
        for url in internal_urls(listener.port):
            try:
                fetch(url, policy)
                tally.probes.append((url, "fetched"))
            except FetchError as exc:
                tally.probes.append((url, exc.kind))
    threading.Event().wait(0.2)  # a connection in flight would be counted by now
    tally.connections = listener.connections
    listener.sock.close()
    return tally


def section(access: Access, urls: int, forgeries: dict[str, Csrf], posts: int) -> list[str]:
    changed = sum(abs(n) for n in access.changed.values())
    lines = [
        "## Security (issue 12, what held; coaching personas and invitations added, issue 16)",
        "",
        dated_machine_line(
            f"DATABASE_URL=postgres://…/EMPTY_DB {COMMAND}"
            if os.environ.get("DATABASE_URL")
            else COMMAND
        ),
        "",
        f"- **Access control, two personas.** Every URL pattern with an id ({urls} URLs, "
        "filled with the ids of Alice's objects: opportunity, interviewer, plan task, logged "
        "question, transcript draft, research source and item, experience, story, practice "
        "and ask questions, checklist item, reference, follow-up email, rehearsal session, "
        "prompt and attempt, background jobs), asked for by Bob with GET and POST: "
        f"{access.probes} probes, {len(access.leaks)} leaks (a status other than "
        "403/404/405, or a page showing Alice's company, interviewer, reference or question), "
        f"{changed} rows changed in any table (every table counted before and after).",
    ]
    no_token, foreign = forgeries["no token"], forgeries["foreign Origin"]
    lines.append(
        f"- **CSRF.** Every URL pattern ({posts} URLs, with Alice's own ids) POSTed by "
        "signed-in Alice with Django's CSRF checks on: without a token "
        f"{no_token.refused} of {no_token.probes} refused (403), {len(no_token.accepted)} "
        f"accepted; with a valid token but `Origin: https://evil.example` {foreign.refused} "
        f"of {foreign.probes} refused, {len(foreign.accepted)} accepted. Control: the same "
        f"token with the site's own Origin was accepted (HTTP {no_token.control}, a new "
        "opportunity)."
    )
    return lines


def viewer_line(tallies: dict[str, Scripts]) -> str:
    coach, visitor = tallies["her coach"], tallies["a visitor"]
    return (
        f"New: her coach (every scope; a comment of theirs and one restored from an export on "
        f"the page) opened every page without an id and every coaching URL ({coach.requested} "
        f"URLs): {coach.pages} HTML pages, {coach.showing} showing a payload, "
        f"{len(coach.active)} active, {len(coach.without_csp)} without the policy; a signed-out "
        f"visitor opened a live invitation and its account-creation page ({visitor.pages} of "
        f"{visitor.requested} rendered, {visitor.showing} showing a payload, "
        f"{len(visitor.active)} active, {len(visitor.without_csp)} without the policy)."
    )


def persona_lines(
    personas: list[coaching_walk.Persona],
    owner: tuple[int, list[str]],
    links: coaching_walk.Invitations,
) -> list[str]:
    probes = sum(p.probes for p in personas)
    leaks = sum(len(p.leaks) for p in personas)
    changed = sum(abs(n) for p in personas for n in p.changed.values())
    plain = sum(p.plain_pages for p in personas)
    showing = sum(len(p.plain_showing) for p in personas)
    each = "; ".join(
        f"{p.name} {p.allowed} allowed, {p.refused} refused"
        + (f", {len(p.wrongly_refused)} refused though allowed" if p.wrongly_refused else "")
        for p in personas
    )
    expected = Counter[str]()
    for p in personas:
        expected.update(p.expected_changes)
    wrote = ", ".join(f"{n:+d} {t}" for t, n in sorted(expected.items())) or "none"
    return [
        f"- **New (issue 16): coaching personas.** The same URLs ({personas[0].probes // 2} "
        "with the coaching pages' share, comment and attempt ids) asked for with GET and POST by "
        f"{len(personas)} coaches (the personas and rule table of tests/coaching/"
        f"test_access_walk.py): {probes} probes, {leaks} leaks (a refused answer other than "
        "404/405, or a refusal page showing Alice's data), "
        f"{changed} rows changed in tables the scope does not let a coach write (what the "
        f"scopes allowed: {wrote}). Per persona: {each}. Pages without an id opened by each "
        f"coach: {plain} pages, {showing} showing Alice's stories, resume, references or "
        f"round-one answers (or her company, without a share). The owner opened her "
        f"{owner[0]} coaching pages: {owner[0] - len(owner[1])} answered 200.",
        f"- **New (issue 16): invitation links.** Forged, expired, used and withdrawn links on "
        "the acceptance and the account-creation pages, GET and POST, signed out and signed in "
        f"as Bob: {links.probes} probes, {links.gone} answered 410 with the reason, "
        f"{len(links.other)} otherwise; a link to an address that already has an account, on "
        f"the account-creation page: {links.registered_sent_to_sign_in} of "
        f"{links.registered_probes} asked to sign in instead; {links.accounts_made} accounts "
        f"made and {links.shares_changed} shares changed by all of them.",
    ]


def load() -> str:
    """The machine is shared: the load average says how busy it was (figures are counts)."""
    return "/".join(f"{n:.2f}" for n in os.getloadavg())


def statuses(answers: list[str]) -> str:
    """'59 answered 405, 3 answered 404' from 'url: status' lines."""
    counts = Counter(answer.rsplit(" ", 1)[-1] for answer in answers)
    return ", ".join(f"{n} answered {status}" for status, n in counts.most_common())


def scripts_lines(tallies: dict[str, Scripts], fetches: Fetches) -> list[str]:
    refused = [p for p in fetches.probes if p[1] != "fetched"]
    kinds = sorted({kind for _, kind in refused})
    scripts = tallies["Alice"]
    return [
        f"- **Stored scripts.** {scripts.stored} fields set to "
        '`<script>alert(1)</script>`, `<img src=x onerror=alert(1)>`, `"><svg '
        "onload=alert(1)>` and a Markdown `javascript:` link (text fields of Alice's objects, "
        "and, new for coaching, comment texts and restored authors' names, notifications, the "
        "access log, invitation addresses and every account's first and last name; each cut to "
        "its column's length), or to `javascript:alert(1)` (link fields), then every page of her "
        f"workspace requested ({scripts.requested} URLs): {scripts.pages} HTML pages rendered "
        f"(HTTP 200; {statuses(scripts.not_ok)}, "
        f"{scripts.not_html} non-HTML responses), {scripts.showing} of them showing a "
        f"payload, {len(scripts.active)} active (the HTML parsed: a script element holding a "
        "payload, an `on…=` attribute, or a `javascript:` href/src/action; the same check finds "
        f"{scripts.control} of 4 in the raw payloads); {len(scripts.without_csp)} HTML pages "
        "without the "
        f"`default-src 'self'` Content-Security-Policy. {viewer_line(tallies)}",
        f"- **Internal addresses.** The safe fetcher asked for {len(fetches.probes)} internal "
        "addresses (13 loopback spellings pointed at a listener on 127.0.0.1: literal, "
        "`localhost`, `[::1]`, IPv4-mapped IPv6, decimal, hex, octal and short forms, 0.0.0.0, "
        "a name resolving to 127.0.0.1; 14 private, link-local, metadata, internal-name and "
        f"unresolvable ones): {len(refused)} refused ({', '.join(kinds)}), "
        f"{len(fetches.probes) - len(refused)} fetched, {fetches.connections} connections "
        f"received by the listener, {len(fetches.outside)} connection attempts outside "
        "loopback (the bench refuses them; name lookups are answered in-process, "
        f"{len(fetches.lookups)} asked). Control: a direct connection to the listener was "
        f"{'counted' if fetches.listener_works else 'NOT counted'}.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    setup()
    # Every refusal logs a warning (CSRF, forbidden addresses); the counts are the report.
    logging.disable(logging.WARNING)
    from django.db import connection

    from roundtwo.plan.services import rebuild_plan
    from tests.conftest import add_interviewer, make_opportunity, make_user
    from tests.web.test_access_control import named_object_urls

    load_at_start = load()
    alice, bob = make_user("alice"), make_user("bob")
    opportunity = make_opportunity(alice)
    add_interviewer(opportunity, "Dana Lee", "hiring_manager", [1, 2])
    add_interviewer(opportunity, "Sam Ortiz", "executive", [2])
    rebuild_plan(opportunity)
    named = named_object_urls(opportunity, alice)
    urls = [url for _, url in named]
    from roundtwo.documents.models import Reference

    Reference.objects.filter(owner=alice).update(name="Aiko Tanaka")
    access = access_control(urls, bob)
    walk = (named, alice, opportunity, plain_urls(), row_counts, body, ALICES_WORDS)
    personas = coaching_walk.walk_personas(*walk)
    owner = coaching_walk.walk_owner(named, alice)
    links = coaching_walk.invitation_links(alice, bob)
    coach, coaching_urls, visitor_urls = coaching_walk.coach_pages(alice, opportunity, named)
    every = [*plain_urls(), *urls]
    scripts = stored_scripts(
        {
            "Alice": (client_of(alice), every),
            "her coach": (client_of(coach), [*plain_urls(), *coaching_urls]),
            "a visitor": (client_of(None), visitor_urls),
        }
    )
    forgeries = csrf([*every, *visitor_urls], alice)
    fetches = internal_fetches()
    lines = section(access, len(urls), forgeries, len(every) + len(visitor_urls))
    lines[0] += f" on {'PostgreSQL' if connection.vendor == 'postgresql' else 'SQLite'}"
    lines[5:5] = persona_lines(personas, owner, links)
    lines[2] += f" Load average (1, 5, 15 min) at the start {load_at_start}, at the end {load()}."
    lines += scripts_lines(scripts, fetches)
    lines[-1] += f" Database: {connection.vendor}."
    lines.append(
        "- Not covered: the rehearsal review page opened by its link's token (no id to swap; "
        "tests/rehearse check it shows nothing else), and the sign-in page."
    )
    lines.append(BEFORE_COACHING)
    text = "\n".join(lines)
    print(text)
    for example in [
        *access.leaks,
        *(f"{t}: {n:+d} rows" for t, n in access.changed.items()),
        *(f"{p.name}: {leak}" for p in personas for leak in p.leaks),
        *(f"{p.name}: refused though allowed {u}" for p in personas for u in p.wrongly_refused),
        *(f"{p.name}: {t} {n:+d} rows" for p in personas for t, n in p.changed.items()),
        *(f"{p.name}: plain page {u}" for p in personas for u in p.plain_showing),
        *(f"owner: {u}" for u in owner[1]),
        *(f"invitation: {u}" for u in links.other),
        *(f"{k}: {a}" for k, f in forgeries.items() for a in f.accepted),
        *(f"{v}: {a}" for v, t in scripts.items() for a in t.active),
        *(f"{v} rendered with status: {u}" for v, t in scripts.items() for u in t.not_ok),
        *(f"{v} no CSP: {u}" for v, t in scripts.items() for u in t.without_csp),
        *(f"{u}: {k}" for u, k in fetches.probes),
        *(f"outside: {o}" for o in fetches.outside),
    ]:
        print("  ", example)
    if args.write:
        postgres = connection.vendor == "postgresql"
        write_section("security-postgresql" if postgres else "security", text)


if __name__ == "__main__":
    main()
