"""Transfer, not only recall: each lesson applies its ideas to a workplace it has not shown
(graded, or read by the feedback engine) and to the learner's own case (kept in the journal)."""

from __future__ import annotations

import pytest

from coachlab import exercise
from coachlab.content import declared_order, load_lesson
from coachlab.store import default_store


def checked(spec) -> bool:
    """Graded, or read by the feedback engine with a verdict."""
    if spec.kind == "free_text":
        return bool(spec.expect)
    if spec.kind in ("scale", "reflection"):
        return False
    return spec.kind != "single_choice" or spec.correct is not None


@pytest.mark.parametrize("stem", [s for s in declared_order() if s[:2] != "00"])
def test_each_lesson_has_both_kinds_of_transfer(stem):
    specs = load_lesson(stem[:2]).exercises
    assert any(s.transfer == "new-situation" and checked(s) for s in specs), stem
    own = [s for s in specs if s.transfer == "own-case"]
    assert own and all(s.kind in ("free_text", "reflection") for s in own), stem
    assert any(s.kind == "free_text" and s.expect for s in own), f"{stem}: not engine-read"


def test_an_own_case_answer_is_kept_in_the_journal(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path))
    ex = exercise("05", "your-opening-question")
    ex.answer("What would be most useful to talk about today?")
    assert ex.submit().correct is True
    assert default_store().last("05", "your-opening-question").answer.startswith("What would")
