"""A learner's re-check in lessons 03, 05, 08 and 10 (walkthrough 73): a veiled threat ticked as
partnering, an ultimatum and a label ticked as proactive, a typo that flipped a verdict, and a
leading question ticked as open."""

from __future__ import annotations

import pytest

from .test_feedback_walkthrough62 import check


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "We both want the launch to go well. You'll own the test plan or we'll have a "
            "problem, won't we?",
            "“or we'll have a problem”: a threat",
        ),
        (
            "We both want the launch to go well. You'll own the test plan, won't you?",
            "an order with a question tagged on",
        ),
    ],
)
def test_a_veiled_threat_or_an_order_with_a_tag_is_no_partnering_request(text, quoted):
    result = check("10", "your-common-ground-request", text)
    assert result.correct is False
    assert quoted in result.feedback
    assert result.feedback.count("Leave the choice open") <= 1


def test_a_way_out_after_the_ask_still_partners():
    text = "We both want the launch to go well. Would you own the test plan? It won't be a problem "
    assert check("10", "your-common-ground-request", text + "if not.").correct is True


def test_an_ultimatum_and_a_label_are_no_proactive_step():
    result = check("03", "your-own-influence", "I'll stop putting up with Dave's lazy rubbish "
                   "and tell him to shape up or ship out.")  # fmt: skip
    assert result.correct is False
    assert "“shape up or ship out”: threatens people" in result.feedback
    assert "“Dave's lazy rubbish”: labels people" in result.feedback


@pytest.mark.parametrize(
    ("lesson", "exercise", "typed"),
    [
        ("07", "question-lab", "Waht has been on your mind since our last catch-up?"),
        ("03", "your-own-influence", "I wil call the agency tomorow morning to book two temps."),
        ("10", "your-common-ground-request", "We boht want the launch to go well. Could you own "
         "the test plan?"),
    ],
)  # fmt: skip
def test_a_slip_of_the_keys_does_not_flip_the_verdict(lesson, exercise, typed):
    assert check(lesson, exercise, typed).correct is True


def test_your_verdict_inside_the_question_leads():
    result = check("07", "question-lab", "What do you think about the new rota, which I think "
                   "is much better?")  # fmt: skip
    assert result.correct is False
    assert "“which I think is much better”: suggests the answer you want" in result.feedback
    assert check("07", "question-lab", "What do you think about the new rota?").correct is True


def test_a_request_in_softeners_is_not_praised_for_them_and_vague_ground_is_not_named():
    text = (
        "I suppose maybe we both kind of want things to be better? Perhaps, if you have time, you "
        "could sort of look at the rota at some point?"
    )
    result = check("10", "your-common-ground-request", text)
    assert result.correct is False
    assert "“we both kind of want things to be better”: says you agree, but not on what" in (
        result.feedback
    )
    assert "tentative, so it leaves room to disagree" not in result.feedback
