"""Question and framing reading after the seventh blind trainer review (review 32). Questions: a
verdict on their effort behind "just", "how about you + a verb", "how come" about their miss,
incredulity in "how can/could you", a guess offered after the open part, and the floor offered
with a way to close it. Each kind with phrasings the review did not use, and the open questions
of the same shape that must stay open."""

from __future__ import annotations

import pytest

from coachlab.feedback import ANALYZERS, classify_question

OPEN_WANTED = {"kind": "open"}


def ticked(text: str) -> bool | None:
    """What an exercise asking for an open question says: True is ✔, False is ✘."""
    return ANALYZERS["question"].meets(classify_question(text), OPEN_WANTED)


# "just" + more effort asked for as if it were nothing: blame in an open form.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What's stopping you from just working faster?", "just working faster"),
        ("What would it take for you to simply try harder?", "simply try harder"),
        ("How do we get you to just speed up a bit on the tills?", "just speed up"),
        ("What would help you just put in more effort on Fridays?", "just put in more effort"),
        ("what keeps u from just being quicker with the orders", "just being quicker"),
    ],
)
def test_just_and_a_verdict_on_their_effort_is_hostile(text, words):
    result = classify_question(text)
    assert "hostile" in result.flags and ticked(text) is False
    assert any(words in cue.lower() and "just" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "What would help you work faster without cutting corners?",
        "What just happened in the handover?",
        "What's stopping you from taking the lead on this?",
    ],
)
def test_the_same_shape_without_a_verdict_on_their_effort_stays_open(text):
    result = classify_question(text)
    assert result.kind == "open" and "hostile" not in result.flags and ticked(text) is True


# "How about you + a verb" proposes what they should do, whatever the verb.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("How about you come in 15 minutes earlier so the prep is done?", "How about you come"),
        ("How about you lead the next retro?", "How about you lead"),
        ("how about you swap shifts with Dee on Saturdays?", "how about you swap"),
        ("How about you just stay late on Thursday?", "How about you just stay"),
    ],
)
def test_how_about_you_and_a_verb_is_a_proposal(text, words):
    result = classify_question(text)
    assert result.kind == "closed" and "advice" in result.flags and ticked(text) is False
    assert any(cue.startswith(f"“{words}") for cue in result.cues), result.cues
    assert not any(tip.startswith("Open it with") for tip in result.tips), result.tips


@pytest.mark.parametrize(
    "text",
    [
        "How about you?",
        "How about you, Carmen? What's been on your mind?",
        "How about you tell me what happened on Saturday?",
        "How about you pick where we start?",
    ],
)
def test_how_about_you_turned_round_or_handed_to_them_stays_open(text):
    result = classify_question(text)
    assert result.kind == "open" and "advice" not in result.flags and ticked(text) is True


# "How come" about their miss or their falling figures asks them to justify it, like "why".
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("How come your sales are down again?", "How come your sales are down"),
        ("How come the report is late?", "How come the report is late"),
        ("how come you're behind again", "how come you're behind"),
        ("How come you missed the handover?", "How come you missed"),
        ("How come your numbers keep slipping?", "How come your numbers keep slipping"),
    ],
)
def test_how_come_about_their_miss_is_blame(text, words):
    result = classify_question(text)
    assert "hostile" in result.flags and ticked(text) is False
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "How come you decided to go part-time?",
        "How come this project matters so much to you?",
        "How come you seem a bit down lately?",
    ],
)
def test_how_come_out_of_curiosity_stays_open(text):
    result = classify_question(text)
    assert result.kind == "open" and "hostile" not in result.flags and ticked(text) is True


# Incredulity at a choice of theirs, told apart from an open "how can / could you" by what follows.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("How can you turn down a pay rise like this?", "How can you turn down a pay rise"),
        ("How can you say that?", "How can you say that"),
        ("How can you refuse?", "How can you refuse"),
        ("how could you not know this", "how could you not know"),
        ("How could you let this happen?", "How could you"),
        ("How could you?", "How could you"),
    ],
)
def test_how_can_you_in_disbelief_at_their_choice_is_contempt(text, words):
    result = classify_question(text)
    assert "hostile" in result.flags and ticked(text) is False
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "How can you see this working?",
        "How can you say no to extra work without feeling guilty?",
        "How could you approach it differently next time?",
        "How could you make the handover easier for yourself?",
        "- how could you respond instead?",
    ],
)
def test_how_can_you_looking_ahead_stays_open(text):
    result = classify_question(text)
    assert result.kind == "open" and "hostile" not in result.flags and ticked(text) is True
    assert any("explore" in cue for cue in result.cues), result.cues


# A guess offered after the open part is answered yes or no.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What's the real reason — money?", "money"),
        ("What's holding you back: the hours?", "the hours"),
        ("what's bothering you, the rota", "the rota"),
        (
            "What is it, Chris, you think the grass is greener somewhere else?",
            "you think the grass is greener somewhere else",
        ),
        ("What's going on, Sam, you want out of the night shifts?", "you want out of the night"),
    ],
)
def test_a_guess_after_the_open_part_makes_it_closed(text, words):
    result = classify_question(text)
    assert result.kind == "closed" and ticked(text) is False
    assert any(cue.startswith(f"“{words}") and "guess" in cue for cue in result.cues), result.cues
    assert result.tips[0].startswith("Stop after the open part")


@pytest.mark.parametrize(
    "text",
    [
        "What's the hardest part - for you?",
        "What would you change — if anything?",
        "What's on your mind, Sam?",
        "Looking back at the quarter - what went well?",
        "What went well - this week?",
        "What is it you think would help most?",
    ],
)
def test_an_open_question_with_a_name_a_time_or_a_scene_stays_open(text):
    result = classify_question(text)
    assert result.kind == "open" and ticked(text) is True, result


# The floor offered with a way to close it: the easy answer is the no.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Is there anything else, or are we done?", "or are we done"),
        ("Anything else on your mind, or shall we leave it there?", "or shall we leave it there"),
        ("Any other questions, or is that everything for today?", "or is that everything"),
        ("anything else or can we wrap up", "or can we wrap up"),
    ],
)
def test_anything_else_or_are_we_done_is_closed(text, words):
    result = classify_question(text)
    assert result.kind == "closed" and result.sure and ticked(text) is False
    assert any(cue.startswith(f"“{words}") for cue in result.cues), result.cues
    assert result.tips[0].startswith("Drop the way out")


@pytest.mark.parametrize(
    "text",
    [
        "Is there anything else you'd like to bring up before we finish?",
        "What else is on your mind?",
        "Anything else on your mind?",
    ],
)
def test_anything_else_left_open_is_not_told_to_drop_a_way_out(text):
    result = classify_question(text)
    assert not any(tip.startswith("Drop the way out") for tip in result.tips)
    assert ticked(text) is not False, result
