"""Multiple select: partial credit, and feedback naming what was missed and what was wrong."""

from __future__ import annotations

import pytest


def test_all_right(gallery):
    ex = gallery("multiple-select")
    ex.answer(["a", "c", "e"])
    result = ex.submit()
    assert (result.correct, result.score) == (True, 1.0)
    assert "You found 3 of the 3 that apply." in result.feedback
    assert "Yes: Being accessible" in result.feedback


def test_partial_names_missed_and_wrong(gallery):
    ex = gallery("multiple-select")
    ex.answer(["a", "b", "c"])
    result = ex.submit()
    assert result.correct is False
    assert result.score == pytest.approx(1 / 3)  # (2 found - 1 wrong) / 3
    assert "Missed: Maintaining accountability — The article names" in result.feedback
    assert "Does not apply: Always having the answer — Not in the article's list" in (
        result.feedback
    )


def test_score_never_below_zero(gallery):
    ex = gallery("multiple-select")
    ex.answer(["b", "d"])
    assert ex.submit().score == 0.0


def test_nothing_ticked(gallery):
    ex = gallery("multiple-select")
    assert not ex.submit().answered
    ex.answer([])
    assert "tick every option" in ex.submit().feedback


def test_repeat_and_change_after_submit(gallery):
    ex = gallery("multiple-select")
    ex.answer(["a", "c", "e"])
    first = ex.submit()
    assert ex.submit() == first
    ex.choices.value = ("a", "b", "c", "e")  # a click on another box
    assert ex.feedback_html.value == "" and ex.last_result is None
    assert ex.submit().correct is False


def test_bad_answers(gallery):
    ex = gallery("multiple-select")
    with pytest.raises(TypeError, match="list of option letters"):
        ex.answer("a")
    with pytest.raises(ValueError, match="'z' is not one of the option letters"):
        ex.answer(["z"])


def test_all_found_with_a_wrong_one_ticked_says_so_first(gallery):
    """ "You found 3 of the 3" under "✘ Not quite" read as a contradiction (walkthrough 54)."""
    ex = gallery("multiple-select")
    ex.answer(["a", "b", "c", "e"])
    result = ex.submit()
    assert result.correct is False
    assert result.feedback.startswith(
        "You found 3 of the 3 that apply, and ticked one that does not."
    )
