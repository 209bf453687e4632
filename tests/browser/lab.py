"""What a learner does in JupyterLab, as Playwright steps (selectors from the recipes guide)."""

from __future__ import annotations

from pathlib import Path

import nbformat
from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ROOT = Path(__file__).resolve().parents[2]
LOAD_TIMEOUT = 60_000  # ms: first kernel start in a fresh JupyterLab on a 2-core machine
RESTART_GRACE = 45_000  # ms: after this, a restart is taken as stuck and tried once more
expect.set_options(timeout=20_000)  # ms: a widget renders in ~1 s; leave room on a busy machine

# JupyterLab renders a notebook's cells progressively: count them in the visible panel.
CELLS_RENDERED = """(expected) => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  return panel !== null && panel.querySelectorAll('.jp-Cell').length === expected;
}"""
# Every code cell shows its execution number, which it gets only once it has run.
ALL_CELLS_RAN = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
  return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""


def open_notebook(page: Page, lab_url: str, path: str, root: Path = ROOT) -> None:
    """Open ``path`` (relative to ``root``, the repository) in a fresh workspace, rendered."""
    cells = len(nbformat.read(root / path, as_version=4).cells)
    page.goto(f"{lab_url}/lab/tree/{path}?reset")  # ?reset: no tabs restored from other tests
    page.wait_for_function(CELLS_RENDERED, arg=cells, timeout=LOAD_TIMEOUT)
    expect(page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")).to_have_count(
        1, timeout=LOAD_TIMEOUT
    )


def run_all(page: Page, show_code: bool = True) -> None:
    """Run ▸ Restart Kernel and Run All Cells, confirm, and wait for every cell to finish.

    Lessons fold their code away, and a folded cell shows no execution number; so the code is
    unfolded first (View ▸ Expand All Code), unless ``show_code`` is False: then the caller
    waits for what it needs to see.

    Restarting a kernel that has only just started can leave JupyterLab's session
    disconnected ("Unknown" in the status bar, cells stuck at [*]); seen about once in ten
    runs on a 2-core machine. So one more restart is tried before giving up.
    """
    if not show_code:
        _restart_and_run_all(page)
        return
    _menu(page, "View", "notebook:show-all-cell-code")
    for attempt, wait in enumerate((RESTART_GRACE, LOAD_TIMEOUT)):
        _restart_and_run_all(page)
        try:
            page.wait_for_function(ALL_CELLS_RAN, timeout=wait)
            return
        except PlaywrightTimeout:
            if attempt:
                raise


def _menu(page: Page, menu: str, command: str) -> None:
    page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text=menu).click()
    page.locator(f".lm-Menu-item[data-command='{command}']").click()


def _restart_and_run_all(page: Page) -> None:
    _menu(page, "Run", "runmenu:restart-and-run-all")
    page.get_by_role("button", name="Confirm Kernel Restart").click()


def exercise(page: Page, title: str) -> Locator:
    """The rendered exercise whose heading is ``title``."""
    found = page.locator(".coachlab-exercise").filter(has=page.locator("h4", has_text=title))
    expect(found).to_be_visible(timeout=LOAD_TIMEOUT)
    return found
