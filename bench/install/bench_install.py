"""Install like a user and time it: wheel size, installed size, pipx install to first page,
cold start of `roundtwo serve`.

Run: .venv/bin/python bench/install/bench_install.py [--write] [--restarts 3]
Builds the wheel (sdist, then the wheel from it) with this venv's `build`, installs it with pipx
(from PyPI into a throw-away venv) into a throw-away PIPX_HOME, with the pinned constraints and
pip's cache as this machine has it, then starts `roundtwo serve` on a fresh data directory and
waits for the first 200 on the sign-in page. Restarts reuse that data directory (migrated).
Wall-clock times: say the load average next to them (printed here), or re-run on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _results import dated_machine_line  # noqa: E402
from _results import write_section as write_results  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
CONSTRAINTS = REPO / "requirements" / "constraints.txt"


def run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    subprocess.run([str(a) for a in args], check=True, env=env, capture_output=True)


def folder_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def seconds_to_first_page(command: Path, data_dir: Path) -> float:
    """From starting `roundtwo serve` to its first 200 (the sign-in or create-account page)."""
    port = free_port()
    env = {**os.environ, "ROUNDTWO_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    url = f"http://127.0.0.1:{port}/accounts/sign-in/"
    started = time.perf_counter()
    server = subprocess.Popen(
        [str(command), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            if server.poll() is not None:
                raise SystemExit(f"roundtwo serve stopped ({server.returncode})")
            try:
                with urllib.request.urlopen(url, timeout=5) as page:
                    if page.status == 200:
                        return time.perf_counter() - started
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.05)
    finally:
        server.terminate()
        server.wait(timeout=60)


def measure(work: Path, restarts: int) -> dict[str, float]:
    tools = work / "tools"
    run(sys.executable, "-m", "venv", tools)
    run(tools / "bin" / "pip", "install", "-q", "-c", CONSTRAINTS, "pipx==1.18.4")
    run(sys.executable, "-m", "build", "--outdir", work / "dist", REPO)
    (wheel,) = (work / "dist").glob("roundtwo-*.whl")
    env = {
        **os.environ,
        "PIPX_HOME": str(work / "pipx"),
        "PIPX_BIN_DIR": str(work / "bin"),
        "PIPX_MAN_DIR": str(work / "man"),
    }
    started = time.perf_counter()
    run(tools / "bin" / "pipx", "install", f"--pip-args=-c {CONSTRAINTS}", wheel, env=env)
    installed = time.perf_counter() - started
    command = work / "bin" / "roundtwo"
    data_dir = work / "data"
    first_start = seconds_to_first_page(command, data_dir)
    venv = work / "pipx" / "venvs" / "roundtwo"
    (package,) = venv.glob("lib/python*/site-packages/roundtwo")
    restarts_s = [seconds_to_first_page(command, data_dir) for _ in range(restarts)]
    return {
        "wheel_mb": wheel.stat().st_size / 1e6,
        "installed_venv_mb": folder_bytes(venv) / 1e6,
        "installed_package_mb": folder_bytes(package) / 1e6,
        "pipx_install_s": installed,
        "first_start_s": first_start,
        "install_to_first_page_s": installed + first_start,
        "restart_median_s": statistics.median(restarts_s),
        "restart_max_s": max(restarts_s),
        "restarts": restarts,
    }


def section(
    figures: dict[str, float], load: tuple[float, float, float], end: tuple[float, float, float]
) -> str:
    f = figures
    venv_mb = f"{f['installed_venv_mb']:.0f} MB"
    restarts = f"{f['restarts']:.0f}"
    restart = f"{f['restart_median_s']:.2f} s (max {f['restart_max_s']:.2f})"
    return f"""## Install (issue 17)
- Script: `.venv/bin/python bench/install/bench_install.py --write`
- {dated_machine_line("bench/install/bench_install.py")}
- Load average (1, 5, 15 min) at the start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, at the
  end: {end[0]:.2f} {end[1]:.2f} {end[2]:.2f}. On 2 shared cores the times are upper bounds;
  re-run on a quiet machine for the figures to quote.
- Data: the wheel built from this checkout; pipx 1.18.4 installing it with the pinned
  constraints, pip's cache warm (the dependencies' wheels had been downloaded before; a first
  install on a new machine downloads them too); a fresh data directory (SQLite).

| figure | value |
|---|---:|
| wheel size | {f["wheel_mb"]:.2f} MB |
| installed size, the whole pipx venv (Django, spaCy, faster-whisper, ...) | {venv_mb} |
| installed size, the roundtwo package alone | {f["installed_package_mb"]:.2f} MB |
| `pipx install` of the local wheel | {f["pipx_install_s"]:.1f} s |
| first `roundtwo serve` (fresh database: migrations) to first page | {f["first_start_s"]:.1f} s |
| **pipx install to first page served** | **{f["install_to_first_page_s"]:.1f} s** |
| cold start of `roundtwo serve`, process start to first 200, median of {restarts} | {restart} |
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="write the section of RESULTS.md")
    parser.add_argument("--restarts", type=int, default=3)
    args = parser.parse_args()
    load = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="roundtwo-bench-install-"))
    try:
        figures = measure(work, args.restarts)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = section(figures, load, os.getloadavg())
    print(text)
    if args.write:
        write_results("install", text)


if __name__ == "__main__":
    main()
