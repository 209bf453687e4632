"""Categorize: every statement placed, each misplaced one explained."""

from __future__ import annotations

import pytest

RIGHT = {
    "options": "partnering",
    "my-way": "marching-orders",
    "deadline-help": "partnering",
    "just-because": "marching-orders",
}


def test_all_right(gallery):
    ex = gallery("categorize")
    ex.answer(RIGHT)
    result = ex.submit()
    assert (result.correct, result.score) == (True, 1.0)
    assert result.feedback == "4 of 4 in the right group."


def test_misplaced_items_are_explained(gallery):
    ex = gallery("categorize")
    ex.answer({**RIGHT, "my-way": "partnering"})
    result = ex.submit()
    assert (result.correct, result.score) == (False, 0.75)
    assert "2. “Do it my way; I don't have time to discuss it.” → belongs in Marching orders: " in (
        result.feedback
    )


def test_unfinished_is_not_scored(gallery):
    ex = gallery("categorize")
    assert not ex.submit().answered
    ex.answer({"options": "partnering"})
    result = ex.submit()
    assert not result.answered and result.score is None
    assert "3 statements still need a group" in result.feedback


def test_repeat_and_change_after_submit(gallery):
    ex = gallery("categorize")
    ex.answer(RIGHT)
    assert ex.submit() == ex.submit()
    ex.pickers["options"].value = "marching-orders"
    assert ex.last_result is None and ex.feedback_html.value == ""
    assert ex.submit().score == 0.75


def test_bad_answers(gallery):
    ex = gallery("categorize")
    with pytest.raises(TypeError, match="dict of statement ids"):
        ex.answer(["options"])
    with pytest.raises(ValueError, match="'nope' is not one of the statement ids"):
        ex.answer({"nope": "partnering"})
    with pytest.raises(ValueError, match="'maybe' is not allowed for 'options'"):
        ex.answer({"options": "maybe"})
