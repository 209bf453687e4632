"""Question reading after the fifth blind trainer review (review 29): a pick of which topic comes
first, "…or not?", blame and guilt inside a "what", and the tips and reasons that did not fit
(an open question already asked, "you're the problem", "holding it right"). Each kind with
phrasings the review did not use, and the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from coachlab.feedback import ANALYZERS, classify_question

OPEN_WANTED = {"kind": "open"}


def ticked(text: str) -> bool | None:
    """What an exercise asking for an open question says: True is ✔, False is ✘."""
    return ANALYZERS["question"].meets(classify_question(text), OPEN_WANTED)


# Which of the asker's topics comes first: a pick, however it starts.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Would you like to start with the budget or the rota first?", "the budget or the rota"),
        ("Shall we look at your numbers or your goals first?", "your numbers or your goals"),
        ("Would you rather go through the rota or the budget next?", "the rota or the budget"),
        ("Numbers or goals first?", "Numbers or goals first"),
    ],
)
def test_a_pick_of_which_topic_comes_first_is_closed(text, words):
    result = classify_question(text)
    assert result.kind == "closed" and ticked(text) is False
    assert any(words in cue and "pick" in cue for cue in result.cues), result.cues
    assert "start with" in result.tips[0]


# "Do you want to talk about X?" stays an invitation: counsellors code a closed form that works
# as an invitation to talk as open (it is answered with the account, not with "yes"). So does an
# open question that asks what comes first, and one that leaves room for something else.
@pytest.mark.parametrize(
    "text",
    [
        "Do you want to talk about the project first?",
        "What would you like to look at first?",
        "Do you want to talk about the project, or is there something else on your mind first?",
    ],
)
def test_an_invitation_or_an_open_first_stays_open(text):
    assert classify_question(text).kind == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Are you keen on the role or not?",
        "Is this working for you or not?",
        "Any thoughts on the rota or not really?",
        "Have you had a chance to look at it or not yet?",
    ],
)
def test_or_not_expects_the_no_and_is_closed(text):
    result = classify_question(text)
    assert result.kind == "closed" and ticked(text) is False
    assert any("or not" in cue and "expects the no" in cue for cue in result.cues), result.cues
    assert "or not" in result.tips[0]


@pytest.mark.parametrize(
    "text",
    [
        "What would help you decide whether or not to apply?",
        "What are you hoping for, or not hoping for?",
    ],
)
def test_whether_or_not_and_a_contrast_stay_open(text):
    assert classify_question(text).kind == "open"


# Blame inside a "what" or a "how": their effort called the minimum, an absolute about them
# wherever it sits, the person as the problem, guilt for what you did for them, incredulity.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What's stopping you going beyond the minimum?", "beyond the minimum"),
        ("How can we get you to stop doing the bare minimum on the checks?",
         "doing the bare minimum"),
        ("What would it take for you to actually show up on time?", "you to actually show up"),
        ("How come the reports you're never on time with keep piling up?", "you're never"),
        ("What's the reason you are always last to log in?", "you are always"),
        ("How can you say no after all I've done for you?", "after all I've done for you"),
        ("Why say no after I stuck my neck out for you with the director?",
         "after I stuck my neck out for you"),
        ("What do you mean you won't do it?", "What do you mean you won't"),
        ("What makes you think you're not part of the problem?", None),
        ("How do you see it, given you're the problem here?", "you're the problem"),
        ("Are you sure you're doing it correctly?", "Are you sure you're doing it correctly"),
    ],
)  # fmt: skip
def test_blame_or_guilt_inside_an_open_question_is_hostile(text, words):
    result = classify_question(text)
    if words is None:  # a near miss of "you're part of the problem": not an accusation
        assert "hostile" not in result.flags
        return
    assert "hostile" in result.flags and ticked(text) is False
    assert any(words in cue and "blame" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "What would it take for you to feel confident leading the meeting?",
        "What's the minimum you'd need from me to get started?",
        "What would make the bare minimum feel less like a chore for the team?",
        "What do you always look forward to on a Monday?",
        "What would you like to do, knowing you're always welcome to say no?",
        "After I covered for you last week, what else would help?",
        "After I did the rota for you, what else would help?",
        "What do you mean by stuck?",
    ],
)
def test_near_misses_of_blame_stay_open_and_unflagged(text):
    result = classify_question(text)
    assert result.kind == "open" and not {"hostile", "leading"} & result.flags, result.cues
    assert ticked(text) is True


# Your plan for them, up for comment: the only answer it leaves is yes.
@pytest.mark.parametrize(
    "text",
    [
        "How would you feel about my plan to put you on nights?",
        "What do you think of my decision to move you to the front desk?",
    ],
)
def test_your_plan_for_them_is_leading(text):
    result = classify_question(text)
    assert "leading" in result.flags and ticked(text) is False


def test_asking_about_your_own_idea_stays_open():
    result = classify_question("What do you think about my idea for the launch?")
    assert result.kind == "open" and not result.flags


def test_a_closed_question_after_an_open_one_is_told_to_stop_after_the_open_one():
    result = classify_question("How did the launch go? Did it work?")
    assert result.kind == "closed"
    assert result.tips[0].startswith("Stop after the open part")
    assert not any("Open it with" in tip for tip in result.tips)


def test_two_closed_questions_are_still_told_to_open_with_what():
    result = classify_question("Did it work? Is it done?")
    assert result.tips[0].startswith("Open it with “What…”")


def test_considered_that_is_a_view_to_agree_with_not_advice():
    result = classify_question("Have you considered that the client might just be busy?")
    assert "leading" in result.flags and "advice" not in result.flags
    advice = classify_question("Have you considered the night course?")
    assert "advice" in advice.flags


@pytest.mark.parametrize("text", ["Did I explain that right?", "Are we filling this in right?"])
def test_right_after_it_or_this_is_how_not_a_tag(text):
    assert "leading" not in classify_question(text).flags


@pytest.mark.parametrize("text", ["It's good, right?", "The plan works right?"])
def test_a_tag_right_still_leads(text):
    assert "leading" in classify_question(text).flags
