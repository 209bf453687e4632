"""axe-core, the accessibility engine, injected into a page by Playwright.

It comes from npm (``axe-core``, pinned) into ``.axe/`` (git-ignored) the first time it is
needed; nothing else is downloaded. The whole page is checked; a violation in our markup fails a
test, one in JupyterLab's or Voila's chrome is reported (theirs to fix).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
VERSION = "4.14.1"
# Our markup: the exercises and everything else our code displays (the outputs of cells), and the
# lesson text (rendered Markdown). Everything else on the page is JupyterLab's or Voila's.
OURS = ".jp-OutputArea-output, .jp-RenderedMarkdown, [class*='coachlab-']"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]  # the WCAG 2.1 AA rules
RUN = """async ([ours, tags]) => {
  const options = {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
                   elementRef: true};
  const result = await axe.run(document, options);
  const found = [];
  for (const v of result.violations) {
    for (const side of ['ours', 'theirs']) {
      const nodes = v.nodes.filter(n => (n.element && n.element.closest(ours) !== null)
                                         === (side === 'ours'));
      if (nodes.length) found.push({side, id: v.id, impact: v.impact, help: v.help,
        count: nodes.length, nodes: nodes.slice(0, 5).map(n => n.target.join(' '))});
    }
  }
  return found;
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


def audit(page) -> dict[str, list[dict]]:
    """Every WCAG 2.1 A/AA violation axe-core finds on ``page``, split into ours (our markup)
    and theirs (JupyterLab's or Voila's chrome), each with its impact, count and where."""
    page.add_script_tag(path=str(axe_script()))
    found = page.evaluate(RUN, [OURS, TAGS])
    return {side: [v for v in found if v["side"] == side] for side in ("ours", "theirs")}
