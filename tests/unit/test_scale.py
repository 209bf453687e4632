"""Scale self-assessment: no right answer, a radar chart with a text summary, lowest two named."""

from __future__ import annotations

import pytest

RATINGS = {
    "goals": 3,
    "listening": 2,
    "accessible": 4,
    "understanding": 5,
    "empowering": 1,
    "accountability": 3,
}
PNG = b"\x89PNG"


def test_profile_chart_summary_and_lowest_two(gallery):
    ex = gallery("scale")
    ex.answer(RATINGS)
    result = ex.submit()
    assert result.correct is None and result.answered and result.score is None
    assert str(result).startswith("✎ Noted. Your two lowest")
    assert "Empowering others (1 of 5): Hand one decision" in result.feedback
    assert "Listening (2 of 5): In one meeting this week" in result.feedback
    assert ex.chart.png.startswith(PNG) and ex.chart.layout.display is None
    assert 'alt="Radar chart of your ratings' in ex.chart.value
    assert "Listening: 2 of 5 (Sometimes)" in ex.summary_html.value


@pytest.mark.parametrize(
    ("ratings", "heading"),
    [
        ({**RATINGS, "listening": 1, "goals": 1}, "3 lines share your lowest rating (1 of 5)."),
        (dict.fromkeys(RATINGS, 4), "You gave every line the same rating (4 of 5), so none"),
        ({**RATINGS, "listening": 1}, "Your two lowest, with one thing to try for each:"),
        # walkthrough 62: one lowest, then three tied next; which one is shown was not said
        (
            {**RATINGS, "listening": 3, "goals": 3, "accountability": 3},
            "Your lowest line, then the first listed of the 3 lines you rated next lowest (3 of "
            "5), with one thing to try for each:",
        ),
        # walkthrough 71: every line at the top got no second look
        (
            dict.fromkeys(RATINGS, 5),
            "You gave every line the top rating (5 of 5). Worth a check: would the people you "
            "work with rate you the same?",
        ),
    ],
)
def test_a_tie_for_lowest_is_said_not_broken_silently(gallery, ratings, heading):
    ex = gallery("scale")
    ex.answer(ratings)
    assert ex.submit().feedback.startswith(heading)


def test_earlier_attempt_is_compared(gallery):
    ex = gallery("scale")
    ex.answer(RATINGS)
    ex.submit()
    ex.submit()  # the same profile again is not "an earlier attempt"
    assert ex.earlier is None
    ex.answer({**RATINGS, "listening": 4})
    ex.submit()
    assert ex.earlier == RATINGS
    assert "how each moved since last time:</p><ul>" in ex.summary_html.value
    assert "<li>Listening: 4 of 5 (Usually), up 2</li>" in ex.summary_html.value
    assert "<li>Understanding:" in ex.summary_html.value  # every line, moved or not


def test_unfinished_is_not_charted(gallery):
    ex = gallery("scale")
    assert not ex.submit().answered
    ex.answer({"goals": 3})
    result = ex.submit()
    assert not result.answered and "5 lines still to rate: Listening," in result.feedback
    assert ex.chart.layout.display == "none"


def test_changing_a_rating_hides_the_old_chart(gallery):
    ex = gallery("scale")
    ex.answer(RATINGS)
    ex.submit()
    ex.ratings["goals"].value = 5
    assert ex.chart.layout.display == "none" and ex.summary_html.value == ""
    assert ex.last_result is None


def test_bad_answers(gallery):
    ex = gallery("scale")
    with pytest.raises(ValueError, match="6 is not allowed for 'goals'"):
        ex.answer({"goals": 6})
    with pytest.raises(TypeError, match="dict of dimension ids"):
        ex.answer([3, 3])
