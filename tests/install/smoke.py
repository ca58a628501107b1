"""Smoke test of an installed Round Two, run by .ci/smoke_wheel.sh from outside the checkout.

    python smoke.py BIN_DIR VERSION

BIN_DIR holds the installed `roundtwo` command (a pipx bin folder or a venv's bin). Every step
goes through that command or over HTTP, as a user would: --version, user create, demo, serve
on a free port, sign in, every area page of the sample, the packaged htmx, analyze answer.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

USERNAME = "smoke"
PASSWORD = "a calm evening of preparation"
ANSWER = (
    "In my last role our nightly data pipeline failed three times a week. I owned making it "
    "reliable before peak season, so I added data contracts, alerting and a replay tool, and "
    "wrote the runbook with the on-call team. Failures fell to one a quarter and pages dropped "
    "by eighty percent."
)


def step(message: str) -> None:
    print(f"--- {message}", flush=True)


def roundtwo(bin_dir: Path, *args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        [str(bin_dir / "roundtwo"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if result.returncode != 0:
        sys.exit(f"roundtwo {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, server: subprocess.Popen[bytes], seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"roundtwo serve stopped with status {server.returncode}")
        try:
            if requests.get(url, timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.25)
    sys.exit(f"roundtwo serve did not answer {url} within {seconds:.0f} s")


def sign_in(base: str) -> requests.Session:
    session = requests.Session()
    login = f"{base}/accounts/sign-in/"
    session.get(login, timeout=30).raise_for_status()
    response = session.post(
        login,
        data={
            "username": USERNAME,
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": login},
        timeout=30,
    )
    response.raise_for_status()
    if "sessionid" not in session.cookies:
        sys.exit("Signing in with the account made by `roundtwo user create` failed.")
    return session


def area_keys(bin_dir: Path) -> list[str]:
    """The areas as the installed package lists them (the engines need no settings)."""
    python = bin_dir.parent / "bin" / "python"
    if not python.exists():  # a pipx bin folder: find the app's own interpreter
        python = Path(os.path.realpath(bin_dir / "roundtwo")).parent / "python"
    code = "import json; from roundtwo.engines.areas import AREA_KEYS; print(json.dumps(AREA_KEYS))"
    output = subprocess.run([str(python), "-I", "-c", code], capture_output=True, text=True)
    return list(json.loads(output.stdout))


def check_pages(base: str, session: requests.Session, opportunity: int, keys: list[str]) -> None:
    overview = session.get(f"{base}/o/{opportunity}/", timeout=60)
    overview.raise_for_status()
    linked = set(re.findall(rf'href="/o/{opportunity}/area/([a-z-]+)/"', overview.text))
    if linked != set(keys):
        sys.exit(f"The overview links to areas {sorted(linked)}, the package lists {keys}")
    for key in keys:
        page = session.get(f"{base}/o/{opportunity}/area/{key}/", timeout=60)
        print(f"    {page.status_code}  area {key}")
        if page.status_code != 200:
            sys.exit(f"The sample's {key} page answered {page.status_code}")
    htmx = session.get(f"{base}/static/vendor/htmx/htmx.min.js", timeout=30)
    if htmx.status_code != 200 or "htmx" not in htmx.text[:2000]:
        sys.exit("The packaged htmx is not served: the wheel lacks its front-end assets")


def main() -> None:
    bin_dir, expected_version = Path(sys.argv[1]), sys.argv[2]
    data_dir = tempfile.mkdtemp(prefix="roundtwo-smoke-")
    os.environ["ROUNDTWO_DATA_DIR"] = data_dir
    os.environ.pop("DATABASE_URL", None)

    step("roundtwo --version")
    printed = roundtwo(bin_dir, "--version").strip()
    if printed != f"roundtwo, version {expected_version}":
        sys.exit(f"Expected version {expected_version}, got {printed!r}")
    step("roundtwo user create")
    roundtwo(bin_dir, "user", "create", USERNAME, "--password", PASSWORD)
    step("roundtwo demo")
    loaded = roundtwo(bin_dir, "demo")
    opportunity = int(re.search(r"\(id (\d+)\)", loaded).group(1))  # type: ignore[union-attr]
    step("roundtwo analyze answer")
    analysis = json.loads(
        roundtwo(
            bin_dir,
            "analyze",
            "answer",
            "--question",
            "Tell me about a time",
            "--json",
            stdin=ANSWER,
        )
    )
    if analysis.get("refusal") or "score" not in analysis:
        sys.exit(f"analyze answer gave no analysis: {analysis}")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    step(f"roundtwo serve on {base}")
    server = subprocess.Popen(
        [str(bin_dir / "roundtwo"), "serve", "--port", str(port)], stdout=subprocess.DEVNULL
    )
    try:
        wait_for(f"{base}/accounts/sign-in/", server)
        check_pages(base, sign_in(base), opportunity, area_keys(bin_dir))
    finally:
        server.terminate()
        server.wait(timeout=60)
    print("Smoke test passed.")


if __name__ == "__main__":
    main()
