"""Privacy by consent and the sandbox, as a learner meets them in JupyterLab: a reflection is
private until its box is ticked, the room export holds only what was shared, and the gallery
never writes into the learner's journal."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import expect

from coachlab.store import FILE_NAME, Store

from .conftest import ARTIFACTS
from .lab import exercise, open_notebook, run_all

WORDS = "With my deputy I will ask what she needs from me before I decide the rota this week."


def stored(lab_root: Path) -> list:
    return Store(lab_root.parent / "learner" / FILE_NAME).events()


def export_for_room(first, lab_root: Path, says: str) -> dict | None:
    """Press the room export in Start here, wait until its status ``says`` so; the file's data."""
    page = first.context.new_page()  # a new tab: leaving an edited notebook asks to confirm
    open_notebook(page, first.lab_url, "notebooks/00_start_here.ipynb")
    run_all(page)
    panel = page.locator(".coachlab-journal")
    panel.locator("button", has_text="Export what I shared for the room").click()
    expect(panel.locator(".coachlab-journal-status")).to_contain_text(says)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"room-export-{says.split()[0].lower()}.png")
    path = lab_root / "my-journal" / "coachlab-for-the-room.json"
    room = json.loads(path.read_text()) if path.exists() else None
    page.close()
    return room


def test_a_reflection_is_private_until_shared(page, lab_url, lab_root):
    page.lab_url = lab_url
    open_notebook(page, lab_url, "notebooks/01_partnership.ipynb")
    run_all(page)
    ex = exercise(page, "Your partnership, today")
    share = ex.get_by_role("checkbox", name="Share with the facilitator (no name)")
    expect(share).not_to_be_checked()  # private by default, and labelled
    ex.locator("textarea").fill(WORDS)
    ex.locator("button", has_text="Done").click()
    # not the answer another test left here, shown again as "↺ Your last answer… ✎ Noted."
    # (a clean clone read the store before this press was saved)
    expect(ex.locator(".coachlab-feedback")).not_to_contain_text("Your last answer")
    expect(ex.locator(".coachlab-feedback")).to_contain_text("✎ Noted.")
    mine = [e for e in stored(lab_root) if e.exercise == "reflect-partnership"][-1]
    assert mine.answer == WORDS and mine.shared is False  # other tests share this learner
    # nothing shared yet (no other test here shares): no file, and what to tick instead
    assert export_for_room(page, lab_root, "Nothing to send yet") is None

    later = page.context.new_page()  # reopened: the answer and its (private) choice come back
    later.lab_url = lab_url
    open_notebook(later, lab_url, "notebooks/01_partnership.ipynb")
    run_all(later)
    ex = exercise(later, "Your partnership, today")
    share = ex.get_by_role("checkbox", name="Share with the facilitator (no name)")
    expect(ex.locator("textarea")).to_have_value(WORDS)
    expect(share).not_to_be_checked()
    share.focus()
    later.keyboard.press("Space")  # keyboard-operable
    expect(share).to_be_checked()
    room = export_for_room(later, lab_root, "coachlab-for-the-room.json")
    assert room["about"].startswith("What I shared for the room")
    assert [e["answer"] for e in room["events"] if e["kind"] == "reflection"] == [WORDS]


def test_the_gallery_leaves_the_journal_untouched(page, lab_url, lab_root):
    before = stored(lab_root)
    open_notebook(page, lab_url, "notebooks/gallery.ipynb")
    run_all(page)  # its own cells answer every exercise in code
    notes = exercise(page, "Reflection")
    notes.locator("textarea").fill("Gallery words that are not the learner's own, typed here.")
    notes.locator("button", has_text="Done").click()
    expect(notes.locator(".coachlab-feedback")).to_contain_text("not kept")
    assert stored(lab_root) == before
