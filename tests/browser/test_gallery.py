"""Every exercise kind, operated by mouse and by keyboard in a real JupyterLab.

The gallery's own cells answer each exercise in code first (that is what nbval checks), so
each test starts from that state and changes it the way a learner would.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from .conftest import ARTIFACTS
from .lab import exercise, open_notebook, run_all


@pytest.fixture
def gallery(page, lab_url) -> Page:
    open_notebook(page, lab_url, "notebooks/gallery.ipynb")
    run_all(page)
    return page


def feedback(ex: Locator) -> Locator:
    return ex.locator(".coachlab-feedback")


@pytest.fixture(autouse=True)
def snapshot(request, gallery):
    """After each test, a picture of its exercise for docs/authoring.md (tests/artifacts/)."""
    yield
    title = request.node.get_closest_marker("shows").args[0]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    exercise(gallery, title).screenshot(path=str(ARTIFACTS / f"kind-{request.node.name[5:]}.png"))


def press(ex: Locator, page: Page, name: str, key: str = "Enter") -> None:
    """Operate a button by keyboard: focus it, then press ``key``."""
    ex.locator("button", has_text=name).focus()
    page.keyboard.press(key)


@pytest.mark.shows("Single choice")
def test_single_choice(gallery):
    ex = exercise(gallery, "Single choice")
    ex.locator(".coachlab-choice", has_text="Why is this late again").click()
    ex.locator("button", has_text="Check answer").click()
    expect(feedback(ex)).to_contain_text("✘ Not quite.")
    ex.get_by_role("radio").nth(0).focus()  # keyboard: arrow keys choose, Enter checks
    gallery.keyboard.press("ArrowUp")  # from the first, round to the last: the third
    expect(ex.get_by_role("radio").nth(2)).to_be_checked()
    press(ex, gallery, "Check answer")
    expect(feedback(ex)).to_contain_text("✔ Correct. An open question about the situation")


@pytest.mark.shows("Multiple select")
def test_multiple_select(gallery):
    ex = exercise(gallery, "Multiple select")  # the code cell ticked a, b, c
    ex.locator("label", has_text="Always having the answer").click()
    ex.locator("label", has_text="Maintaining accountability").click()
    ex.locator("button", has_text="Check answer").click()
    expect(feedback(ex)).to_contain_text("✔ Correct. You found 3 of the 3 that apply.")
    ex.locator("input[type=checkbox]").nth(3).focus()  # (d), by keyboard
    gallery.keyboard.press("Space")
    press(ex, gallery, "Check answer")
    expect(feedback(ex)).to_contain_text("Does not apply: Avoiding disagreement")


@pytest.mark.shows("Categorize")
def test_categorize(gallery):
    ex = exercise(gallery, "Categorize")  # the code cell put statement 2 in the wrong group
    groups = ex.get_by_role("radiogroup")
    groups.nth(1).locator("label", has_text="Marching orders").click()
    ex.locator("button", has_text="Check answer").click()
    expect(feedback(ex)).to_contain_text("✔ Correct. 4 of 4 in the right group.")
    groups.nth(0).get_by_role("radio").nth(0).focus()  # keyboard: an arrow key chooses a group
    gallery.keyboard.press("ArrowRight")
    press(ex, gallery, "Check answer", key="Space")
    expect(feedback(ex)).to_contain_text("3 of 4 in the right group.")
    expect(feedback(ex)).to_contain_text("1. “Here's the goal. What options do you see?” →")


@pytest.mark.shows("Order")
def test_order(gallery):
    ex = exercise(gallery, "Order")  # the code cell swapped steps 3 and 4
    rows = ex.locator(".widget-hbox")
    expect(rows.nth(3)).to_contain_text("4. Play back what you heard and check it")
    rows.nth(3).locator("button", has_text="Up").click()
    expect(rows.nth(2)).to_contain_text("3. Play back what you heard and check it")
    ex.locator("button", has_text="Check answer").click()
    expect(feedback(ex)).to_contain_text("✔ Correct. Every step is in place.")
    rows.nth(3).locator("button", has_text="Up").focus()  # keyboard: "Explore options" up
    gallery.keyboard.press("Space")
    expect(rows.nth(2).locator("button", has_text="Up")).to_be_focused()  # focus followed it
    press(ex, gallery, "Check answer")
    expect(feedback(ex)).to_contain_text("step 3: it should be “Play back what you heard")


@pytest.mark.shows("Scale self-assessment")
def test_scale(gallery):
    ex = exercise(gallery, "Scale self-assessment")  # profiled once by the code cell
    chart = ex.locator(".coachlab-chart img")
    expect(chart).to_be_visible()
    lines = ex.get_by_role("radiogroup")
    lines.nth(1).locator("label", has_text="5 · Almost always").click()  # Listening
    expect(chart).to_be_hidden()  # the old chart no longer applies
    ex.locator("button", has_text="Show my profile").click()
    # Listening at 5 leaves a tie at 3 next to the lowest: said, not broken silently
    expect(feedback(ex)).to_contain_text(
        "✎ Noted. Your lowest line, then the first listed of the 2 lines"
    )
    summary = ex.locator(".coachlab-chart-summary")
    expect(summary.get_by_role("listitem").nth(1)).to_have_text(
        "Listening: 5 of 5 (Almost always), up 3"
    )  # the gallery keeps no store
    lines.nth(4).get_by_role("radio").nth(0).focus()  # Empowering others: 1 to 2, by keyboard
    gallery.keyboard.press("ArrowRight")
    press(ex, gallery, "Show my profile")
    expect(summary).to_contain_text("Empowering others: 2 of 5 (Sometimes), up 1")
    expect(chart).to_be_visible()


@pytest.mark.shows("Free text")
def test_free_text(gallery):
    ex = exercise(gallery, "Free text")
    box = ex.locator("textarea")
    box.fill("")
    box.press_sequentially("did you run out of time")
    ex.locator("button", has_text="Check answer").click()
    expect(feedback(ex)).to_contain_text("✘ Not quite. We read your question as closed.")
    expect(feedback(ex)).to_contain_text("Why: “did”: starts with a verb like “did”")
    box.fill("   ")
    press(ex, gallery, "Check answer")
    expect(feedback(ex)).to_have_text(
        "Not answered yet: write something first, then press “Check answer”."
    )


@pytest.mark.shows("Branching conversation")
def test_scenario(gallery):
    ex = exercise(gallery, "Branching conversation")  # the code cell played it to the end
    ex.locator("button", has_text="Start again").click()
    expect(ex.locator(".widget-label", has_text="5 of 10")).to_be_visible()
    ex.locator("button", has_text="What got in the way this time?").click()
    expect(ex).to_contain_text("Jamie looks relieved to be asked")
    press(ex, gallery, "What would help you get it sooner?")  # keyboard
    expect(feedback(ex)).to_contain_text("✔ A good outcome. You and Jamie agree on a plan")
    expect(feedback(ex)).to_contain_text("Trust at the end: 9 of 10.")
    expect(ex.locator("ol li")).to_have_count(2)
    press(ex, gallery, "Start again", key="Space")
    expect(feedback(ex)).to_have_text("")


@pytest.mark.shows("Reflection")
def test_reflection(gallery):
    ex = exercise(gallery, "Reflection")
    box = ex.locator("textarea")
    box.fill("")
    box.press_sequentially("I could have asked first")
    box.press("Tab")  # the text, and its count, reach the kernel as the box is left
    expect(ex.locator(".coachlab-word-count")).to_have_text("5 words")
    press(ex, gallery, "Done")
    expect(feedback(ex)).to_contain_text("✎ Noted. 5 words.")
