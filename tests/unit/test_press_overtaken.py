"""A press overtaken by its own answer: ipykernel 7 may run a click before the answer the browser
sent just ahead of it (walkthrough 58 saw feedback and journal entries on the previous answer,
about one check in five). An answer the browser sent before the press is checked when it
arrives; one sent after it (a learner's next edit, however quick) clears the stale verdict."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from coachlab.widgets import base

START = datetime(2026, 12, 3, 9, 0)


@pytest.fixture
def browser(monkeypatch):
    """Stand in for the header of the widget message being handled: ``browser(t)`` says the
    browser sent it ``t`` seconds in; ``browser(None)`` says it is code in a cell."""
    sent: list[datetime | None] = [None]
    monkeypatch.setattr(base, "browser_sent_at", lambda: sent[0])

    def sending(seconds: float | None) -> None:
        sent[0] = None if seconds is None else START + timedelta(seconds=seconds)

    return sending


def test_free_text_checks_the_words_sent_just_ahead_of_the_press(gallery, browser):
    ex = gallery("free-text")
    ex.answer("Did you finish the rota?")  # what the kernel has when the press overtakes it
    browser(2.000)
    ex.check_button.click()
    browser(1.995)  # sent before the press, run after it
    ex.answer("What would help you finish the rota?")  # the words the learner pressed for
    assert ex.last_result is not None and ex.last_result.correct is True
    assert "What would help" in ex.feedback_html.value


def test_a_reflection_pressed_before_its_text_arrived_is_counted_whole(gallery, browser):
    ex = gallery("reflection")
    ex.answer("Too short")
    browser(2.0)
    ex.check_button.click()
    assert not ex.last_result.answered or "2 words" in ex.last_result.feedback
    browser(2.0)  # the same millisecond: the browser sent the text first
    ex.answer("I asked before I decided this week, and the rota came out better for it.")
    assert ex.last_result.answered and "15 words" in ex.last_result.feedback


def test_a_choice_overtaken_by_the_press_is_checked(single_choice_spec, browser):
    from coachlab.widgets import build

    ex = build(single_choice_spec())
    ex.answer("a")
    browser(2.0)
    ex.check_button.click()
    first = ex.last_result
    browser(1.99)
    ex.answer("b")
    assert ex.last_result is not None and ex.last_result is not first
    assert ex.feedback_html.value != ""


def test_an_edit_sent_after_the_press_clears_the_verdict_however_quick(gallery, browser):
    """The CI failure of a time window: a choice changed 0.1 s after its verdict showed was
    checked too, giving the next verdict unasked."""
    ex = gallery("free-text")
    ex.answer("What would help you finish the rota?")
    browser(2.0)
    ex.check_button.click()
    browser(2.1)
    ex.answer("Did you finish the rota?")
    assert ex.last_result is None and ex.feedback_html.value == ""


def test_each_late_answer_sent_before_the_press_is_checked_then_edits_clear(gallery, browser):
    ex = gallery("free-text")
    ex.answer("Did you finish it?")
    browser(2.0)
    ex.check_button.click()
    browser(1.9)
    ex.answer("Did you finish the rota?")
    browser(1.95)
    ex.answer("What would help you finish the rota?")  # the last one sent before the press
    assert ex.last_result.correct is True and "What would help" in ex.feedback_html.value
    browser(3.0)
    ex.answer("Did you finish it?")
    assert ex.last_result is None and ex.feedback_html.value == ""


def test_a_check_in_code_is_no_press(gallery, browser):
    ex = gallery("free-text")
    ex.answer("What would help you finish the rota?")
    browser(None)
    ex.check_button.click()  # a solution notebook or a test, not a browser
    ex.answer("Did you finish the rota?")
    assert ex.last_result is None and ex.feedback_html.value == ""


def test_a_press_that_already_read_the_answer_is_not_checked_twice(gallery, browser):
    """The text is set on the kernel before its observers run, so the press may read it first:
    its verdict stands, and the journal gets one entry, not two."""
    ex = gallery("free-text")
    browser(2.0)
    ex.text.value = "What would help you finish the rota?"  # set, its observers not yet run
    ex.check_button.click()
    first = ex.last_result
    browser(1.99)
    ex._answer_changed()  # the observers of that same change, run after the press
    assert ex.last_result is first


def test_widget_callbacks_run_one_at_a_time():
    """ipykernel 7 may handle two widget messages on two threads at once (guard.py)."""
    import threading
    import time

    import ipywidgets as widgets

    from coachlab.widgets.guard import guarded

    order: list[str] = []
    started = threading.Event()

    def slow() -> None:
        order.append("slow starts")
        started.set()
        time.sleep(0.2)
        order.append("slow ends")

    other = threading.Thread(target=guarded(slow, widgets.HTML()))
    other.start()
    started.wait()
    guarded(lambda: order.append("quick"), widgets.HTML())()
    other.join()
    assert order == ["slow starts", "slow ends", "quick"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ({"msg_type": "comm_msg", "date": START}, START),  # a widget message from the browser
        ({"msg_type": "execute_request", "date": START}, None),  # code run in a cell
        ({"msg_type": "comm_msg", "date": "2026-12-03T09:00:00Z"}, None),  # not a parsed date
        ({}, None),  # no message yet
    ],
)
def test_the_send_time_is_that_of_the_widget_message(monkeypatch, header, expected):
    import IPython

    from coachlab.widgets import sent

    class Kernel:
        def get_parent(self, channel):
            assert channel == "shell"
            return {"header": header} if header else {}

    class Shell:
        kernel = Kernel()

    monkeypatch.setattr(IPython, "get_ipython", lambda: Shell())
    assert sent.browser_sent_at() == expected


def test_no_kernel_means_no_send_time(monkeypatch):
    import IPython

    from coachlab.widgets import sent

    monkeypatch.setattr(IPython, "get_ipython", lambda: None)
    assert sent.browser_sent_at() is None
