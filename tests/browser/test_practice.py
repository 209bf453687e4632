"""A practice notebook is answered like a lesson (issue 12): the learner clicks in the exercise,
sees no code and no cell to type into, and each exercise has one title."""

from __future__ import annotations

from playwright.sync_api import expect

from coachlab.content import load_lesson
from tests.unit.test_one_title import near_duplicate

from .conftest import ARTIFACTS
from .lab import exercise, open_notebook, run_all

PRACTICE = "exercises/01_partnership_exercises.ipynb"


def test_a_practice_notebook_is_answered_by_clicking_with_no_code_and_one_title(page, lab_url):
    spec = load_lesson("01").exercise("practice-joint-venture")
    right = next(option for option in spec.options if option.id == spec.correct)
    open_notebook(page, lab_url, PRACTICE)
    run_all(page, show_code=False)  # as a learner runs it: code stays folded
    ex = exercise(page, spec.title)
    expect(page.locator(".coachlab-exercise")).to_have_count(3)
    code = page.locator(".jp-PlaceholderText:visible, .jp-InputArea-editor:visible")
    expect(code).to_have_count(0)  # nothing to read, nothing to type into

    ex.get_by_role("radio", name=right.text[:40]).check()
    ex.locator("button.jupyter-button", has_text="Check answer").click()
    expect(ex.locator(".coachlab-feedback")).to_contain_text("✔ Correct.")
    expect(ex.locator(".coachlab-error")).to_have_text("")

    titles = page.locator(".coachlab-exercise h4").all_inner_texts()
    headings = page.locator(".jp-MarkdownOutput :is(h1, h2, h3, h4)").all_inner_texts()
    assert len(titles) == 3 and headings, (titles, headings)
    repeated = [(h, t) for h in headings for t in titles if near_duplicate(h, t)]
    assert not repeated, f"a heading repeats an exercise's title: {repeated}"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "practice-as-a-learner-sees-it.png"), full_page=True)
