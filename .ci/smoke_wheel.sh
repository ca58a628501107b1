#!/usr/bin/env bash
# Install like a user, then smoke-test: build the sdist and the wheel (the wheel from the sdist),
# install the wheel with pipx into fresh folders outside the checkout, and run
# tests/install/smoke.py with the installed app's own Python (isolated from the checkout).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
PYTHON=${PYTHON:-python3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

say() { printf '\033[1m==> %s  (%ss)\033[0m\n' "$*" "$SECONDS"; }

say "Tools for building and installing (build, pipx)"
"$PYTHON" -m venv "$WORK/tools"
"$WORK/tools/bin/pip" install --quiet -c requirements/constraints.txt build==1.6.1 pipx==1.18.4

say "Building the sdist and the wheel"
"$WORK/tools/bin/python" -m build --outdir "$WORK/dist" . >"$WORK/build.log" 2>&1 \
  || { cat "$WORK/build.log"; exit 1; }
wheel=$(ls "$WORK"/dist/roundtwo-*.whl)
ls -l "$WORK"/dist

say "Every file git tracks under src/ is in the wheel, and so is the packaged htmx"
git ls-files src | "$PYTHON" -c '
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
tracked = {line.strip().removeprefix("src/") for line in sys.stdin if line.strip()}
missing = sorted(tracked - names) + [n for n in ["roundtwo/assets/htmx/htmx.min.js"] if n not in names]
if missing:
    sys.exit("Missing from the wheel: " + ", ".join(missing))
' "$wheel"

say "pipx install $(basename "$wheel") into $WORK/pipx"
export PIPX_HOME=$WORK/pipx PIPX_BIN_DIR=$WORK/bin PIPX_MAN_DIR=$WORK/man
"$WORK/tools/bin/pipx" install --quiet --pip-args="-c $REPO/requirements/constraints.txt" "$wheel"

say "Smoke test of the installed command"
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/roundtwo/__init__.py)
cd "$WORK"
"$PIPX_HOME/venvs/roundtwo/bin/python" -I "$REPO/tests/install/smoke.py" "$PIPX_BIN_DIR" "$version"
say "Installed wheel passed the smoke test"
