"""A press overtaken by its own answer: ipykernel 7 may run a click before the answer the browser
sent just ahead of it (walkthrough 58 saw feedback and journal entries on the previous answer,
about one check in five). An answer that changes just after a press is checked; one that
changes later clears the stale verdict, as before."""

from __future__ import annotations

import pytest

from coachlab.widgets import base


@pytest.fixture
def later(monkeypatch):
    """Move the clock past ``JUST_PRESSED``, as a learner's later edit would."""
    now = [1000.0]
    monkeypatch.setattr(base.time, "monotonic", lambda: now[0])

    def advance(seconds: float = base.JUST_PRESSED + 0.5) -> None:
        now[0] += seconds

    return advance


def test_free_text_checks_the_words_that_arrive_just_after_the_press(gallery, later):
    ex = gallery("free-text")
    ex.answer("Did you finish the rota?")  # what the kernel has when the press overtakes it
    ex.check_button.click()
    later(0.01)
    ex.answer("What would help you finish the rota?")  # the words the learner pressed for
    assert ex.last_result is not None and ex.last_result.correct is True
    assert "What would help" in ex.feedback_html.value


def test_a_reflection_pressed_before_its_text_arrived_is_counted_whole(gallery, later):
    ex = gallery("reflection")
    ex.answer("Too short")
    ex.check_button.click()
    assert not ex.last_result.answered or "2 words" in ex.last_result.feedback
    later(0.01)
    ex.answer("I asked before I decided this week, and the rota came out better for it.")
    assert ex.last_result.answered and "15 words" in ex.last_result.feedback


def test_a_choice_overtaken_by_the_press_is_checked(single_choice_spec, later):
    from coachlab.widgets import build

    ex = build(single_choice_spec())
    ex.answer("a")
    ex.check_button.click()
    first = ex.last_result
    later(0.01)
    ex.answer("b")
    assert ex.last_result is not None and ex.last_result is not first
    assert ex.feedback_html.value != ""


def test_a_later_edit_still_clears_the_stale_verdict(gallery, later):
    ex = gallery("free-text")
    ex.answer("What would help you finish the rota?")
    ex.check_button.click()
    later()
    ex.answer("Did you finish the rota?")
    assert ex.last_result is None and ex.feedback_html.value == ""


def test_only_the_first_change_after_a_press_counts_as_its_answer(gallery, later):
    ex = gallery("free-text")
    ex.answer("What would help you finish the rota?")
    ex.check_button.click()
    later(0.01)
    ex.answer("Did you finish the rota?")  # checked: the press was for it
    later(0.01)
    ex.answer("Did you finish it?")  # a second change is an edit
    assert ex.last_result is None and ex.feedback_html.value == ""


def test_a_check_in_code_is_no_press(gallery, later):
    ex = gallery("free-text")
    ex.answer("What would help you finish the rota?")
    ex.submit()  # a solution notebook or a test, not the button
    later(0.01)
    ex.answer("Did you finish the rota?")
    assert ex.last_result is None and ex.feedback_html.value == ""
