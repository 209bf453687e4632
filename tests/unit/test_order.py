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


def test_up_and_down_buttons(gallery):
    ex = gallery("order")
    first, second = ex.order[:2]
    ex.rows[1].up.click()
    assert ex.order[:2] == [second, first]
    assert f"<strong>1.</strong> {ex._steps[second].text}" in ex.rows[0].text.value
    ex.rows[0].down.click()
    assert ex.order[:2] == [first, second]


def test_the_ends_cannot_move_further(gallery):
    ex = gallery("order")
    assert ex.rows[0].up.disabled and ex.rows[-1].down.disabled
    assert not ex.rows[0].down.disabled and not ex.rows[-1].up.disabled
    before = list(ex.order)
    ex.move(0, -1)
    ex.move(len(before) - 1, +1)
    assert ex.order == before


def test_repeat_and_change_after_submit(gallery):
    ex = gallery("order")
    ex.answer(RIGHT)
    assert ex.submit() == ex.submit()
    ex.rows[2].up.click()
    assert ex.last_result is None and ex.feedback_html.value == ""
    assert ex.submit().correct is False


def test_bad_answers(gallery):
    ex = gallery("order")
    with pytest.raises(ValueError, match="every step exactly once"):
        ex.answer(RIGHT[:-1])
    with pytest.raises(ValueError, match="'x' is not one of the step ids"):
        ex.answer([*RIGHT[:-1], "x"])
    with pytest.raises(TypeError, match="list of step ids"):
        ex.answer("purpose")
