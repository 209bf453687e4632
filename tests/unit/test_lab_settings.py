"""`make lab` and Binder start JupyterLab with the same settings, from one file
(lab-settings/overrides.json): no news pop-up over the first page, no update check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = ROOT / "lab-settings" / "overrides.json"
NOTIFICATION = "@jupyterlab/apputils-extension:notification"


def test_the_file_turns_off_news_and_update_checks_with_names_jupyterlab_knows():
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    assert overrides[NOTIFICATION] == {"fetchNews": "false", "checkForUpdates": False}
    schemas = Path(sys.prefix) / "share" / "jupyter" / "lab" / "schemas"
    for plugin, values in overrides.items():
        package, name = plugin.split(":")
        schema = json.loads((schemas / package / f"{name}.json").read_text(encoding="utf-8"))
        unknown = set(values) - set(schema["properties"])
        assert not unknown, f"{plugin}: JupyterLab has no setting {sorted(unknown)}"


def test_make_installs_the_file_into_the_venv(tmp_path):
    venv = tmp_path / "venv"
    venv.mkdir()
    stamp = venv / ".coachlab-installed"
    stamp.touch()  # newer than pyproject.toml: make does not rebuild this venv
    os.utime(stamp, (os.path.getmtime(ROOT / "pyproject.toml") + 10,) * 2)
    subprocess.run(
        ["make", "-s", f"VENV={venv}", "setup"], cwd=ROOT, check=True, capture_output=True
    )
    installed = venv / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert installed.read_bytes() == OVERRIDES.read_bytes()


def test_binder_postbuild_installs_the_same_file(tmp_path):
    """postBuild runs with stand-ins for pip (which records its arguments) and python (whose
    sys.prefix is a temporary folder), so nothing is installed on this machine."""
    bin_dir, prefix = tmp_path / "bin", tmp_path / "prefix"
    bin_dir.mkdir()
    (bin_dir / "pip").write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/pip-args\n')
    (bin_dir / "python").write_text(f"#!/bin/sh\necho {prefix}\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    subprocess.run(["bash", "postBuild"], cwd=ROOT, env=env, check=True, capture_output=True)
    assert (tmp_path / "pip-args").read_text().split() == ["install", "--no-deps", "-e", "."]
    installed = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert installed.read_bytes() == OVERRIDES.read_bytes()
