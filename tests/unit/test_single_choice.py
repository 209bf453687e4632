"""Single choice through the programmatic surface and through its button, as a learner uses it."""

from __future__ import annotations

import pytest

import coachlab
from coachlab.widgets import build
from coachlab.widgets.base import NOT_ANSWERED

XSS = '<img src=x onerror=alert(1)><script>alert("x")</script>'


def test_right_answer(single_choice_spec):
    ex = build(single_choice_spec())
    ex.answer("b")
    result = ex.submit()
    assert (result.correct, result.score, result.answered) == (True, 1.0, True)
    assert result.feedback == "Because b is right."
    assert str(result) == "✔ Correct. Because b is right."
    assert "✔ Correct." in ex.feedback_html.value
    assert "coachlab-correct" in ex.feedback_html.value


def test_wrong_answer_explains_that_option(single_choice_spec):
    ex = build(single_choice_spec())
    ex.answer("a")
    result = ex.submit()
    assert (result.correct, result.score) == (False, 0.0)
    assert str(result) == "✘ Not quite. Because a is wrong."
    assert "✘ Not quite." in ex.feedback_html.value


def test_no_answer_yet(single_choice_spec):
    ex = build(single_choice_spec())
    result = ex.submit()
    assert not result.answered
    assert result.correct is None and result.score is None
    assert str(result) == NOT_ANSWERED
    assert "Not answered yet" in ex.feedback_html.value


def test_no_right_answer_means_noted(single_choice_spec):
    ex = build(single_choice_spec(correct=None))
    ex.answer("a")
    result = ex.submit()
    assert result.correct is None and result.score is None and result.answered
    assert str(result) == "✎ Noted. Because a is wrong."


def test_repeated_submit_gives_the_same_result(single_choice_spec):
    ex = build(single_choice_spec())
    ex.answer("b")
    assert ex.submit() == ex.submit() == ex.last_result


def test_changing_the_answer_clears_the_stale_verdict(single_choice_spec):
    ex = build(single_choice_spec())
    ex.answer("b")
    ex.submit()
    ex.choices.value = "a"  # what a click on another option does
    assert ex.feedback_html.value == "" and ex.last_result is None
    assert ex.submit().correct is False


def test_answer_none_clears_the_choice(single_choice_spec):
    ex = build(single_choice_spec())
    ex.answer("b")
    ex.answer(None)
    assert ex.choices.value is None and not ex.submit().answered


def test_answer_must_be_an_option_letter(single_choice_spec):
    ex = build(single_choice_spec())
    with pytest.raises(ValueError, match="'z' is not an option here; choose one of: a, b"):
        ex.answer("z")
    with pytest.raises(TypeError, match="not int"):
        ex.answer(1)


def test_the_check_button_submits(single_choice_spec):
    ex = build(single_choice_spec())
    ex.choices.value = "b"
    ex.check_button.click()
    assert ex.last_result is not None and ex.last_result.correct is True


def test_options_show_their_text_without_letters(single_choice_spec):
    ex = build(single_choice_spec())  # not in a lesson: the authored order
    assert ex.choices.options == (("Wrong one", "a"), ("Right one", "b"))
    assert ex.choices.label == "Which is right?"  # the group is named by the question


def test_content_is_escaped_in_html(single_choice_spec):
    spec = single_choice_spec(
        title=XSS,
        prompt=XSS,
        options=[
            {"id": "a", "text": XSS, "feedback": XSS},
            {"id": "b", "text": "ok", "feedback": "ok"},
        ],
    )
    ex = build(spec)
    ex.answer("a")
    ex.submit()
    header = ex.header_html.value
    for markup in (header, ex.feedback_html.value):
        assert "<img" not in markup and "<script" not in markup
        assert "&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;" in markup
    # The choice group sets its labels as text in the browser, so the text stays as written.
    assert ex.choices.options[0][0] == XSS


def test_widget_is_what_the_notebook_displays(single_choice_spec):
    ex = build(single_choice_spec())
    bundle = ex._repr_mimebundle_()
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == ex.widget.model_id
    assert {"coachlab-exercise", "coachlab-single-choice"} <= set(ex.widget._dom_classes)


def test_one_line_in_a_notebook():
    ex = coachlab.exercise("01", "partner-definition")
    ex.answer("b")
    assert ex.submit().correct is True
    with pytest.raises(TypeError, match="exercise_id is a str"):
        coachlab.exercise("01", 3)


def test_start_heres_held_back_questions_save_rather_than_check():
    import coachlab

    held = coachlab.exercise("00", "pre-partnership")
    assert held.check_button.description == "Save my answer"
    assert "“Save my answer”" in held.submit().feedback  # not answered yet: says which button
    assert coachlab.exercise("01", "partner-definition").check_button.description == "Check answer"
