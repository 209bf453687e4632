"""A learner who types and presses the button gets feedback on everything they typed, and it
stays: on a slow kernel (Binder, a busy room server), and when the kernel runs the press before
the text sent just ahead of it (ipykernel 7, see ``widgets.sent``).

ipywidgets holds back a widget's updates while the kernel is busy with the previous one, but
sends a button click at once; with the text sent at each keystroke, "Check" read half an answer,
and the rest, arriving after it, cleared the feedback (a blank box) or a reflection was saved
cut short. Here each text update takes the kernel 0.3 s, as a busy one would."""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_notebook
from playwright.sync_api import expect

from .lab import open_notebook, run_all

SLOW = """
import time, ipywidgets
from coachlab.content import load_lesson
from coachlab.widgets import build

lesson = load_lesson("07")
exercises = [build(lesson.exercise("question-lab")), build(lesson.exercise("reflect-toolkit"))]
for exercise in exercises:
    exercise.text.observe(lambda change: time.sleep(0.3), names="value")
ipywidgets.VBox([exercise.widget for exercise in exercises])
"""
FORTY_WORDS = " ".join(f"w{k}" for k in range(40))


def test_typing_then_pressing_at_once_is_read_whole(page, lab_url, lab_root):
    path = lab_root / "test-slow-kernel.ipynb"
    notebook = new_notebook(cells=[new_code_cell(SLOW)])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nbformat.write(notebook, path)
    open_notebook(page, lab_url, path.name, root=lab_root)
    run_all(page)
    question, reflection = (page.locator(".coachlab-exercise").nth(n) for n in (0, 1))
    for _ in range(2):
        question.locator("textarea").fill("")
        question.locator("textarea").press_sequentially("did you finish the rota for everyone")
        question.locator("button", has_text="Check answer").click()
        reflection.locator("textarea").fill("")
        reflection.locator("textarea").press_sequentially(FORTY_WORDS)
        reflection.locator("button", has_text="Done").click()
        expect(reflection.locator(".coachlab-feedback")).to_contain_text("✎ Noted. 40 words.")
        page.wait_for_timeout(1_000)  # anything late would land, and clear or change it, here
        asked = question.locator(".coachlab-feedback")
        expect(asked).to_contain_text("starts with a verb like “did”")
        expect(reflection.locator(".coachlab-feedback")).to_contain_text("✎ Noted. 40 words.")
        expect(reflection.locator(".coachlab-word-count")).to_have_text("40 words")


OVERTAKEN = """
import ipywidgets
from coachlab.content import load_lesson
from coachlab.widgets import build

build(load_lesson("08").exercise("your-bring-along-question"))
"""
PACE = (20, 35, 25, 40, 30)  # ms a key, as a quick typist
# Each answer's feedback quotes words of its own: a verdict on the previous answer shows.
ANSWERS = [
    ("What would it take for you to actually do your job properly?", "actually do your job"),
    ("How come you never speak up in meetings?", "How come you never"),
    ("What part of the new process do you think could work better?", "We read your question"),
]


def test_each_answer_replaced_and_checked_gets_its_own_feedback(page, lab_url, lab_root):
    """Walkthrough 58: typed at 20 to 40 ms a key, then Check; about one press in five ran
    before the text arrived, and showed (and saved) the verdict on the answer before."""
    path = lab_root / "test-overtaken-press.ipynb"
    notebook = new_notebook(cells=[new_code_cell(OVERTAKEN)])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nbformat.write(notebook, path)
    open_notebook(page, lab_url, path.name, root=lab_root)
    run_all(page)
    exercise = page.locator(".coachlab-exercise").first
    box, shown = exercise.locator("textarea"), exercise.locator(".coachlab-feedback")
    for n in range(9):
        text, quoted = ANSWERS[n % len(ANSWERS)]
        box.click()
        page.keyboard.press("Control+A")
        page.keyboard.type(text, delay=PACE[n % len(PACE)])
        exercise.locator("button", has_text="Check answer").click()
        expect(shown).to_contain_text(quoted)
        page.wait_for_timeout(600)  # a late answer would land, and change it, here
        expect(shown).to_contain_text(quoted)
