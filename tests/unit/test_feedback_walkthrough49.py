"""Browser walkthrough 49 (lessons 04, 07 and 09 clicked through as a learner): what it ticked that
a trainer would not, and text-speak it could not read. Each kind on both sides."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_request, classify_question
from coachlab.feedback.cues import in_their_words
from coachlab.feedback.text import normalise


def test_a_yes_counted_on_in_praise_takes_the_choice():
    result = analyze_request(
        "Could you please redo next month's schedule by tomorrow using my template? Thanks so "
        "much, I know you'll make it happen!"
    )
    assert "takes_the_choice" in result.flags
    assert "takes_the_choice" not in analyze_request("Could you redo it by tomorrow?").flags


@pytest.mark.parametrize(
    "text",
    ["How come you'd turn down something most nurses would jump at?",
     "How do you explain missing the handover deadline again after we already talked about it?"],
)  # fmt: skip
def test_an_open_form_that_asks_them_to_justify_themselves_is_named(text):
    assert "hostile" in classify_question(text).flags


@pytest.mark.parametrize(
    "text",
    ["How would you explain the new rota to the night shift?",
     "How come you'd like to move teams?"],
)  # fmt: skip
def test_explaining_to_others_and_curiosity_are_not_hostile(text):
    assert "hostile" not in classify_question(text).flags


def test_what_it_led_to_said_as_weekend_work_and_someone_leaving():
    result = analyze_candor(
        "Sam, in Monday's planning meeting you moved my team's deadline forward a week without "
        "asking me first. Two people worked the weekend to catch up, and one of them is now "
        "talking about leaving. Next time, could we talk before a deadline changes?"
    )
    assert {"situation", "behaviour", "impact", "request"} <= result.elements
    assert not result.tips


def test_text_speak_is_read_and_quoted_as_typed():
    # typed with no punctuation and opening with a question: it ends as one (walkthrough 62)
    assert normalise("how do u want it, wat do u need, dont wait") == (
        "how do you want it, what do you need, don't wait?"
    )
    assert normalise("the u.s. office, a u-turn") == "the u.s. office, a u-turn"
    messy = "need the q3 numbers from u by friday thats fixd, how do u want to go about it"
    result = analyze_request(messy)
    assert result.style == "partnering" and "“how do u”" in result.cues[0]
    assert in_their_words("you moved", "sam, u moved it") == "u moved"
    candor = analyze_candor("sam in mondays meeting u moved our deadline w/o asking me")
    assert candor.words["behaviour"] == "u moved"
