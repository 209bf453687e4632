"""Markup in content and in learner answers shows as text in the browser; no script runs."""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_notebook
from playwright.sync_api import expect

from coachlab.content import load_lesson

from .lab import open_notebook, run_all

PAYLOAD = "<img src=x onerror=alert(1)><script>alert(2)</script>"
BUILD = f"""
from coachlab.content import load_lesson
from coachlab.widgets import build
import ipywidgets

PAYLOAD = {PAYLOAD!r}
FIELDS = {{"title", "prompt", "text", "feedback", "reason", "label", "why", "suggestion",
          "debrief", "speaker", "consequence", "placeholder"}}

def poisoned(data):
    if isinstance(data, dict):
        return {{k: v + PAYLOAD if k in FIELDS and isinstance(v, str)
                else [x + PAYLOAD for x in v] if k == "scale" else poisoned(v)
                for k, v in data.items()}}
    return [poisoned(x) for x in data] if isinstance(data, list) else data

specs = load_lesson("gallery").exercises
exercises = {{s.id: build(type(s).model_validate(poisoned(s.model_dump()))) for s in specs}}
exercises["single-choice"].answer("a")
exercises["single-choice"].submit()
exercises["scenario"].answer(["ask", "take-over"])
ipywidgets.VBox([ex.widget for ex in exercises.values()])
"""


def test_no_injected_script_runs(page, lab_url, lab_root):
    path = lab_root / "test-escaping-pass-payloads.ipynb"
    notebook = new_notebook(cells=[new_code_cell(BUILD)])
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(notebook, path)
    open_notebook(page, lab_url, path.name, root=lab_root)
    run_all(page)
    exercises = page.locator(".coachlab-exercise")
    expect(exercises).to_have_count(len(load_lesson("gallery").exercises))
    free_text = exercises.filter(has=page.locator("h4", has_text="Free text"))
    free_text.locator("textarea").fill(f"What about {PAYLOAD}?")
    free_text.locator("button", has_text="Check answer").click()
    expect(free_text.locator(".coachlab-feedback")).to_contain_text("✔ Correct.")
    # The payload is on the page as text: headers, radio and checkbox labels, dropdowns,
    # buttons, feedback and the scenario's path all show it literally.
    expect(page.get_by_text("<img src=x onerror=alert(1)>").first).to_be_visible()
    assert page.locator(".coachlab-exercise img[src=x]").count() == 0
    assert page.locator(".coachlab-exercise script").count() == 0
    page.wait_for_timeout(500)  # give any onerror handler the chance to fire
    assert page.dialogs == [], f"script ran: {page.dialogs}"
