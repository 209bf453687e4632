"""Question reading after the fourth blind trainer review (review 26): a pick from a list the
asker names, advice as "how about…", blame with "just" or "stop", an assignment dressed as a
question, where it gives them trouble, and a jab asked as a yes or no. Each kind with phrasings
the review did not use, and the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from coachlab.feedback import ANALYZERS, classify_question

OPEN_WANTED = {"kind": "open"}


def ticked(text: str) -> bool | None:
    """What an exercise asking for an open question says: True is ✔, False is ✘."""
    return ANALYZERS["question"].meets(classify_question(text), OPEN_WANTED)


# Options the asker names, after a colon or a dash or ending the question: a pick, whatever the
# first word.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Which would you prefer: the quality team, training, or team lead?",
         "the quality team, training, or team lead"),
        ("What appeals most: mentoring, a course, a secondment?",
         "mentoring, a course, a secondment"),
        ("Where do you want to go next - sales, ops or finance?", "sales, ops or finance"),
        ("Which would you like, the late shift, the early shift, or weekends?",
         "the late shift, the early shift, or weekends"),
    ],
)  # fmt: skip
def test_a_pick_from_a_list_the_asker_names_is_closed(text, words):
    result = classify_question(text)
    assert result.kind == "closed" and ticked(text) is False
    assert any(words in cue and "pick" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "What's been on your mind lately: the move, the team, or something else?",
        "What would make the next six months worth it for you?",
        "Which parts of the job do you enjoy most?",
    ],
)
def test_a_list_left_open_or_no_list_at_all_stays_open(text):
    assert classify_question(text).kind == "open"
    assert "advice" not in classify_question(text).flags


# "How about / what about" + your proposal is advice; "how about we…" a plan to agree to.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("How about taking an online course?", "How about taking"),
        ("What about trying the evening shift for a month?", "What about trying"),
        ("How about a mentor from another store?", "How about a mentor"),
        ("how about you just ask Priya for help?", "how about you"),
        ("What about signing up for the leadership programme?", "What about signing"),
    ],
)
def test_how_about_a_proposal_is_advice(text, words):
    result = classify_question(text)
    assert "advice" in result.flags and ticked(text) is False
    assert any(cue.startswith(f"“{words}") for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text", ["How about we look at it together?", "How about I sit in on the next one?"]
)
def test_how_about_we_proposes_a_plan_to_accept_not_advice(text):
    result = classify_question(text)
    assert result.kind == "closed" and "advice" not in result.flags
    assert any("proposes a plan" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "What about it matters most to you?",
        "What about being a team lead would you enjoy?",
        "What about the new rota has been hardest?",
    ],
)
def test_what_about_opening_their_own_topic_stays_open(text):
    result = classify_question(text)
    assert result.kind == "open" and not result.flags & {"advice", "leading", "hostile"}
    assert ticked(text) is True


# Blame through impatience ("just"), a failing to stop, or a method that is already yours.
@pytest.mark.parametrize(
    ("text", "flag", "words"),
    [
        ("What would it take for you to stop thinking about leaving and just get on with it?",
         "hostile", "just get on with it"),
        ("What's stopping you from just doing it?", "hostile", "just doing it"),
        ("How do we get you to just follow the checklist?", "hostile", "just follow the checklist"),
        ("What would help you just pull your weight on Fridays?", "hostile",
         "pull your weight"),
        ("How can we make sure you stop being late?", "hostile", "make sure you stop"),
        ("What can we do to make sure you don't forget the fridge log?", "hostile",
         "make sure you don't forget"),
        ("What would it take for you to stop arguing with the supervisors?", "hostile",
         "for you to stop arguing"),
        ("What's stopping you from doing it the way I showed you?", "leading",
         "stopping you from doing it the way I showed you"),
        ("What keeps you from filling it in like I told you?", "leading",
         "keeps you from filling it in like I told you"),
    ],
)  # fmt: skip
def test_blame_with_just_stop_or_my_way_never_gets_a_tick(text, flag, words):
    result = classify_question(text)
    assert flag in result.flags and ticked(text) is False
    assert any(f"“{words}" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "What would help you get on with it?",
        "What would it take for you to stop feeling so stretched?",
        "How can we make sure you get the support you need?",
        "How can we make sure you don't burn out this winter?",
        "What would it take for you to stop working weekends?",
        "How did it go when you tried it the way I showed you?",
        "What's stopping you?",
    ],
)
def test_the_same_words_without_the_blame_stay_open(text):
    result = classify_question(text)
    assert not result.flags & {"hostile", "leading", "advice"}, result.cues
    assert ticked(text) is True


# An assignment dressed as a question, or their failing named as the topic: leading.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What do you think about taking on the ordering from now on?",
         "What do you think about taking on"),
        ("How would you feel about running the Monday stand-up?",
         "How would you feel about running"),
        ("What would you say to taking over the rota next month?",
         "What would you say to taking over"),
        ("How do you think you could improve your punctuality?", "improve your punctuality"),
        ("What will you do about your attendance this term?", "do about your attendance"),
    ],
)  # fmt: skip
def test_an_assignment_or_their_failing_as_the_topic_is_leading(text, words):
    result = classify_question(text)
    assert "leading" in result.flags and ticked(text) is False
    assert any(cue.startswith(f"“{words}") for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "What do you think about the ordering process?",
        "How would you feel about the changes to the rota?",
        "How could we improve the handover?",
        "What went wrong with the Fenwick account?",
    ],
)
def test_their_view_of_a_task_or_a_situation_stays_open(text):
    assert ticked(text) is True


# Where or when it gives them trouble is their account; where a thing is stays a fact.
@pytest.mark.parametrize(
    "text",
    [
        "Where in the store do the scanners give you the most trouble?",
        "When does the new till trip you up?",
        "Where do you struggle most with the handover notes?",
        "When in the week do things tend to go wrong for you?",
    ],
)
def test_where_or_when_it_is_hard_for_them_is_open(text):
    result = classify_question(text)
    assert result.kind == "open" and ticked(text) is True
    assert not any("single fact" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text", ["Where is the stapler?", "When did the scanner break?", "When is the audit?"]
)
def test_where_or_when_of_a_fact_stays_closed(text):
    assert classify_question(text).kind == "closed"


# A jab asked as a yes or no is named, not only "narrows to a yes or no".
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What's the real reason, Aroha — are you just scared?", "are you just scared"),
        ("Are you simply being difficult about the rota?", "Are you simply being difficult"),
        ("Is it just that you're not interested any more?", "Is it just that you're not"),
    ],
)
def test_a_jab_asked_as_a_yes_or_no_is_named(text, words):
    result = classify_question(text)
    assert "hostile" in result.flags and ticked(text) is False
    assert any(cue.startswith(f"“{words}") for cue in result.cues), result.cues


def test_are_you_scared_without_the_jab_is_not_hostile():
    assert "hostile" not in classify_question("Are you worried about the move?").flags


# "checks a guess of yours" only for a guess said back, not "Can you think of…".
@pytest.mark.parametrize(
    "text",
    [
        "Can you think of a problem you'd like to fix?",
        "Are you happy in your role or is there something you want to change?",
        "Could you think about what you need from me?",
    ],
)
def test_you_think_inside_a_question_checks_no_guess(text):
    assert not any("checks a guess" in cue for cue in classify_question(text).cues)


@pytest.mark.parametrize(
    "text", ["So you think it's fine?", "Sam, you want to leave?", "And you said it was done?"]
)
def test_a_guess_said_back_is_named_as_one(text):
    result = classify_question(text)
    assert result.kind == "closed"
    assert any("checks a guess" in cue for cue in result.cues), result.cues
