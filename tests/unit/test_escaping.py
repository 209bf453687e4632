"""Content and learner text reach HTML widgets only escaped, in every exercise kind.

``ipywidgets.HTML`` does not sanitize, so this is the line of defence. Text-only widgets
(radio and checkbox labels, dropdowns, buttons, text areas) render with textContent; the
browser tests check that nothing runs there.
"""

from __future__ import annotations

import html
import re

import ipywidgets as widgets
import pytest

from coachlab.content import load_lesson
from coachlab.widgets import build

PAYLOAD = "<img src=x onerror=alert(1)><script>alert(2)</script>"
TEXT_FIELDS = {"title", "prompt", "text", "feedback", "reason", "label", "why", "suggestion",
               "debrief", "speaker", "consequence", "placeholder"}  # fmt: skip
ANSWERS = {
    "single-choice": "a",
    "multiple-select": ["a", "b"],
    "categorize": {"options": "marching-orders", "my-way": "partnering",
                   "deadline-help": "partnering", "just-because": "partnering"},
    "order": ["follow-up", "purpose", "their-view", "check", "options", "next-steps"],
    "scale": dict.fromkeys(["goals", "listening", "accessible", "understanding", "empowering",
                            "accountability"], 2),
    "free-text": f"Why {PAYLOAD}? Did you {PAYLOAD}?",
    "scenario": ["ask", "take-over"],
    "reflection": f"I wrote {PAYLOAD}",
}  # fmt: skip


def poisoned(data):
    """Every text field of a spec with the payload added (ids and references untouched)."""
    if isinstance(data, dict):
        return {key: (value + PAYLOAD if key in TEXT_FIELDS and isinstance(value, str)
                      else [v + PAYLOAD for v in value] if key == "scale"
                      else poisoned(value)) for key, value in data.items()}  # fmt: skip
    if isinstance(data, list):
        return [poisoned(item) for item in data]
    return data


def html_values(widget) -> list[str]:
    """Every HTML shown; a chart counts as its alt text (its one <img> is ours, a data: URL)."""
    from coachlab.widgets.chart import Chart

    if isinstance(widget, Chart):
        return [re.sub(r'^<img src="data:image/png;base64,[A-Za-z0-9+/=]*" alt="([^"]*)"[^<>]*>$',
                       r"\1", widget.value)]  # fmt: skip
    found = [widget.value] if isinstance(widget, widgets.HTML) else []
    for child in getattr(widget, "children", ()):
        found += html_values(child)
    return found


@pytest.mark.parametrize("exercise_id", ANSWERS)
def test_payloads_reach_html_only_as_text(exercise_id):
    spec = load_lesson("gallery").exercise(exercise_id)
    ex = build(type(spec).model_validate(poisoned(spec.model_dump())))
    ex.answer(ANSWERS[exercise_id])
    ex.submit()
    markup = "\n".join(html_values(ex.widget))
    assert "<img" not in markup and "<script" not in markup
    assert html.escape(PAYLOAD) in markup  # shown, as text
    assert ex.last_result.answered, ex.last_result


def test_every_gallery_kind_is_covered():
    kinds = {spec.kind for spec in load_lesson("gallery").exercises}
    assert {load_lesson("gallery").exercise(i).kind for i in ANSWERS} == kinds
