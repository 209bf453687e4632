"""Free text: the named analyzer reads the text; the feedback quotes its cues and tips."""

from __future__ import annotations

import pytest

from coachlab.content import ContentError, load_lesson_file
from coachlab.widgets.feedback_area import feedback_markup


def test_open_question_meets_the_expectation(gallery):
    ex = gallery("free-text")
    ex.answer("Thanks for telling me. What got in the way this week?")
    result = ex.submit()
    assert result.correct is True
    assert "We read your question as open." in result.feedback
    assert "Why: “What got in the way”: invites them to explore" in result.feedback


def test_closed_question_gets_the_reason_and_a_rewrite_tip(gallery):
    ex = gallery("free-text")
    ex.answer("did you run out of time?")
    result = ex.submit()
    assert result.correct is False
    assert "The exercise asks for an open question." in result.feedback
    assert "Why: “did”: starts with a verb like “did”, “is” or “can”: answered yes or no" in (
        result.feedback
    )
    assert "Try: Open it with “What…” or “How…”" in result.feedback


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_asks_for_words_not_a_score(gallery, text):
    ex = gallery("free-text")
    ex.answer(text)
    result = ex.submit()
    assert not result.answered and result.score is None
    assert result.feedback == "Not answered yet: write something first, then press “Check answer”."


def test_without_expectation_there_is_no_verdict(gallery):
    ex = gallery("free-text", expect={}, requires=[])
    ex.answer("Did you finish?")
    assert ex.submit().correct is None


def test_repeat_and_change_after_submit(gallery):
    ex = gallery("free-text")
    ex.answer("How did it go?")
    assert ex.submit() == ex.submit()
    ex.text.value = "Did it go well?"  # typing
    assert ex.last_result is None
    assert ex.submit().correct is False


def test_unknown_analyzer_or_expectation_is_a_content_error(lesson_data, write_lesson):
    lesson_data["exercises"] = [
        {"kind": "free_text", "id": "q", "title": "t", "prompt": "p", "analyzer": "tone"}
    ]
    with pytest.raises(ContentError, match=r"exercises\[0\]\.analyzer: unknown analyzer 'tone'"):
        load_lesson_file(write_lesson(lesson_data))
    lesson_data["exercises"][0].update(analyzer="question", expect={"kind": "polite"})
    with pytest.raises(ContentError, match=r"exercises\[0\]\.expect: kind is one of open, closed"):
        load_lesson_file(write_lesson(lesson_data))


def test_non_text_answer(gallery):
    with pytest.raises(TypeError, match="not int"):
        gallery("free-text").answer(3)


def test_when_the_engine_cannot_tell_the_learner_reads_what_it_noticed(gallery):
    ex = gallery("free-text")
    ex.answer("Is there anything else on your mind?")  # open in meetings, closed in form
    result = ex.submit()
    assert result.correct is None and result.uncertain
    assert result.verdict == "? Hard to tell"
    assert result.feedback.startswith("We can't tell for sure whether your question reads as")
    assert "Why: " in result.feedback


def test_a_hostile_question_is_told_what_would_not_land(gallery):
    ex = gallery("free-text")
    ex.answer("What's wrong with you?")
    result = ex.submit()
    assert result.correct is False
    assert result.feedback.startswith("In form, your question reads as open, but it would not")
    assert "Why: “What's wrong with you”: sounds like blame" in result.feedback


def test_a_closed_leading_question_is_told_both_its_form_and_its_hint(gallery):
    ex = gallery("free-text")
    ex.answer("Don't you think you'd be great at it?")
    result = ex.submit()
    assert result.correct is False
    # the same two lines as any other wrong form: the verdict, then what was looked for
    assert result.feedback.startswith(
        "We read your question as closed.\nThe exercise asks for an open question."
    )
    assert "In form" not in result.feedback
    assert "Why: “Don't you think”: suggests the answer you want" in result.feedback


def test_a_reopened_lesson_still_says_it_could_not_tell():
    """The journal keeps no "uncertain": it was shown as "✎ Noted" on reopening, a verdict the
    learner never had."""
    from coachlab.content import load_lesson
    from coachlab.widgets import build

    spec = next(s for s in load_lesson("07").exercises if s.kind == "free_text" and s.expect)
    first = build(spec, lesson="07")
    first.answer("Is there anything else on your mind?")
    assert first.submit().verdict == "? Hard to tell"
    again = build(spec, lesson="07")
    assert again.last_result.verdict == "? Hard to tell"
    assert "? Hard to tell." in again.feedback_html.value


def test_hard_to_tell_has_its_own_edge_not_noteds(gallery):
    """Walkthrough 62: "? Hard to tell" used "✎ Noted"'s green edge."""
    ex = gallery("rewrite-request")
    result = ex._check("Maybe possibly if it's ok could you perhaps look at it sometime?")
    assert result.uncertain
    assert 'class="coachlab-verdict coachlab-uncertain"' in feedback_markup(result)
