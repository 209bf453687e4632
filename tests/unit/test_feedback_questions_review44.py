"""Questions after blind review 44: open in form, hostile or leading in what they do. A rebuke
("What makes you think that's acceptable?"), what they did to cause it ("What did you do to break
them?"), sarcasm ("How on earth did you manage to…?"), their miss asked about inside an
invitation ("How about you tell me why the numbers are down?") are blame; the yes pushed for
("What's wrong with taking it?", "What would you say if I told you…?"), a rhetorical "what's
the point of leaving when…", and the answer supplied after the question ("What's stopping you,
fear?") lead. Questions joined with ", and…" are stacked; "Do you want to talk about X or Y?" is
a pick; "How quickly can you get this done?" asks for a deadline. Phrasings the review did not
use, and the near misses that must stay open and clean."""

from __future__ import annotations

import pytest

from coachlab.feedback import ANALYZERS, classify_question


def flags(text: str) -> frozenset[str]:
    return classify_question(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "What makes you think it's okay to leave early?",
        "What have you done to upset the client this time?",
        "How on earth did that get past you?",
        "How did you manage to lose the keys again?",
        "Could you tell me why your figures are down again?",
    ],
)
def test_blame_in_an_open_form_is_hostile(text):
    assert "hostile" in flags(text), classify_question(text)
    expect = {"kind": "open"}
    assert ANALYZERS["question"].meets(classify_question(text), expect) is False


@pytest.mark.parametrize(
    "text",
    [
        "What's the harm in trying it for a month?",
        "What would you say if I offered you Fridays off?",
        "What's the point of applying when they always hire outside?",
        "What's holding you back, the money?",
        "What's stopping you, nerves?",
    ],
)
def test_the_answer_pushed_for_or_supplied_is_leading(text):
    result = classify_question(text)
    assert "leading" in result.flags or result.kind == "closed", result
    assert ANALYZERS["question"].meets(result, {"kind": "open"}) is False


@pytest.mark.parametrize(
    "text",
    [
        "What makes you think it could work?",
        "What did you do to fix it?",
        "How did you manage to get it done so fast?",
        "What's stopping you, Sam?",
        "What would you say is the hardest part?",
        "What's the point of the weekly report, for you?",
        "What would make it worth trying, for you?",
    ],
)
def test_near_misses_stay_open_and_clean(text):
    result = classify_question(text)
    assert result.kind == "open", result
    assert not {"hostile", "leading"} & result.flags, result


def test_questions_joined_with_and_are_stacked():
    many = "What slows you down, and what have you tried, and when shall we look at it again?"
    assert "stacked" in flags(many)
    assert "stacked" in flags("What got in the way, and do you want me to call them?")
    assert any("one question" in tip for tip in classify_question(many).tips)


@pytest.mark.parametrize(
    "text",
    [
        # one open part after a fact is one question
        "When did you last feel proud at work, and what was going on then?",
        "What got in the way, and what would help?",
        # an offer to widen, not a second question
        "Do you want to talk about the rota, or is there something else on your mind?",
    ],
)
def test_one_question_with_a_join_is_not_stacked(text):
    assert "stacked" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do you want to talk about the project or your development plan?",
        "Would you like to start with the rota or the budget?",
        "Shall we talk about your targets or your training?",
    ],
)
def test_two_of_your_topics_is_a_pick(text):
    result = classify_question(text)
    assert result.kind == "closed", result
    assert any("a pick" in cue for cue in result.cues)


def test_a_deadline_asked_for_is_a_fact_not_an_invitation():
    result = classify_question("How fast could you turn the report round?")
    assert result.kind == "closed", result
    assert classify_question("How did the launch go, from where you sat?").kind == "open"


def test_the_open_reason_does_not_praise_a_why():
    result = classify_question("Why are you thinking of leaving?")
    assert not any("“why”" in cue for cue in result.cues), result.cues
