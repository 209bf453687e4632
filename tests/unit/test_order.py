"""Order: a fixed starting mix, moving steps, feedback on the first step out of place."""

from __future__ import annotations

import pytest

from coachlab.widgets.order import shuffled

RIGHT = ["purpose", "their-view", "check", "options", "next-steps", "follow-up"]


def test_starts_mixed_with_nothing_in_place(gallery):
    ex = gallery("order")
    assert sorted(ex.order) == sorted(RIGHT)
    assert all(a != b for a, b in zip(ex.order, RIGHT, strict=True))
    assert gallery("order").order == ex.order  # the same mix every time


def test_shuffle_never_returns_the_right_order():
    for n in range(2, 9):
        ids = [str(i) for i in range(n)]
        assert all(a != b for a, b in zip(shuffled(ids, f"seed{n}"), ids, strict=True))


def test_right_order(gallery):
    ex = gallery("order")
    ex.answer(RIGHT)
    result = ex.submit()
    assert (result.correct, result.score) == (True, 1.0)


def test_first_step_out_of_place_is_explained(gallery):
    ex = gallery("order")
    ex.answer(["purpose", "their-view", "options", "check", "next-steps", "follow-up"])
    result = ex.submit()
    assert result.correct is False and result.score == pytest.approx(4 / 6)
    assert "The first one out of place is step 3: it should be “Play back what you heard" in (
        result.feedback
    )
    assert "catches misunderstandings early" in result.feedback


def test_move_buttons(gallery):
    ex = gallery("order")
    first, second = ex.order[:2]
    ex.listbox.value = second
    ex.up.click()
    assert ex.order[:2] == [second, first] and ex.listbox.value == second
    ex.up.click()  # already at the top: stays there
    assert ex.order[0] == second
    ex.down.click()
    assert ex.order[:2] == [first, second]


def test_move_without_a_selection_says_so(gallery):
    ex = gallery("order")
    before = ex.order
    ex.down.click()
    assert ex.order == before
    assert "Select a step in the list first" in ex.feedback_html.value


def test_repeat_and_change_after_submit(gallery):
    ex = gallery("order")
    ex.answer(RIGHT)
    assert ex.submit() == ex.submit()
    ex.listbox.value = "check"
    ex.up.click()
    assert ex.last_result is None
    assert ex.submit().correct is False


def test_bad_answers(gallery):
    ex = gallery("order")
    with pytest.raises(ValueError, match="every step exactly once"):
        ex.answer(RIGHT[:-1])
    with pytest.raises(ValueError, match="'x' is not one of the step ids"):
        ex.answer([*RIGHT[:-1], "x"])
    with pytest.raises(TypeError, match="list of step ids"):
        ex.answer("purpose")
