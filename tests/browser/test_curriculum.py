"""Every lesson opens in JupyterLab, runs, and its first exercise can be completed by a learner."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from coachlab.content import declared_order

from .lab import open_notebook, run_all

LESSONS = [stem for stem in declared_order() if stem != "00_start_here"]
VERDICT = r"^(✔ Correct|✘ Not quite|✎ Noted)\."


def complete(page: Page, ex: Locator) -> None:
    """Answer ``ex`` the way a learner would, whatever its kind."""
    classes = ex.get_attribute("class") or ""
    check = ex.locator("button.mod-primary")
    if "coachlab-scenario" in classes:
        while ex.locator("button.coachlab-choice:visible").count():
            ex.locator("button.coachlab-choice:visible").first.click()
            page.wait_for_timeout(150)
        return
    if "coachlab-free-text" in classes or "coachlab-reflection" in classes:
        ex.locator("textarea").fill("What would help you most this week? I'll ask Sam today.")
    elif "coachlab-multiple-select" in classes:
        ex.locator("input[type=checkbox]").first.check()
    elif "coachlab-categorize" in classes or "coachlab-scale" in classes:
        for group in ex.get_by_role("radiogroup").all():
            group.get_by_role("radio").first.check()
    elif "coachlab-single-choice" in classes:
        ex.get_by_role("radio").first.check()
    check.click()


@pytest.mark.parametrize("stem", LESSONS)
def test_each_lesson_runs_and_its_first_exercise_answers(page, lab_url, stem):
    open_notebook(page, lab_url, f"notebooks/{stem}.ipynb")
    run_all(page)
    first = page.locator(".coachlab-exercise").first
    expect(first).to_be_visible()
    expect(page.locator(".coachlab-error div[role=alert]")).to_have_count(0)
    complete(page, first)
    expect(first.locator(".coachlab-feedback [role=status]")).to_have_text(re.compile(VERDICT))
