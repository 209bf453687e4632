"""Walkthrough 59 (candor): a harsh message listed what it does well as the reasons for its
verdict ("Why: “Sort it out”: asks for something"), and "Sort it out" counted as a request,
where lesson 09's sorting counts "Get it together" as none."""

from __future__ import annotations

import pytest

from coachlab.content import load_lesson
from coachlab.feedback import ANALYZERS, analyze_candor, analyze_request
from coachlab.feedback.candor import DEMAND_TIP
from coachlab.widgets import build

STRAIGHT = {"verdict": "straight"}


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("You were late again on Monday and the client called me. Sort it out.", "Sort it out"),
        ("The rota went out late on Friday, so two people missed shifts. Just sort this out!",
         "Just sort this out"),
        ("In Tuesday's stand-up you cut Priya off twice. Do better.", "Do better"),
        ("The van left without the crates checked on Monday. Shape up, please.",
         "Shape up, please"),
    ],
)  # fmt: skip
def test_a_demand_with_nothing_to_do_is_no_request(text, demand):
    result = analyze_candor(text)
    assert "request" not in result.elements, result
    assert "asks_nothing" in result.flags
    assert ANALYZERS["candor"].meets(result, STRAIGHT) is False
    assert f"“{demand}”: a demand with nothing in it they can do" in result.cues
    assert DEMAND_TIP in result.tips
    assert not any(tip.startswith("End with what you are asking for") for tip in result.tips)


def test_a_demand_is_not_a_softener():
    """It asks for nothing, but it does not blur the point: the message stays straight."""
    result = analyze_candor("You were late again on Monday and it's not good enough. Sort it out.")
    assert result.verdict == "straight", result
    assert "demand" in result.issues


@pytest.mark.parametrize(
    "text",
    [
        "The rota went out late on Friday. Could you sort it out by Wednesday noon?",
        "The rota went out late on Friday. Sort it out by Wednesday, please.",
        "The rota went out late on Friday, so two people missed shifts. Let's figure it out "
        "together on Monday.",
        "The rota went out late on Friday. Can you get the draft to me by Thursday?",
    ],
)
def test_an_ask_with_something_in_it_still_counts(text):
    result = analyze_candor(text)
    assert "request" in result.elements, result
    assert "demand" not in result.issues


def test_a_harsh_message_gives_its_faults_as_why_and_what_to_keep_apart():
    result = analyze_candor(
        "Ruth, the report was late again last Friday and the client called me. Honestly, this "
        "is getting ridiculous. Can you make sure it goes out on time?"
    )
    assert result.verdict == "harsh"
    assert result.cues == ("“ridiculous”: a label or a jab at the person",)
    assert result.keeps == (
        "The moment (“last Friday”), what happened (“the report was late”), what it led to "
        "(“the client called”) and what you ask (“Can you make sure it goes out on time”).",
    )


def test_a_sneer_is_not_kept_as_an_ask():
    result = analyze_candor(
        "Last Friday the report was late and the client called me. Do you even care about this "
        "client?"
    )
    assert result.verdict == "harsh", result
    assert not any("what you ask" in kept for kept in result.keeps), result.keeps


def test_a_hedged_message_names_its_soft_ask_as_a_reason_and_does_not_keep_it():
    result = analyze_candor(
        "Ruth, just a tiny thing, maybe the report could go out a bit earlier sometimes? Last "
        "Friday the client called. No big deal though!"
    )
    assert result.verdict == "hedged"
    assert result.cues[:2] == (
        "“just a tiny”: softeners blur the point",
        "“No big deal”: takes the point back",
    )
    assert any("asks, but so softly" in cue for cue in result.cues)
    assert result.keeps == ("The moment (“Last Friday”) and what it led to (“the client called”).",)


def test_a_straight_message_keeps_its_elements_as_the_reasons():
    result = analyze_candor(
        "Ruth, the report was late last Friday and the client called me to ask for it. Can you "
        "make sure it goes out by Friday noon from now on?"
    )
    assert result.verdict == "straight"
    assert result.keeps == ()
    assert "“last Friday”: says when and where" in result.cues


def test_the_exercise_shows_why_then_keep_then_try():
    spec = load_lesson("09").exercise("candid-message")
    lines = (
        build(spec)
        ._check(
            "Ruth, you've been late with the report three Fridays running and the client called "
            "me. It's sloppy. Sort it out."
        )
        .feedback.splitlines()
    )
    kinds = [line.split(":")[0] for line in lines[2:]]
    assert kinds == ["Why", "Why", "Keep", "Try", "Try"], lines
    assert lines[4] == (
        "Keep: The moment (“three Fridays running”), what happened (“you've been late”) and "
        "what it led to (“the client called”)."
    )
    assert not any("asks for something" in line for line in lines)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Brilliant idea to reschedule the launch at midnight. Really helped us all sleep.",
         "helped us all sleep"),
        ("Sure, let's skip testing again, what could possibly go wrong?",
         "what could possibly go wrong"),
    ],
)  # fmt: skip
def test_sarcasm_about_what_it_did_is_named_as_sarcasm_once(text, words):
    """Walkthrough 59 read the first as hedged; then it was called a label, and in a request
    "a question that blames" beside "sarcasm"."""
    candor = analyze_candor(text)
    assert candor.verdict == "harsh"
    assert candor.cues[0] == f"“{words}”: sarcasm: says the opposite of what it means"
    assert "labels" not in candor.issues
    request = analyze_request(text)
    assert "on_the_defensive" in request.flags
    assert [cue for cue in request.cues if words in cue] == [f"“{words}”: sarcasm"]


def test_blame_in_a_statement_is_not_called_a_question():
    result = analyze_request("You never listen. Redo the rota.")
    assert not any("a question that blames" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The report was late again. Make sure it's on time next week or we'll have a different "
         "conversation.", "or we'll have a different conversation"),
        ("Could you take the Saturday shift? Otherwise we'll need to have a more serious "
         "conversation.", "Otherwise we'll need to have a more serious conversation"),
    ],
)  # fmt: skip
def test_a_different_conversation_held_over_them_is_a_threat(text, words):
    result = analyze_candor(text)
    assert result.verdict == "harsh"
    assert f"“{words}”: a threat instead of a request" in result.cues
    assert not any("have a" in kept for kept in result.keeps), result.keeps  # no part of it
    assert "on_the_defensive" in analyze_request(text).flags


def test_thanks_for_their_work_is_not_what_they_did():
    result = analyze_candor(
        "Ruth, thank you for all your hard work. The report was late on Friday. The client "
        "called. Please send it on time."
    )
    assert result.words["behaviour"] == "The report was late"
