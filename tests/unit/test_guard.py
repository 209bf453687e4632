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


def fails_with(spec, error: BaseException):
    """An exercise whose check raises ``error``, clicked as a learner would."""
    ex = build(spec)

    def fail(answer):
        raise error

    ex._check = fail
    ex.answer("b")
    ex.check_button.click()
    return ex.error_html.value


def visible(shown: str) -> str:
    """The guard's message as it shows before 'Technical details' is opened."""
    return shown.split("<details>")[0]


def test_a_disk_error_names_the_file_not_the_learner_s_home_folder(single_choice_spec, monkeypatch):
    """Found by a browser walkthrough: the visible line spelled out the learner's home folder
    (on a projector, in a screenshot sent for help); the traceback keeps it for whoever helps."""
    monkeypatch.setenv("COACHLAB_STRICT", "0")
    error = OSError(28, "No space left on device", "/home/priya.k/.local/share/coachlab/journal.md")
    shown = fails_with(single_choice_spec(), error)
    assert "Why: No space left on device (journal.md)." in visible(shown)
    assert "/home/priya.k" not in visible(shown)
    assert "/home/priya.k/.local/share/coachlab/journal.md" in shown.split("<details>")[1]


def test_a_path_in_the_words_of_an_error_is_cut_to_its_name(single_choice_spec, monkeypatch):
    monkeypatch.setenv("COACHLAB_STRICT", "0")
    said = "its folder is not a folder (/Users/sam lee/Library/coachlab is a file)"
    shown = fails_with(single_choice_spec(), RuntimeError(said))
    assert "/Users/" not in visible(shown) and "Library" not in visible(shown)
    quoted = "[Errno 13] Permission denied: '/home/sam lee/coachlab/progress.sqlite3'"
    shown = fails_with(single_choice_spec(), RuntimeError(quoted))
    assert "Why: [Errno 13] Permission denied: &#x27;progress.sqlite3&#x27;." in visible(shown)


def test_words_that_only_look_like_paths_are_kept(single_choice_spec, monkeypatch):
    """Near misses: a URL, a relative path, "and/or" and a date stay as written."""
    monkeypatch.setenv("COACHLAB_STRICT", "0")
    said = "content/01.yaml and/or http://127.0.0.1:8081/services/room said 503 on 3/12"
    shown = fails_with(single_choice_spec(), RuntimeError(said))
    assert f"Why: {said}." in visible(shown)


def test_an_interrupted_check_says_it_stopped_and_the_answer_is_kept(
    single_choice_spec, monkeypatch
):
    """The kernel's ■ pressed while a check ran: KeyboardInterrupt is no Exception, so it went to
    the log console and the button seemed to do nothing."""
    from coachlab.widgets.guard import INTERRUPTED

    monkeypatch.setenv("COACHLAB_STRICT", "0")
    ex = build(single_choice_spec())

    def interrupted(answer):
        raise KeyboardInterrupt

    ex._check = interrupted
    ex.answer("b")
    ex.check_button.click()
    assert INTERRUPTED in ex.error_html.value and "Something went wrong" not in ex.error_html.value
    assert ex.choices.value == "b"
    del ex._check
    ex.check_button.click()  # pressed again: it runs, and the note goes
    assert ex.error_html.value == "" and ex.last_result.correct is True
    monkeypatch.setenv("COACHLAB_STRICT", "1")
    ex._check = interrupted
    with pytest.raises(KeyboardInterrupt):
        ex.check_button.click()
