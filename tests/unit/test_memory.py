"""Exercises of a lesson remember: a submit is recorded, and the exercise shown again later comes
back with the last answer and its feedback."""

from __future__ import annotations

import sqlite3

import pytest

from coachlab.store import default_store
from coachlab.widgets import build


@pytest.fixture(autouse=True)
def fresh_home(monkeypatch, tmp_path):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path))


def test_a_submit_is_recorded_and_restored(single_choice_spec):
    first = build(single_choice_spec(), lesson="07")
    first.answer("b")
    first.submit()
    again = build(single_choice_spec(), lesson="07")  # the lesson reopened
    assert again.choices.value == "b"
    assert again.last_result.correct is True
    assert "✔ Correct." in again.feedback_html.value
    assert "↺ Your last answer, from" in again.feedback_html.value


def test_only_answered_submits_are_recorded(single_choice_spec):
    ex = build(single_choice_spec(), lesson="07")
    ex.submit()  # not answered yet
    assert default_store().history("07", "pick-one") == []


def test_exercises_outside_a_lesson_are_not_recorded(single_choice_spec):
    ex = build(single_choice_spec())
    ex.answer("a")
    ex.submit()
    assert default_store().events() == []


def _options_changed(single_choice_spec):
    """The sample exercise after its options were rewritten: no earlier answer fits it."""
    return single_choice_spec(
        options=[
            {"id": "x", "text": "new", "feedback": "f"},
            {"id": "y", "text": "n", "feedback": "g"},
        ],
        correct="x",
    )


def test_an_answer_that_no_longer_fits_is_skipped(single_choice_spec):
    ex = build(single_choice_spec(), lesson="07")
    ex.answer("b")
    ex.submit()
    again = build(_options_changed(single_choice_spec), lesson="07")
    assert again.choices.value is None and again.feedback_html.value == ""


def test_restoring_a_scenario_does_not_record_it_again():
    from coachlab.content import load_lesson

    spec = load_lesson("gallery").exercise("scenario")
    first = build(spec, lesson="gallery")
    first.answer(["ask", "together"])
    again = build(spec, lesson="gallery")
    assert again.node_id == "agreed" and again.last_result.correct is True
    assert len(default_store().history("gallery", "scenario")) == 1


def test_a_scale_compares_with_the_remembered_profile():
    from coachlab.content import load_lesson

    spec = load_lesson("gallery").exercise("scale")
    ratings = dict.fromkeys(
        ["goals", "listening", "accessible", "understanding", "empowering", "accountability"], 3
    )
    first = build(spec, lesson="gallery")
    first.answer(ratings)
    first.submit()
    again = build(spec, lesson="gallery")
    again.answer({**ratings, "listening": 5})
    again.submit()
    assert "how each moved since your first profile" in again.summary_html.value
    assert "<li>Listening: 5 of 5 (Almost always), up 2</li>" in again.summary_html.value


def test_a_failed_save_is_said_not_hidden(single_choice_spec, monkeypatch):
    def broken(self, event, on_busy=None):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(type(default_store()), "record", broken)
    ex = build(single_choice_spec(), lesson="07")
    ex.answer("b")
    assert ex.submit().correct is True  # the learner still gets the feedback
    assert "⚠ Not saved." in ex.error_html.value and "disk I/O error" in ex.error_html.value


def test_not_saved_stays_in_view_after_a_click_until_a_save_succeeds(
    single_choice_spec, monkeypatch
):
    """Issue 12: the guard around the button used to clear the area after every successful
    callback, wiping "⚠ Not saved" the moment it was written by a click (disk full, read-only)."""
    store_type = type(default_store())
    working = store_type.record

    def read_only(self, event, on_busy=None):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store_type, "record", read_only)
    ex = build(single_choice_spec(), lesson="07")
    ex.answer("b")
    ex.check_button.click()  # as in the browser: through the guard
    assert "⚠ Not saved." in ex.error_html.value and "readonly" in ex.error_html.value
    assert "✔ Correct" in ex.feedback_html.value
    ex.answer("a")  # a new choice clears the stale verdict, not the note about the last save
    ex.check_button.click()
    assert "⚠ Not saved." in ex.error_html.value
    monkeypatch.setattr(store_type, "record", working)
    ex.check_button.click()  # the disk has room again: saved, and the note goes
    assert ex.error_html.value == ""
    assert default_store().last("07", ex.spec.id).answer == "a"


def test_the_guard_still_clears_its_own_message_after_a_success(single_choice_spec, monkeypatch):
    from coachlab.widgets.guard import HEADLINE, guarded

    monkeypatch.delenv("COACHLAB_STRICT", raising=False)
    ex = build(single_choice_spec(), lesson="07")
    calls = iter([RuntimeError("boom"), None])

    def flaky():
        problem = next(calls)
        if problem:
            raise problem

    action = guarded(flaky, ex.error_html)
    action()
    assert HEADLINE in ex.error_html.value
    action()
    assert ex.error_html.value == ""


# -- drafts: typed but not checked, then the cell ran again ("Run All") --------------------------


def _free_text():
    from coachlab.content import load_lesson

    return load_lesson("07").exercise("question-lab")


def test_words_typed_but_not_checked_come_back_when_the_cell_runs_again():
    first = build(_free_text(), lesson="07")
    first.answer("What got in the way this week?")  # typed, then "Run All" before "Check answer"
    again = build(_free_text(), lesson="07")
    assert again.text.value == "What got in the way this week?"
    assert again.last_result is None
    shown = again.feedback_html.value
    assert "Not checked yet" in shown and "“Check answer”" in shown
    assert "✔" not in shown and "✘" not in shown
    assert default_store().events() == []  # a draft stays in the kernel, out of the journal


def test_a_draft_newer_than_the_checked_answer_wins_and_is_marked_unchecked():
    first = build(_free_text(), lesson="07")
    first.answer("Why didn't you finish?")
    first.submit()
    first.answer("What would help you finish?")
    again = build(_free_text(), lesson="07")
    assert again.text.value == "What would help you finish?"
    assert "Not checked yet" in again.feedback_html.value
    assert "Your last answer" not in again.feedback_html.value


def test_a_checked_answer_comes_back_with_its_verdict_not_as_a_draft():
    first = build(_free_text(), lesson="07")
    first.answer("What would help you finish?")
    first.submit()
    again = build(_free_text(), lesson="07")
    assert "↺ Your last answer, from" in again.feedback_html.value
    assert "Not checked yet" not in again.feedback_html.value


def test_a_cleared_box_forgets_its_draft_and_shows_the_checked_answer(single_choice_spec):
    first = build(single_choice_spec(), lesson="07")
    first.answer("b")
    first.submit()
    first.answer("a")
    first.answer(None)
    again = build(single_choice_spec(), lesson="07")
    assert again.choices.value == "b" and "Your last answer" in again.feedback_html.value


def test_a_draft_belongs_to_its_journal(monkeypatch, tmp_path):
    first = build(_free_text(), lesson="07")
    first.answer("What got in the way?")
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "someone-else"))
    assert build(_free_text(), lesson="07").text.value == ""


def test_a_draft_that_no_longer_fits_the_lesson_is_dropped(single_choice_spec):
    first = build(single_choice_spec(), lesson="07")
    first.answer("a")
    again = build(_options_changed(single_choice_spec), lesson="07")
    assert again.choices.value is None and again.feedback_html.value == ""
