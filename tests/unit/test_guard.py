"""The callback guard: a failure is shown in the exercise, or re-raised in strict mode."""

from __future__ import annotations

import pytest

from coachlab.widgets import Exercise, build
from coachlab.widgets.guard import FRIENDLY, strict_mode


def broken_exercise(spec, message="boom <b>bold</b>"):
    ex = build(spec)

    def fail(answer):
        raise RuntimeError(message)

    ex._check = fail
    ex.answer("b")
    return ex


def test_strict_mode_re_raises(single_choice_spec, monkeypatch):
    monkeypatch.setenv("COACHLAB_STRICT", "1")
    ex = broken_exercise(single_choice_spec())
    with pytest.raises(RuntimeError, match="boom"):
        ex.check_button.click()


def test_failure_is_shown_in_the_exercise(single_choice_spec, monkeypatch):
    monkeypatch.setenv("COACHLAB_STRICT", "0")
    ex = broken_exercise(single_choice_spec())
    ex.check_button.click()  # must not raise
    shown = ex.error_html.value
    assert "⚠ Something went wrong." in shown and FRIENDLY in shown
    assert 'role="alert"' in shown
    assert "<details><summary>Technical details</summary>" in shown
    assert "RuntimeError: boom &lt;b&gt;bold&lt;/b&gt;" in shown  # traceback escaped
    assert "in fail" in shown  # and it says where


def test_a_later_success_clears_the_error(single_choice_spec, monkeypatch):
    monkeypatch.setenv("COACHLAB_STRICT", "0")
    ex = broken_exercise(single_choice_spec())
    ex.check_button.click()
    assert ex.error_html.value
    del ex._check  # back to the class's working method
    ex.check_button.click()
    assert ex.error_html.value == "" and ex.last_result.correct is True


@pytest.mark.parametrize("strict", ["0", "1"])
def test_observers_are_guarded_too(single_choice_spec, monkeypatch, strict):
    monkeypatch.setenv("COACHLAB_STRICT", strict)

    def fail(self, _change=None):
        raise ValueError("observer failed")

    monkeypatch.setattr(Exercise, "_answer_changed", fail)
    ex = build(single_choice_spec())
    if strict == "1":
        with pytest.raises(ValueError, match="observer failed"):
            ex.choices.value = "a"  # what a click on an option does
    else:
        ex.choices.value = "a"
        assert "ValueError: observer failed" in ex.error_html.value


@pytest.mark.parametrize(
    ("value", "strict"),
    [("", False), ("0", False), ("false", False), ("1", True), ("yes", True)],
)
def test_strict_mode_values(monkeypatch, value, strict):
    monkeypatch.setenv("COACHLAB_STRICT", value)
    assert strict_mode() is strict


def test_the_message_says_why(single_choice_spec, monkeypatch):
    """Issue 11: learners saw only "⚠ Something went wrong" with no reason."""
    monkeypatch.setenv("COACHLAB_STRICT", "0")
    ex = broken_exercise(single_choice_spec(), "the disk is full <b>now</b>\nsecond line")
    ex.check_button.click()
    shown = ex.error_html.value
    assert "Why: the disk is full &lt;b&gt;now&lt;/b&gt;." in shown
    assert "second line" not in shown.split("<details>")[0]


def test_a_disk_error_names_the_file(single_choice_spec, monkeypatch):
    monkeypatch.setenv("COACHLAB_STRICT", "0")
    ex = build(single_choice_spec())

    def full(answer):
        raise OSError(28, "No space left on device", "/home/me/journal.md")

    ex._check = full
    ex.answer("b")
    ex.check_button.click()
    assert "Why: No space left on device (/home/me/journal.md)." in ex.error_html.value
