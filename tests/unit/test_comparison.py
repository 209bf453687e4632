"""Start here holds its verdicts back; lesson 10 compares them with new questions, per idea."""

from __future__ import annotations

import pytest

from coachlab import before_after, exercise
from coachlab.comparison import chart_png, compare, words
from coachlab.store import default_store
from coachlab.widgets.base import HELD


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path))


def wrong_option(spec) -> str:
    return next(option.id for option in spec.options if option.id != spec.correct)


def test_the_pre_assessment_shows_no_verdict_but_keeps_it():
    ex = exercise("00", "pre-partnership")
    ex.answer(wrong_option(ex.spec))
    result = ex.submit()
    assert (result.correct, result.feedback) == (None, HELD)
    assert "✘" not in ex.feedback_html.value and "✎ Noted" in ex.feedback_html.value
    kept = default_store().last("00", "pre-partnership")
    assert kept.correct is False and kept.feedback == HELD
    again = exercise("00", "pre-partnership")  # reopened: still no verdict
    assert again.last_result.correct is None and "✘" not in again.feedback_html.value


def test_lesson_10_compares_idea_by_idea_and_gives_the_held_feedback():
    pre = exercise("00", "pre-partnership")
    pre.answer(wrong_option(pre.spec))
    pre.submit()
    post = exercise("10", "post-partnership")
    post.answer(post.spec.correct)
    assert post.submit().correct is True  # the parallel form does give feedback
    rows, ratings, held = compare()
    text = words(rows, ratings, held)
    assert "- Equal status: Start here, 0 of 1 right; lesson 10, 1 of 1 right (up)." in text
    assert "- No marching orders: Start here, not answered; lesson 10, not answered." in text
    assert "Where you start (2 of 4): what a partnership is: ✘ Not quite." in text
    assert chart_png(rows).startswith(b"\x89PNG")


def test_different_questions_on_the_same_ideas():
    pre, post = exercise("00", "pre-partnership").spec, exercise("10", "post-partnership").spec
    assert set(pre.ideas) == set(post.ideas)
    assert {o.text for o in pre.options}.isdisjoint({o.text for o in post.options})


def test_nothing_to_compare_says_so_and_hides_the_chart():
    comparison = before_after()
    assert comparison.words.startswith("Nothing to compare yet")
    assert comparison.chart.layout.display == "none"
    assert repr(comparison) == comparison.words


def test_a_scale_compares_the_latest_with_the_first_profile(tmp_path):
    ex = exercise("02", "commitments-profile")
    ids = [d.id for d in ex.spec.dimensions]
    ex.answer(dict.fromkeys(ids, 2))
    ex.submit()
    ex.answer(dict.fromkeys(ids, 3))
    ex.submit()
    later = exercise("02", "commitments-profile")  # a new session: first is the 2s
    later.answer(dict.fromkeys(ids, 4))
    later.submit()
    assert "how each moved since your first profile:" in later.summary_html.value
    assert f"<li>{later.spec.dimensions[0].label}: 4 of 5 (Usually), up 2</li>" in (
        later.summary_html.value
    )


def test_a_reopened_profile_is_drawn_again_beside_the_first():
    ex = exercise("09", "straight-talk-profile")
    ids = [d.id for d in ex.spec.dimensions]
    ex.answer(dict.fromkeys(ids, 2))
    ex.submit()
    ex.answer(dict.fromkeys(ids, 4))
    ex.submit()
    again = exercise("09", "straight-talk-profile")  # the lesson run again, or a new day
    assert again.chart.png.startswith(b"\x89PNG") and again.chart.layout.display is None
    assert "how each moved since your first profile:" in again.summary_html.value
    # the words, with their chart (every line rated 4: a tie, said as one)
    assert "You gave every line the same rating (4 of" in again.feedback_html.value


def test_a_quoted_answer_is_not_followed_by_a_second_full_stop():
    """ "in lesson 10, “Tell them what I would do.”." (walkthrough 54)."""
    for lesson, spec_id in (("00", "pre-first-move"), ("10", "post-first-move")):
        ex = exercise(lesson, spec_id)
        ex.answer(ex.spec.options[0].id)
        ex.submit()
    _, ratings, _ = compare()
    assert ratings and not any(line.endswith(("”.", ".”.")) for line in ratings), ratings
    assert all(line.endswith((".", ".”", "!”", "?”")) for line in ratings), ratings


def test_a_second_try_after_lesson_10s_feedback_is_no_growth():
    """Walkthrough 60: wrong, then right after the feedback showed the answer, read as "1 of 1
    right". Start here shows no verdict, so its last answer is the one that counts."""
    pre = exercise("00", "pre-partnership")
    pre.answer(wrong_option(pre.spec))
    pre.submit()
    pre.answer(pre.spec.correct)  # a change of mind, with no verdict seen
    pre.submit()
    post = exercise("10", "post-partnership")
    post.answer(wrong_option(post.spec))
    post.submit()
    post.answer(post.spec.correct)
    assert post.submit().correct is True
    text = words(*compare())
    assert "- Equal status: Start here, 1 of 1 right; lesson 10, 0 of 1 right (down)." in text
    assert "in lesson 10 your first answer counts" in text


def test_answers_that_no_longer_fit_the_lessons_are_skipped_not_a_traceback():
    """Walkthrough 66: an option id a lesson no longer has, and a choice stored where a profile
    now stands (changed content, an older or hand-edited journal), raised in lesson 10."""
    from coachlab import self_assessment_overview
    from coachlab.store_rows import Event

    store = default_store()
    at = "2026-12-01T10:00:00+00:00"
    store.record(Event(at, "00", "pre-partnership", "single_choice", "z", False, 0.0, "fb"))
    store.record(Event(at, "00", "pre-confidence", "single_choice", "z", None, None, "fb"))
    store.record(Event(at, "02", "commitments-profile", "single_choice", "a", None, None, "fb"))
    text = before_after().words
    assert "what a partnership is: ✘" not in text  # skipped, not checked against nothing
    assert "Confidence: in Start here, not answered" in text
    self_assessment_overview()  # the profile's stray choice is skipped
