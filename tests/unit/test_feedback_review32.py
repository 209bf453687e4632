"""Question and framing reading after the seventh blind trainer review (review 32).

Questions: a verdict on their effort behind "just", "how about you + a verb", "how come" about
their miss, incredulity in "how can/could you", a guess offered after the open part, and the
floor offered with a way to close it. Framing: "I'll…" that promises an effort, a mood, holding
out or passing on a complaint; someone else's move first; a reactive fact, then steps with a
fallback; and a shrug never called "proactive in form". Each kind with phrasings the review did
not use, and the good answers of the same shape that must still pass."""

from __future__ import annotations

import pytest

from coachlab.content import load_lesson
from coachlab.feedback import ANALYZERS, analyze_framing, classify_question
from coachlab.widgets import build

OPEN_WANTED = {"kind": "open"}
PROACTIVE = {"stance": "proactive"}


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


# ---- framing: lesson 03 asks for a commitment to a step of one's own ----------------------------


def passes(text: str) -> bool | None:
    """What a framing exercise says: True is ✔, False is ✘, None is "Hard to tell"."""
    return ANALYZERS["framing"].meets(analyze_framing(text), PROACTIVE)


# "I'll" + an effort, a mood or holding out commits to no step.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'll try to not let the reception chaos get to me.", "I'll try to not let"),
        ("I'll try not to let the rota stress me out.", "I'll try not to let the rota"),
        ("i'll try to keep my cool with the new system", "i'll try to keep my cool"),
        ("We'll stay positive and see how the new manager gets on.", "We'll stay positive"),
        ("I'll just push myself harder this month.", "I'll just push myself harder"),
        ("We'll put in extra hours till it calms down.", "We'll put in extra hours"),
        ("We'll manage. I'll work harder myself, I guess.", "We'll manage"),
        ("I'll keep coping, what else can I do lol", "I'll keep coping"),
        ("ill keep going as always 🤷", None),
    ],
)
def test_ill_and_an_effort_a_mood_or_holding_out_is_no_step(text, words):
    result = analyze_framing(text)
    assert "commits_to_nothing" in result.flags and passes(text) is False, result
    assert not any("commits to an action" in cue for cue in result.cues), result.cues
    if words:
        assert any(cue.startswith(f"“{words}") and "not a step" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "I'll do my best to call all six families by Friday.",
        "I'm going to power through the backlog and clear the oldest twenty tickets today.",
        "We'll manage the handover together on Monday: I'll draft the checklist tonight.",
        "I'll keep the Friday slot free for the audit and book the room today.",
        "What else can I do to help? I'll ask Sam on Monday what would take the pressure off.",
    ],
)
def test_an_effort_word_with_a_step_after_it_still_commits(text):
    result = analyze_framing(text)
    assert "commits_to_nothing" not in result.flags
    assert result.stance == "proactive" and passes(text) is True, result


# Passing on that others don't care is aimed at them, not at the problem.
@pytest.mark.parametrize(
    "text",
    [
        "I'll make sure the team knows head office doesn't care about us.",
        "I'll tell everyone that management never listens.",
        "I'm going to let the customers know the council couldn't care less.",
    ],
)
def test_ill_and_passing_on_a_complaint_is_reactive(text):
    result = analyze_framing(text)
    assert result.stance == "reactive" and passes(text) is False, result
    assert any("who is to blame" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "I'll make sure the team knows we can't take walk-ins on Saturdays, and I'll put a sign "
        "up.",
        "I'll tell the team head office has approved two temps from Monday.",
    ],
)
def test_ill_and_telling_people_something_useful_still_commits(text):
    result = analyze_framing(text)
    assert result.stance == "proactive" and passes(text) is True, result


# A shrug is a reactive cue, wherever it sits: "what else can I do", "…, I guess.", "It is what
# it is"; asked to act, "what else can I do" is not.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'll cope, what more can I do?", "what more can I do"),
        ("Nothing changes here. We'll muddle on, I suppose.", "I suppose"),
        ("It is what it is.", "It is what it is"),
    ],
)
def test_a_shrug_reads_as_reactive(text, words):
    result = analyze_framing(text)
    assert result.stance == "reactive" and passes(text) is False, result
    assert any(words in cue and "nothing in your hands" in cue for cue in result.cues), result
    assert not any("asks to do something" in cue for cue in result.cues)


# Someone else's move first, then ours: the next move is handed to them.
@pytest.mark.parametrize(
    "text",
    [
        "Someone from management should really push IT to fix it, then we can deal with the "
        "waiting list.",
        "IT needs to sort the printer first, then I'll reprint the labels.",
        "Head office has to approve the temps, and then we can fix the rota.",
    ],
)
def test_someone_elses_move_first_is_waiting(text):
    result = analyze_framing(text)
    assert result.stance == "reactive" and passes(text) is False, result
    assert any("waits for others" in cue for cue in result.cues), result.cues
    assert not any("could be done" in cue for cue in result.cues), result.cues
    assert "Name a step you can take before they act: what can you do today?" in result.tips


def test_someone_else_should_alone_is_blame_as_the_lesson_says():
    for text in (
        "Someone from management should really sort out the schedule.",
        "Somebody upstairs should fix the booking system.",
    ):
        result = analyze_framing(text)
        assert result.stance == "reactive" and passes(text) is False, result
        assert any("blames others" in cue for cue in result.cues), result.cues


# A reactive fact first, then steps of one's own (one with a fallback): proactive, for sure.
@pytest.mark.parametrize(
    "text",
    [
        "Parents keep complaining about homework overload. I've already mapped which days every "
        "subject sets homework; next staff meeting I'll propose a shared calendar.",
        "Short staffed again. I'll ask head office for a temp, and if they say no, I'll cut the "
        "click-and-collect hours and put a sign up.",
        "The supplier is late again. I'll chase them at nine, and if that fails I'll use the "
        "backup order from Brook's.",
        "Our printer keeps jamming. We've already logged it with IT; if they can't come this "
        "week, we'll borrow the one upstairs.",
    ],
)
def test_a_reactive_fact_then_steps_with_a_fallback_passes_for_sure(text):
    result = analyze_framing(text)
    assert result.stance == "proactive" and result.sure and passes(text) is True, result


def test_a_fallback_is_named_and_an_occasion_is_a_when():
    fallback = analyze_framing(
        "Short staffed again. I'll ask head office for a temp, and if they say no, I'll cut the "
        "click-and-collect hours."
    )
    assert any("fallback" in cue for cue in fallback.cues), fallback.cues
    occasion = analyze_framing("I've mapped the homework days; next staff meeting I'll propose it.")
    assert not any(tip.startswith("Say when") for tip in occasion.tips), occasion.tips


# Hope, effort and acceptance are never "proactive in form" (lesson 03 sorts them as reacting).
@pytest.mark.parametrize(
    "text",
    [
        "I'll do my best, I suppose. It is what it is.",
        "I will hope for a better quarter 🙏",
        "I'll try to be more positive about the restructure.",
        "Hopefully someone will pick up the extra shifts.",
        "I'll try to stay positive until IT fixes it",
        "Nothing I can do about it, I'll keep my head up.",
    ],
)
@pytest.mark.parametrize("exercise", ["rewrite-reactive", "your-own-influence", "practice-rewrite"])
def test_a_shrug_an_effort_or_hope_is_never_called_proactive_in_form(text, exercise):
    spec = load_lesson("03").exercise(exercise)
    assert spec.analyzer == "framing" and "commitment" in spec.prompt
    result = build(spec)._check(text)
    assert result.correct is False, result.feedback
    assert "proactive" not in result.feedback.splitlines()[0].replace("reactive", ""), (
        result.feedback
    )
    assert "In form" not in result.feedback


def test_a_hopeful_statement_that_reads_proactive_quotes_what_it_offers_instead():
    result = analyze_framing("I will hope for a better quarter 🙏")
    assert {"commits_to_nothing", "makes_do"} <= result.flags
    assert result.cues[0].startswith("“I will hope”: hopes it changes by itself"), result.cues
    line = ANALYZERS["framing"].fault_lines["makes_do"]
    assert "not yet a step of your own" in line and "proactive" not in line


def test_a_hedged_step_with_no_shrug_is_still_told_its_form():
    """ "Maybe I could…" looks at what could be done: the form is there, the commitment is not."""
    result = analyze_framing("Maybe I could look into a shared calendar sometime.")
    assert result.flags == {"commits_to_nothing"}
