"""Candor after blind review 44: a hint keeps being a hint when a day is named ("You know what
you did on Friday"), a topic called a small thing and dropped for drinks takes the point back,
"a lot more professional" and "your attitude lately" are still verdicts on the person, and
effects and deeds said the ordinary way ("we ran out", "we were short", "the team's now worried",
"the order went in without…", "you cc'd", "last week's date change") are read as such, so good
messages are not asked for what they already say. Phrasings the review did not use, and near
misses that must stay as they were."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor


@pytest.mark.parametrize(
    "text",
    [
        "You know what you did at the stocktake. Don't make me bring it up again.",
        "Sam, I think you know why I asked to see you this morning.",
        "Re the client lunch. I'm sure you know what I'm about to say.",
    ],
)
def test_a_hint_with_a_day_or_a_reason_for_meeting_is_still_a_hint(text):
    result = analyze_candor(text)
    assert result.verdict == "harsh", result
    assert "insinuation" in result.issues


@pytest.mark.parametrize(
    "text",
    [
        # knowing why, then the reason said out loud, is no hint
        "You know why we need the totals by Friday: the board meets at nine. Could you send "
        "them on Thursday?",
        "You know what you did on Friday worked: the client signed. Could you show Ana how?",
    ],
)
def test_knowing_why_with_the_point_said_is_not_a_hint(text):
    assert "insinuation" not in analyze_candor(text).issues


@pytest.mark.parametrize(
    "text",
    [
        "Lovely work on the rota! One little thing, the float. Anyway, see you at the party?",
        "Thanks for covering. The handovers run a bit late but honestly it's nothing. Cheers!",
    ],
)
def test_a_point_made_nothing_of_is_taken_back(text):
    result = analyze_candor(text)
    assert "takes_back" in result.issues, result
    assert result.verdict == "hedged"


def test_nothing_said_as_a_fact_is_not_a_take_back():
    text = (
        "On Monday nothing was logged after 6pm, so the night team started blind. Can you log by 6?"
    )
    assert "takes_back" not in analyze_candor(text).issues


@pytest.mark.parametrize(
    "text",
    [
        "You need to be a lot more reliable with the keys.",
        "Your attitude recently has been a serious problem.",
    ],
)
def test_a_verdict_on_the_person_stays_a_label_with_a_word_between(text):
    result = analyze_candor(text)
    assert "labels" in result.issues, result
    assert result.verdict == "harsh"


def test_what_to_do_more_of_is_not_a_label():
    text = "On Friday the float was short. Could you be a lot more careful when you count it?"
    assert "labels" not in analyze_candor(text).issues


@pytest.mark.parametrize(
    ("text", "element"),
    [
        (
            "On Friday the bakery order went out late, and the café ran out of bread by ten. "
            "Can you send it by six?",
            "behaviour",
        ),
        (
            "On Friday the bakery order went out late, and the café ran out of bread by ten. "
            "Can you send it by six?",
            "impact",
        ),
        (
            "Last Sunday the rota came out at midnight and the kitchen was short-staffed on "
            "Monday. Could it go out by Thursday?",
            "impact",
        ),
        (
            "In Tuesday's review you promised June without asking me, and the client's now "
            "anxious about the launch. Can we agree dates first?",
            "impact",
        ),
        (
            "On Monday you OK'd the refund without a receipt. Can you ask me first next time?",
            "behaviour",
        ),
        (
            "Last month's third deadline move cost the team two weekends. Can we agree moves "
            "together?",
            "behaviour",
        ),
        (
            "The invoice's missed the run twice this month and the supplier chased us. Can you "
            "send it by the 25th?",
            "behaviour",
        ),
    ],
)
def test_deeds_and_effects_said_the_ordinary_way(text, element):
    result = analyze_candor(text)
    assert element in result.elements, result


@pytest.mark.parametrize(
    ("text", "element"),
    [
        # a person was short with someone: a manner, not a shift left short
        ("You were short with the new starter this morning. Can you be patient?", "impact"),
        # going in with the client is what they did together, not a thing gone wrong
        ("Could you go through the plan? The launch went in with the client on Monday.", "impact"),
    ],
)
def test_near_misses_stay_as_they_were(text, element):
    assert element not in analyze_candor(text).elements
