"""The feedback engine, clicked through in the lessons that use it: what it says agrees with
what the lesson teaches (a hostile question is never ticked, a request that takes the choice
back is marching orders, a straight message is straight). Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

from playwright.sync_api import expect

from .lab import exercise, open_notebook, run_all


def write_and_check(ex, text: str):
    ex.locator("textarea").fill(text)
    ex.locator("button.jupyter-button", has_text="Check answer").click()
    return ex.locator(".coachlab-feedback")


def test_lesson_07_question_lab_names_blame_and_ticks_an_open_question(page, lab_url):
    open_notebook(page, lab_url, "notebooks/07_coaching_toolkit.ipynb")
    run_all(page)
    ex = exercise(page, "Question lab")
    feedback = write_and_check(ex, "Why didn't you finish the report on time?")
    expect(feedback).to_contain_text("✘ Not quite.")
    expect(feedback).to_contain_text("“Why didn't you”: sounds like blame")
    expect(feedback).to_contain_text("Try: Ask about the situation, not the person")
    ex.screenshot(path="tests/artifacts/engine-07-hostile.png")

    feedback = write_and_check(ex, "What got in the way on the report this week?")
    expect(feedback).to_contain_text("✔ Correct. We read your question as open.")
    expect(feedback).to_contain_text("“What got in the way”: invites them to explore")
    ex.screenshot(path="tests/artifacts/engine-07-open.png")

    # Typing after a check: the tick is about the old words, and says so at the first key
    # (the kernel hears of the new words only when the learner leaves the box).
    stale = ex.locator(".coachlab-stale-note")
    expect(stale).to_be_hidden()
    ex.locator("textarea").press("End")
    ex.locator("textarea").press_sequentially(" Why didn't you ask")
    expect(stale).to_have_text(
        "✎ You have changed your answer since this feedback: press “Check answer” again."
    )
    expect(ex.locator(".coachlab-verdict.coachlab-stale")).to_be_visible()
    ex.screenshot(path="tests/artifacts/engine-07-stale.png")
    ex.locator("textarea").press("Tab")  # leaving the box: the kernel clears the old verdict
    expect(feedback).not_to_contain_text("✔ Correct.")
    expect(stale).to_be_hidden()

    # Run All before checking: the unchecked words come back, marked as not checked yet.
    page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text="Run").click()
    page.locator(".lm-Menu-item[data-command='runmenu:run-all']").click()
    ex = exercise(page, "Question lab")
    expect(ex.locator(".coachlab-feedback")).to_contain_text("Not checked yet", timeout=30_000)
    expect(ex.locator("textarea")).to_have_value(
        "What got in the way on the report this week? Why didn't you ask"
    )


def test_lesson_04_rewrite_says_a_decided_request_is_marching_orders(page, lab_url):
    open_notebook(page, lab_url, "notebooks/04_marching_orders.ipynb")
    run_all(page)
    ex = exercise(page, "Rewrite a directive")
    feedback = write_and_check(
        ex, "Could you take the Saturday shift? I've already put you on the rota."
    )
    expect(feedback).to_contain_text("✘ Not quite.")
    expect(feedback).to_contain_text("“I've already put you”: decided for them before asking")
    ex.screenshot(path="tests/artifacts/engine-04-decided.png")

    feedback = write_and_check(ex, "Please train the new hires next week. What support would help?")
    expect(feedback).to_contain_text("✔ Correct. We read your request as partnering.")
    ex.screenshot(path="tests/artifacts/engine-04-partnering.png")


def test_lesson_09_straight_message_is_ticked_and_harsh_is_not(page, lab_url):
    open_notebook(page, lab_url, "notebooks/09_talking_straight.ipynb")
    run_all(page)
    ex = exercise(page, "Write it straight")
    feedback = write_and_check(
        ex,
        "Kemi, the weekly client report has come in late on each of the last three Fridays, "
        "and last Friday the client phoned me to ask where it was. What is getting in the "
        "way, and what would help you send it on time?",
    )
    expect(feedback).to_contain_text("✔ Correct. We read your message as straight.")
    expect(feedback).not_to_contain_text("Try:")
    ex.screenshot(path="tests/artifacts/engine-09-straight.png")

    feedback = write_and_check(ex, "You never send it on time. Do you even care? Fix it.")
    expect(feedback).to_contain_text("✘ Not quite.")
    expect(feedback).to_contain_text("harsh")
    ex.screenshot(path="tests/artifacts/engine-09-harsh.png")

    # what a harsh message does well is kept apart from why it is harsh (walkthrough 59)
    feedback = write_and_check(
        ex,
        "Kemi, you've been late with the report three Fridays running and the client called me. "
        "It's sloppy. Sort it out.",
    )
    expect(feedback).to_contain_text("Why: “sloppy”: a label or a jab at the person")
    expect(feedback).to_contain_text("Keep: The moment (“three Fridays running”)")
    expect(feedback).not_to_contain_text("asks for something")
    ex.screenshot(path="tests/artifacts/engine-09-harsh-keep.png")
