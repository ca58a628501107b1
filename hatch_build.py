"""Packaging step: copy the pinned front-end assets (package-lock.json) into the package.

The wheel must run with no npm and no checkout, so htmx is copied from node_modules into
src/roundtwo/assets/ (ignored by git, shipped as a build artifact). Building a wheel from the
sdist finds the copy already there. Editable installs (./dev) skip this: the settings read
node_modules directly, so `npm ci` in a checkout takes effect at once.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# (npm package, files from it, folder under src/roundtwo/assets); the templates use only these.
ASSETS = [("htmx.org", ["dist/htmx.min.js", "LICENSE"], "htmx")]


class FrontEndAssetsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name == "wheel" and version == "editable":
            return
        root = Path(self.root)
        for package, files, folder in ASSETS:
            copy_package_files(root, package, files, root / "src" / "roundtwo" / "assets" / folder)


def pinned_version(root: Path, package: str) -> str | None:
    lock_path = root / "package-lock.json"
    if not lock_path.is_file():
        return None
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    return str(lock["packages"][f"node_modules/{package}"]["version"])


def installed_version(root: Path, package: str) -> str | None:
    manifest = root / "node_modules" / package / "package.json"
    if not manifest.is_file():
        return None
    return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])


def copy_package_files(root: Path, package: str, files: list[str], target: Path) -> None:
    pinned = pinned_version(root, package)
    stamp = target / "VERSION"
    copied = all((target / Path(name).name).is_file() for name in files) and stamp.is_file()
    if copied and stamp.read_text(encoding="utf-8") == f"{package} {pinned}\n":
        return  # building the wheel from the sdist, where the copy was made with the sdist
    if pinned is None:
        raise RuntimeError(f"{target} is missing and there is no package-lock.json to make it.")
    if installed_version(root, package) != pinned:
        npm_ci(root)
    target.mkdir(parents=True, exist_ok=True)
    for name in files:
        shutil.copyfile(root / "node_modules" / package / name, target / Path(name).name)
    stamp.write_text(f"{package} {pinned}\n", encoding="utf-8")


def npm_ci(root: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(
            "Building Round Two's wheel needs npm to fetch the pinned front-end assets "
            "(package-lock.json). Install Node.js and npm, then build again."
        )
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=root, check=True)
