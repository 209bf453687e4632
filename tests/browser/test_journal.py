"""The journal a learner keeps: a page worth printing, and an import that never duplicates."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import expect

from coachlab.export import export_journal
from coachlab.store import Event, Store

from .conftest import ARTIFACTS
from .lab import open_notebook, run_all

DAY = "2026-11-23T10:{:02d}:00+00:00"


def sample_store(path: Path) -> Store:
    """A learner part-way through: choices, a scale taken twice, a reflection."""
    store = Store(path)
    ratings = {"goals": 2, "listening": 2, "accessible": 3, "understanding": 4, "empowering": 2}
    later = {**ratings, "listening": 4, "empowering": 3}
    events = [
        ("01", "partner-definition", "single_choice", "b", True, "Yes. A partner is an ally."),
        ("01", "equal-status", "single_choice", "a", False, "Equal status is about voice."),
        ("02", "commitments-profile", "scale", {**ratings, "accountability": 3}, None, "Noted."),
        ("02", "commitments-profile", "scale", {**later, "accountability": 3}, None, "Noted."),
        ("01", "reflect-partnership", "reflection",
         "With my deputy the goals are shared, but she rarely says no to me. This week I will "
         "ask her which of my requests she would drop.", None, "24 words."),
    ]  # fmt: skip
    for minute, (lesson, exercise, kind, answer, correct, feedback) in enumerate(events):
        store.record(
            Event(DAY.format(minute), lesson, exercise, kind, answer, correct, None, feedback)
        )
    return store


def test_the_journal_page_reads_and_prints_well(browser, tmp_path):
    store = sample_store(tmp_path / "progress.sqlite3")
    _, _, page_path = export_journal(tmp_path / "out", store)
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(page_path.as_uri())
    expect(page.locator("h2").first).to_have_text("01 · What a partnership is")
    expect(page.locator("h3", has_text="Complete the definition")).to_be_visible()
    expect(page.locator("article", has_text="Complete the definition")).to_contain_text(
        "common interests and goals"
    )
    font = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "system-ui" in font and "Times" not in font
    width = page.evaluate("document.querySelector('main').getBoundingClientRect().width")
    assert width < 900  # a readable measure, not the full 1366 px
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "journal-page.png"), full_page=True)
    page.emulate_media(media="print")
    page.screenshot(path=str(ARTIFACTS / "journal-page-print.png"), full_page=True)
    page.close()


def test_importing_a_journal_twice_adds_nothing(page, lab_url, tmp_path):
    store = sample_store(tmp_path / "progress.sqlite3")
    json_path, *_ = export_journal(tmp_path / "out", store)
    count = len(json.loads(json_path.read_text())["events"])
    open_notebook(page, lab_url, "notebooks/00_start_here.ipynb")
    run_all(page)
    panel = page.locator(".coachlab-journal")
    status = panel.locator(".coachlab-journal-status")

    def upload() -> None:
        with page.expect_file_chooser() as chooser:
            panel.locator("button", has_text="Import a journal").click()
        chooser.value.set_files(str(json_path))

    upload()
    expect(status).to_contain_text(f"Imported {count} answers from coachlab-journal.json")
    upload()
    expect(status).to_contain_text("Nothing new in coachlab-journal.json")
