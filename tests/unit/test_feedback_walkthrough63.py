"""Walkthrough 63 (a learner in lessons 04, 07 and 09, 111 answers of their own, after
walkthrough 62's fixes): a label and a sneer that still got a tick, "for better or worse" read as
a pick, walking away in other words, and a deadline given as the only reason with "fine when it
matters" beside it."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_request, classify_question

from .test_feedback_walkthrough62 import check


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Anil, yesterday you shouted at Jo in front of two customers. That was disgraceful. "
         "Don't do it again.", "disgraceful"),
        ("Pete, your attitude stinks and the whole team is sick of it.", "stinks"),
    ],
)  # fmt: skip
def test_a_verdict_on_the_person_is_harsh(text, words):
    result = analyze_candor(text)
    assert result.verdict == "harsh", result
    assert f"“{words}”: a label or a jab at the person" in result.cues
    assert check("09", "your-straight-message", text).correct is False


def test_a_schedule_that_actually_works_is_a_sneer():
    text = (
        "Maybe this time you could manage a schedule that actually works? Tomorrow would be "
        "lovely, if it's not too much trouble."
    )
    assert "on_the_defensive" in analyze_request(text).flags
    assert check("04", "rewrite-directive", text).correct is False


@pytest.mark.parametrize(
    "text",
    [
        "What do you think the role would change for you, for better or worse?",
        "What would it mean for your week, good or bad?",
        "What would you miss most, in the role or out of it?",
    ],
)
def test_a_pair_that_spans_every_answer_is_no_pick(text):
    assert classify_question(text).kind == "open"


def test_a_real_pick_is_still_a_pick():
    assert classify_question("What shift would suit you, early or late?").kind == "closed"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Do you even want this job?", "Do you even"),
        ("Seriously, after everything I did to get you this, you're saying no?",
         "after everything I did to get you this"),
    ],
)  # fmt: skip
def test_contempt_and_guilt_in_a_closed_question_are_named(text, words):
    result = classify_question(text)
    assert "hostile" in result.flags
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Do whatever you want with the schedule, I don't mind what happens.",
         "Do whatever you want with the schedule"),
        ("Honestly, just do whatever you like with it. I'm not fussed.",
         "just do whatever you like with it"),
        ("Sort the schedule out however you like, I'm not bothered.", "I'm not bothered"),
    ],
)  # fmt: skip
def test_walking_away_in_other_words(text, words):
    result = check("04", "your-own-request", text)
    assert result.correct is False
    assert f"Why: “{words}”: hands it over and walks away" in result.feedback
    assert "Ask rather than tell" not in result.feedback  # staying in it is the advice


def test_the_how_left_to_them_with_help_offered_is_not_walking_away():
    text = "Sort the schedule however you like and tell me what you need from me."
    assert "walks_away" not in analyze_request(text).flags


def test_a_deadline_that_alone_decides_is_not_called_fine():
    result = analyze_request("Can you redo next month's schedule by tomorrow?")
    assert result.style == "directive"
    assert result.cues[0] == (
        "“by tomorrow”: a close deadline, with no reason for it and no room around it"
    )


def test_asking_to_look_again_is_no_exasperation():
    text = (
        "Um, sorry to bother you, but could you maybe look at the schedule again? No rush at all."
    )
    result = analyze_request(text)
    assert not any("exasperation" in cue for cue in result.cues)
    assert any("exasperation" in cue for cue in analyze_request("Late again?").cues)


def test_a_short_statement_is_called_a_statement():
    feedback = check("07", "your-penetrating-question", "You seem unhappy.").feedback
    assert feedback.startswith("This reads as a statement, not a question yet.")
