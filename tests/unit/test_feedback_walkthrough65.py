"""A learner's answers in lessons 02, 03, 05, 08 and 10 (walkthrough 65): in lesson 03 a threat,
acting to pin the blame and a promise taken back in the same breath passed as proactive, and
one first line ("Trying hard, staying positive…") led every kind of statement with no step."""

from __future__ import annotations

import pytest

from coachlab.content import load_lesson
from coachlab.feedback import analyze_framing
from coachlab.widgets import build

from .test_feedback_walkthrough62 import check


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("I'll fire the next person who is late.", "fire the next person"),
        ("Whoever is late again gets a written warning, I'll make sure of it.", "written warning"),
    ],
)
def test_a_threat_is_no_step_whatever_it_commits_to(text, quoted):
    result = check("03", "rewrite-reactive", text)
    assert result.correct is False
    assert result.feedback.startswith("A threat is not a step that influences events"), result
    assert quoted in result.feedback and "Aim the step at the problem" in result.feedback


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "I will make sure everyone knows that the late deliveries are the supplier's fault.",
            "are the supplier's fault",
        ),
        ("I'll escalate this to the CEO and make sure IT gets the blame.", "gets the blame"),
    ],
)
def test_acting_to_pin_the_blame_reads_reactive(text, quoted):
    result = analyze_framing(text)
    assert result.stance == "reactive", result
    assert any(quoted in cue for cue in result.cues), result.cues


def test_taking_the_blame_yourself_is_not_pinning_it():
    result = analyze_framing("I will take the blame for the delay and call each patient today.")
    assert result.stance == "proactive" and not result.flags, result


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("I will try to maybe look at the waiting list if I get time", "if I get time"),
        ("Im going to try and talk to IT about the laptops maybe next week", "maybe"),
        ("I'll call them when I get a chance.", "when I get a chance"),
    ],
)
def test_a_promise_taken_back_in_the_same_breath_gets_no_tick(text, quoted):
    result = check("03", "rewrite-reactive", text)
    assert result.correct is not True
    assert result.feedback.startswith("A promise taken back in the same breath"), result
    assert f"“{quoted}”" in result.feedback
    assert "commits to an action" not in result.feedback  # not the promise it takes back


@pytest.mark.parametrize(
    "text",
    [
        # the maybe is on a detail, or on what someone else does
        "I can't fix the system, but I'll phone everyone on the waiting list this week, maybe "
        "starting with the oldest referrals.",
        "I'll ring the patients on the waiting list today. Maybe IT will fix it sometime.",
        "I'll try the paper list this week and tell IT on Friday what it costs us.",
    ],
)
def test_a_firm_step_with_a_maybe_elsewhere_still_commits(text):
    result = analyze_framing(text)
    assert result.stance == "proactive" and not result.flags, result


@pytest.mark.parametrize("text", ["I'll try.", "I'll stop reacting."])
def test_a_bare_try_or_a_resolve_is_an_effort_not_a_step(text):
    result = analyze_framing(text)
    assert "commits to an action" not in " ".join(result.cues), result
    assert check("03", "your-own-influence", text).correct is not True


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("It's not my job to fix IT's mess.", "Saying it is out of your hands"),
        (
            "Head office keeps changing priorities and there is nothing I can do about it.",
            "Saying it is out of your hands",
        ),
        ("I'll complain to my manager every day until they fix it.", "A complaint"),
        ("I'll stay positive and hope things get better next quarter.", "Trying hard"),
    ],
)
def test_what_a_statement_offers_instead_of_a_step_leads_in_its_own_words(text, lead):
    result = check("03", "rewrite-reactive", text)
    assert result.correct is False and result.feedback.startswith(lead), result.feedback


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("What, you need a written invitation?", "What, you need"),
        ("Tell me what's blocking you, now.", "now"),
        (
            "How do you think you're doing compared to the rest of the team, honestly?",
            "compared to the rest of the team",
        ),
    ],
)
def test_sarcasm_a_demand_on_the_spot_and_a_comparison_are_no_open_question(text, quoted):
    result = check("05", "your-opening-question", text)
    assert result.correct is False
    assert result.feedback.startswith("In form, your question reads as open, but it would not")
    assert quoted in result.feedback


def test_two_questions_keep_their_tick_with_a_tip_that_does_not_contradict_it():
    result = check("05", "your-opening-question", "What went well since we last met? What didn't?")
    assert result.correct is True
    assert "Try: Ask the first question, and wait for the answer before the next." in (
        result.feedback
    )
    assert "Ask one question" not in result.feedback


@pytest.mark.parametrize(
    "text",
    [
        "Qu'est-ce qui te préoccupe cette semaine ?",
        "¿Qué te preocupa esta semana?",
        "Was beschäftigt dich diese Woche am meisten?",
        "这周你最担心的是什么？",
        "Что тебя беспокоит?",
    ],
)
def test_another_language_is_said_to_be_unread_not_judged(text):
    result = check("05", "your-opening-question", text)
    assert result.correct is None and result.uncertain
    assert result.feedback.startswith("This does not look like English")


@pytest.mark.parametrize(
    "text",
    [
        "José, what would help you most this week?",
        "Café rota: what would make Saturdays easier for you?",
        "Quick rota swap Saturday?",
    ],
)
def test_english_with_an_accent_or_few_small_words_is_still_read(text):
    assert not check("05", "your-opening-question", text).feedback.startswith("This does not")


def test_punctuation_alone_is_not_an_answer_yet():
    exercise = build(load_lesson("05").exercise("your-opening-question"), "05")
    exercise.answer("???")
    result = exercise.submit()
    assert result.answered is False and result.feedback.startswith("Not answered yet")


def test_your_problem_now_is_walking_away_even_after_common_ground():
    text = (
        "Marta, we both want a calm Saturday. I'm not going to tell you how to do it, it's your "
        "problem now, sort it out."
    )
    result = check("10", "your-common-ground-request", text)
    assert result.correct is False
    assert result.feedback.startswith("Handing it over and walking away is not partnering")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Neither of us wants to get fired, right? So how about you take the rota?", "get fired"),
        ("We both want to keep our jobs, so do the rota.", "keep our jobs"),
    ],
)
def test_a_job_held_over_the_ask_is_a_threat_not_common_ground(text, quoted):
    result = check("10", "your-common-ground-request", text)
    assert result.correct is False
    assert f"Why: “{quoted}”: a threat" in result.feedback


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("We both want the same thing here. How shall we fix Saturdays?", "We both want the same"),
        ("We both want this to work. Can you have the rota done by Friday?", "this to work"),
    ],
)
def test_common_ground_said_but_not_named_does_not_meet_the_exercise(text, quoted):
    result = check("10", "your-common-ground-request", text)
    assert result.correct is not True
    assert "says you agree, but not on what" in result.feedback and quoted in result.feedback
    assert "and name it" in result.feedback


def test_common_ground_named_after_an_empty_phrase_still_counts():
    text = "We both want the same thing: calmer Saturdays for the team. Could you draft the rota?"
    result = check("10", "your-common-ground-request", text)
    assert "not on what" not in result.feedback, result.feedback


def test_softeners_piled_up_are_not_an_ask():
    text = (
        "Hey Marta, you and I both hate the Saturday scramble, right? I was wondering if maybe, "
        "only if you have time and feel like it, you might possibly consider having a look at "
        "the rota at some point?"
    )
    result = check("10", "your-common-ground-request", text)
    assert result.correct is None and result.uncertain
    assert "so soft that nothing is asked yet" in result.feedback
    assert "gives them a choice or a way out" not in result.feedback  # not praised as well
    assert "Try: Say what you need and by when" in result.feedback


@pytest.mark.parametrize(
    "text",
    [
        "Don't you think the drivers will push back too hard for this to be worth it?",
        "Don't you think we should have the report done by Friday?",
        "So there's nothing going on that I need to know about, then?",
    ],
)
def test_a_question_that_holds_its_answer_is_no_partnering_request(text):
    """Review 69: lesson 04's own debrief calls "Don't you think…?" an opinion that closes."""
    result = check("04", "rewrite-directive", text)
    assert result.correct is False and "suggests the answer you want" in result.feedback


def test_which_is_said_to_ask_for_a_pick_not_a_fact():
    text = "Which of these would you rather fix first: the filing, the rota, or the printer?"
    feedback = check("08", "your-bring-along-question", text).feedback
    assert "Why: “Which”: asks them to pick one" in feedback
    assert "a number, a time or a single fact" not in feedback


def test_pinning_the_blame_leads_in_its_own_words_without_an_out_of_control_tip():
    """Walkthrough 70: it led with the generic "We read your statement as reactive", and a threat,
    blame or complaint was told "If something is truly outside your control…"."""
    text = "I'll escalate this to the CEO and make sure IT gets the blame."
    feedback = check("03", "rewrite-reactive", text).feedback
    assert feedback.startswith("Making sure someone gets the blame does not change what happens")
    for said in (text, "I'll fire the next person who is late."):
        assert "truly outside your control" not in check("03", "rewrite-reactive", said).feedback


def test_a_which_question_is_told_to_ask_for_their_view_not_about_facts():
    """Session 33: "Which day suits you?" was said to pick one, then told "It asks for a fact or
    a number"."""
    from coachlab.feedback import classify_question as analyze_question

    which = analyze_question("Which day suits you?")
    assert "It asks for a fact or a number" not in " ".join(which.tips)
    assert which.tips[0].startswith("Ask what they think or need instead")
    when = analyze_question("When did you decide?")
    assert when.tips[0].startswith("It asks for a fact or a number")


def test_a_question_under_a_long_speech_keeps_its_tick_and_is_told_to_shorten():
    """Walkthrough 65: a 95-word monologue ending in an open question got a bare ✔."""
    from coachlab.feedback import classify_question

    speech = (
        "Aroha, I really want to understand what is going on for you here, because when I "
        "offered you the role I honestly thought it would be a great fit, given how well you "
        "handled the night shifts last winter and how much the junior nurses already come to "
        "you for advice, and I know change can feel like a lot, especially with everything on "
        "the ward at the moment, so what has been on your mind since we talked?"
    )
    long = classify_question(speech)
    assert long.kind == "open"
    assert any(t.startswith("It runs to 79 words before they can answer") for t in long.tips)
    short = classify_question("Aroha, you said you might turn the role down. What's behind that?")
    assert not any("words before they can answer" in t for t in short.tips)
