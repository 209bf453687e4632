"""Lessons render and respond in a real JupyterLab: click an option, press Check, read feedback."""

from __future__ import annotations

import re
import shutil

from playwright.sync_api import expect

from .conftest import ARTIFACTS
from .lab import LOAD_TIMEOUT, exercise, open_notebook, run_all


def test_lesson_01_exercise_gives_feedback_on_click(page, lab_url):
    open_notebook(page, lab_url, "notebooks/01_partnership.ipynb")
    run_all(page)
    ex = exercise(page, "Complete the definition")
    feedback = ex.locator(".coachlab-feedback")

    ex.locator(".coachlab-choice", has_text="a clear chain of command").click()
    ex.locator("button.jupyter-button", has_text="Check answer").click()
    expect(feedback).to_contain_text("✘ Not quite.")
    expect(feedback).to_contain_text("A chain of command says who reports to whom")

    ex.locator(".coachlab-choice", has_text="common interests and goals").click()
    expect(feedback).to_have_text("")  # the old verdict is cleared, not left to mislead
    ex.locator("button.jupyter-button", has_text="Check answer").click()
    expect(feedback).to_contain_text("✔ Correct.")
    expect(feedback.get_by_role("status")).to_have_count(1)
    expect(ex.locator(".coachlab-error")).to_have_text("")


def test_start_here_lists_lessons_and_answers_by_keyboard(page, lab_url):
    open_notebook(page, lab_url, "notebooks/00_start_here.ipynb")
    run_all(page)
    table = page.locator("table.coachlab-lessons")
    expect(table).to_contain_text("What a partnership is")
    expect(table).to_contain_text("20 min")

    ex = exercise(page, "Try the controls")
    # One named group, one Tab stop: arrow keys choose (see test_accessibility.py for more).
    radios = ex.get_by_role("radio")
    radios.first.focus()
    page.keyboard.press("ArrowDown")
    expect(radios.nth(1)).to_be_focused()
    expect(radios.nth(1)).to_be_checked()
    button = ex.locator("button.jupyter-button", has_text="Check answer")
    button.focus()
    page.keyboard.press("Enter")
    expect(ex.locator(".coachlab-feedback")).to_contain_text("✎ Noted.")
    expect(ex.locator(".coachlab-feedback")).to_contain_text("Your facilitator will say")


def test_a_reopened_lesson_shows_the_last_answer(page, lab_url):
    open_notebook(page, lab_url, "notebooks/01_partnership.ipynb")
    run_all(page)
    ex = exercise(page, "Equal status is not equal experience")
    ex.locator(".coachlab-choice", has_text="To stop making decisions").click()
    ex.locator("button.jupyter-button", has_text="Check answer").click()
    expect(ex.locator(".coachlab-feedback")).to_contain_text("✘ Not quite.")

    later = page.context.new_page()  # the next day, in a new tab
    open_notebook(later, lab_url, "notebooks/01_partnership.ipynb")
    run_all(later)  # a new kernel: only the progress store remembers
    ex = exercise(later, "Equal status is not equal experience")
    chosen = ex.locator(".coachlab-choice", has_text="To stop making decisions")
    expect(chosen.locator("input")).to_be_checked()  # options are in this learner's own order
    expect(ex.locator(".coachlab-feedback")).to_contain_text("✘ Not quite.")
    expect(ex.locator(".coachlab-feedback")).to_contain_text("↺ Your last answer, from")


def test_the_journal_exports_from_start_here(page, lab_url):
    open_notebook(page, lab_url, "notebooks/00_start_here.ipynb")
    run_all(page)
    panel = page.locator(".coachlab-journal")
    panel.locator("button", has_text="Export my journal").click()
    status = panel.locator(".coachlab-journal-status")
    expect(status).to_contain_text("Saved in the my-journal folder. To keep it on your laptop")
    where = status.locator(".coachlab-full-path code")  # the long path, folded until asked for
    expect(where).to_be_hidden()
    status.locator(".coachlab-full-path summary").click()
    expect(where).to_contain_text("/my-journal")
    expect(status.locator("li").first).to_contain_text("coachlab-journal.json: all your answers")
    expect(status.locator("a[download='coachlab-journal.html']")).to_have_count(1)
    for link in status.locator("a").all():  # each looks like a link, its name on one line
        look = link.evaluate(
            "a => { const s = getComputedStyle(a); return [s.textDecorationLine, s.color, "
            "s.whiteSpace, a.getClientRects().length]; }"
        )
        assert look[0] == "underline" and look[2] == "nowrap" and look[3] == 1, look
        assert contrast_on_white(look[1]) >= 4.5, look


def contrast_on_white(css_colour: str) -> float:
    """WCAG contrast ratio of an ``rgb(r, g, b)`` colour against white."""
    channels = [int(c) / 255 for c in css_colour[css_colour.index("(") + 1 : -1].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


def test_start_here_holds_its_verdict_and_lesson_10_compares(page, lab_url):
    from .conftest import ARTIFACTS

    open_notebook(page, lab_url, "notebooks/00_start_here.ipynb")
    run_all(page)
    pre = exercise(page, "Where you start (2 of 4)")
    pre.locator(".coachlab-choice", has_text="A written agreement").click()
    pre.locator("button.jupyter-button", has_text="Save my answer").click()
    expect(pre.locator(".coachlab-feedback")).to_contain_text("✎ Noted. Your answer is kept")
    expect(pre.locator(".coachlab-feedback")).not_to_contain_text("Not quite")

    page = page.context.new_page()  # lesson 10 in a new tab, with a new kernel
    open_notebook(page, lab_url, "notebooks/10_common_ground.ipynb")
    run_all(page)
    post = exercise(page, "Where you are now (2 of 4)")
    post.locator(".coachlab-choice", has_text="agree on a new prep schedule").click()
    post.locator("button.jupyter-button", has_text="Check answer").click()
    expect(post.locator(".coachlab-feedback")).to_contain_text("✔ Correct.")
    comparison = page.locator(".coachlab-before-after")
    comparison.locator("button", has_text="Compare again").click()
    words = comparison.locator(".coachlab-comparison")
    expect(words).to_contain_text("Equal status: Start here, 0 of 1 right; lesson 10, 1 of 1")
    expect(words).to_contain_text("what a partnership is: ✘ Not quite.")
    expect(comparison.locator("img")).to_be_visible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    comparison.screenshot(path=str(ARTIFACTS / "before-after.png"))


def _save_and_shut_down(page) -> None:
    """Ctrl+S (JupyterLab saves the widget outputs, as autosave does), then stop the kernel.

    Saved once every cell has run: an output that arrives after the save marks the notebook
    changed again (CI, on a busy machine: still unsaved 20 s after Ctrl+S)."""
    idle = page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")
    expect(idle).to_have_count(1, timeout=LOAD_TIMEOUT)
    page.keyboard.press("Control+s")
    expect(page.locator(".jp-mod-dirty")).to_have_count(0)
    page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text="Kernel").click()
    page.locator(".lm-Menu-item[data-command='kernelmenu:shutdown']").click()
    expect(page.get_by_text("No Kernel")).not_to_have_count(0)  # the next day: it is gone


def test_a_lesson_shows_no_code_and_is_kept_as_published_when_saved(page, lab_url, lab_root):
    lesson = "notebooks/02_commitments.ipynb"
    published = (lab_root / lesson).read_bytes()
    open_notebook(page, lab_url, lesson)
    run_all(page, show_code=False)  # as a learner sees it: code folded away
    ex = exercise(page, "Your commitments profile")
    expect(ex).to_be_visible()
    expect(page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")).to_have_count(1)
    code = page.locator(".jp-PlaceholderText:visible, .jp-InputArea-editor:visible")
    expect(code).to_have_count(0)  # code folded away, and not even its first line shown
    expect(page.locator(".coachlab-unrun").first).to_be_hidden()  # live: no note
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ex.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "lesson-as-a-learner-sees-it.png"))
    _save_and_shut_down(page)
    # The save hook make lab sets: the lesson stays as published, so `git pull` still works.
    assert (lab_root / lesson).read_bytes() == published

    later = page.context.new_page()  # reopened the next day: the lesson as it was published
    open_notebook(later, lab_url, lesson)
    stale = later.locator(".coachlab-exercise, .coachlab-unrun")  # widgets or notes from the save
    expect(stale).to_have_count(0)
    expect(later.get_by_text("model not found")).to_have_count(0)


def test_a_saved_copy_reopened_unrun_shows_a_note(page, lab_url, lab_root):
    # Where outputs are saved (a learner's own copy, or a server started without make lab's
    # save hook), a reopened lesson's widgets cannot come back: each says to run the lesson.
    copy = "my-copies/02_commitments.ipynb"
    (lab_root / copy).parent.mkdir(exist_ok=True)
    shutil.copyfile(lab_root / "notebooks/02_commitments.ipynb", lab_root / copy)
    open_notebook(page, lab_url, copy, root=lab_root)
    run_all(page, show_code=False)
    expect(exercise(page, "Your commitments profile")).to_be_visible()
    _save_and_shut_down(page)
    assert "coachlab-unrun" in (lab_root / copy).read_text()  # the outputs were saved

    later = page.context.new_page()
    open_notebook(later, lab_url, copy, root=lab_root)
    expect(later.locator(".coachlab-unrun").first).to_be_visible()
    expect(later.locator(".coachlab-unrun").first).to_contain_text("Run ▸ Run All Cells")
    expect(later.get_by_text("model not found")).to_be_hidden()
    later.locator(".coachlab-unrun").nth(3).scroll_into_view_if_needed()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    later.screenshot(path=str(ARTIFACTS / "lesson-reopened-before-running.png"))


def _kernel_of(page, lab_url: str, path: str) -> str | None:
    sessions = page.request.get(f"{lab_url}/api/sessions").json()
    return next((s["kernel"]["id"] for s in sessions if s["path"] == path and s["kernel"]), None)


def test_a_lesson_closed_after_an_answer_asks_nothing_and_stops_its_kernel(page, lab_url):
    """Walkthrough 58: every lesson closed asked "Save changes?", and kernels piled up, one per
    lesson. lab-settings/overrides.json: autosave after 15 s (the save hook keeps the lesson as
    published), and a closed lesson shuts its kernel down (the answers are in the journal)."""
    lesson = "notebooks/01_partnership.ipynb"
    open_notebook(page, lab_url, lesson)
    run_all(page)
    ex = exercise(page, "Complete the definition")
    ex.locator(".coachlab-choice", has_text="common interests and goals").click()
    ex.locator("button.jupyter-button", has_text="Check answer").click()
    expect(ex.locator(".coachlab-feedback")).to_contain_text("✔ Correct.")
    kernel = _kernel_of(page, lab_url, lesson)
    assert kernel is not None
    expect(page.locator(".jp-mod-dirty")).to_have_count(0, timeout=40_000)  # autosaved
    page.locator(".lm-TabBar-tab.jp-mod-current .lm-TabBar-tabCloseIcon").click()
    expect(page.locator(".lm-TabBar-tab", has_text="01_partnership")).to_have_count(0)
    expect(page.locator(".jp-Dialog")).to_have_count(0)
    for _ in range(40):
        running = [k["id"] for k in page.request.get(f"{lab_url}/api/kernels").json()]
        if kernel not in running:
            break
        page.wait_for_timeout(250)
    assert kernel not in running, "the lesson's kernel still runs after its tab was closed"


def test_no_exercise_scrolls_sideways_or_cuts_off_its_instruction(page, lab_url):
    """Walkthrough 65: a text box 4 px too wide drew a scrollbar under every free-text exercise,
    and in a narrow window "Put the steps in order, first at the top: move each one u" was cut
    off."""
    page.set_viewport_size({"width": 820, "height": 900})
    open_notebook(page, lab_url, "notebooks/05_coaching_exchange.ipynb")
    run_all(page)
    expect(page.locator(".coachlab-exercise .widget-textarea").first).to_be_visible()
    problems = page.evaluate(
        """() => {
      const found = [];
      for (const box of document.querySelectorAll('.coachlab-exercise, .coachlab-exercise *')) {
        const s = getComputedStyle(box);
        const scrolls = ['auto', 'scroll'].includes(s.overflowX);
        const clips = s.overflowX === 'hidden' && box.classList.contains('widget-label');
        if ((scrolls || clips) && box.scrollWidth > box.clientWidth + 1) {
          found.push(`${box.className}: ${box.scrollWidth} > ${box.clientWidth}`);
        }
      }
      return found;
    }"""
    )
    assert problems == []
    hint = page.locator(".coachlab-exercise .widget-label", has_text="Put the steps in order")
    expect(hint).to_contain_text("move each one up or down")


STOPPED_NOTE = """el => getComputedStyle(el, '::before').content"""


def test_a_restarted_kernel_says_in_words_that_the_exercises_stopped(page, lab_url):
    """Walkthrough 71's leftover: after Kernel ▸ Restart, every control showed only a red
    broken-link icon, and "Check answer" silently did nothing. The exercise says it stopped and
    how to start it again; Run All brings it back."""
    open_notebook(page, lab_url, "notebooks/07_coaching_toolkit.ipynb")
    run_all(page)
    ex = exercise(page, "Question lab")
    assert ex.evaluate(STOPPED_NOTE) == "none"  # live: no note
    page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text="Kernel").click()
    page.locator(".lm-Menu-item[data-command='kernelmenu:restart']").click()
    page.get_by_role("button", name="Confirm Kernel Restart").click()
    expect(ex).to_have_class(re.compile("jupyter-widgets-disconnected"), timeout=LOAD_TIMEOUT)
    note = ex.evaluate(STOPPED_NOTE)
    assert "Stopped: the kernel was restarted or shut down" in note
    assert "Run ▸ Run All Cells. Your checked answers are kept" in note
    # one note, not a broken-link icon on every control inside
    assert (
        ex.locator("textarea").evaluate(
            "el => getComputedStyle(el.closest('.jupyter-widgets'), '::before').content"
        )
        == "none"
    )
    ex.screenshot(path=str(ARTIFACTS / "kernel-restarted.png"))

    run_all(page)  # the old numbers stand until the cells run again: wait for a live one
    live = page.locator(".coachlab-exercise:not(.jupyter-widgets-disconnected)")
    ex = live.filter(has=page.locator("h4", has_text="Question lab"))
    expect(ex).to_be_visible(timeout=LOAD_TIMEOUT)
    assert ex.evaluate(STOPPED_NOTE) == "none"
    ex.locator("textarea").fill("What got in the way this week?")
    ex.locator("button.jupyter-button", has_text="Check answer").click()
    expect(ex.locator(".coachlab-feedback")).to_contain_text("✔ Correct.")
