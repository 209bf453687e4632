"""axe-core, the accessibility engine, injected into a page by Playwright.

It comes from npm (``axe-core``, pinned) into ``.axe/`` (git-ignored) the first time it is
needed; nothing else is downloaded. Only our own markup is checked (``.coachlab-*`` elements):
JupyterLab's and Voila's chrome are theirs to fix.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
VERSION = "4.14.1"
OURS = [".coachlab-exercise", ".coachlab-lessons", ".coachlab-unrun"]
RUN = """async (selectors) => {
  const include = selectors.filter(s => document.querySelector(s)).map(s => [s]);
  const result = await axe.run({include}, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
}"""


def axe_script() -> Path:
    if not AXE.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("axe-core needs npm (Debian: apt-get install npm)")
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(ROOT / ".axe"),
             f"axe-core@{VERSION}"],
            check=True, capture_output=True,
        )  # fmt: skip
    return AXE


def violations(page, selectors: list[str] = OURS) -> list[dict]:
    """Every axe-core violation in our markup on ``page``, with its impact and where."""
    page.add_script_tag(path=str(axe_script()))
    return page.evaluate(RUN, selectors)


def serious(found: list[dict]) -> list[dict]:
    return [v for v in found if v["impact"] in ("serious", "critical")]
