"""Accessibility checked by a machine: axe-core on a lesson, the gallery, Start here and the
dashboard. Any serious or critical violation in our markup fails; the counts are printed."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .axe import serious, violations
from .conftest import ARTIFACTS
from .lab import exercise, open_notebook, run_all
from .test_dashboard import voila_url  # noqa: F401 (the fixture, shared)

PAGES = {
    "lesson": ("notebooks/09_talking_straight.ipynb", None),
    "gallery": ("notebooks/gallery.ipynb", "Branching conversation"),
    "start-here": ("notebooks/00_start_here.ipynb", "Try the controls"),
}


def report(name: str, found: list[dict]) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(found, indent=2))
    counts = {impact: sum(v["impact"] == impact for v in found)
              for impact in ("critical", "serious", "moderate", "minor")}  # fmt: skip
    print(f"axe-core on {name}: {counts}")


@pytest.mark.parametrize("name", list(PAGES))
def test_our_markup_has_no_serious_violations(name, page, lab_url):
    path, title = PAGES[name]
    open_notebook(page, lab_url, path)
    run_all(page)
    expect(page.locator(".coachlab-exercise").first).to_be_visible()
    if title:
        exercise(page, title)
    found = violations(page)
    report(name, found)
    assert serious(found) == []


def test_the_dashboard_has_no_serious_violations(browser, voila_url):  # noqa: F811
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(voila_url, timeout=120_000)
    board = page.locator(".coachlab-dashboard").first
    expect(board).to_be_visible(timeout=120_000)
    board.locator("button", has_text="Try it with a made-up room").click()
    expect(board.locator(".coachlab-made-up")).to_be_visible()
    found = violations(page, [".coachlab-dashboard"])
    report("dashboard", found)
    page.close()
    assert serious(found) == []
