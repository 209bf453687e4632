"""Walkthrough 59 (a learner in the browser, lessons 04, 06, 07 and 09, 76 answers of their
own): what got a ✔ that a coaching trainer would hold up as what not to do."""

from __future__ import annotations

import pytest

from coachlab.feedback import ANALYZERS, analyze_candor, analyze_request, classify_question


@pytest.mark.parametrize(
    ("text", "words", "why"),
    [
        ("Would you be willing to lead the Monday briefing? It's fine to say no, but I'd hate for "
         "the area manager to think you're not a team player.",
         "I'd hate for the area manager to think", "guilt"),
        ("Could you redo next month's schedule by tomorrow? If not, I'll have to ask someone "
         "more reliable.", "I'll have to ask someone more reliable", "threat"),
        ("Could you cover Saturday, or do I need to find someone who will?",
         "find someone who will", "threat"),
        ("I know you're swamped, as always. Could you take the Friday handover?",
         "swamped, as always", "sarcasm"),
        ("Oh sure, take all the time you like with the rota.", "Oh sure", "sarcasm"),
        ("I know you just love extra work, so could you lead the supplier review?",
         "I know you just love extra", "sarcasm"),
    ],
)  # fmt: skip
def test_a_polite_threat_guilt_or_sarcasm_is_no_partnering_request(text, words, why):
    result = analyze_request(text)
    assert "on_the_defensive" in result.flags, result
    assert ANALYZERS["request"].meets(result, {"style": "partnering"}) is False
    assert any(words in cue and why in cue for cue in result.cues), result.cues


def test_their_gain_asked_about_the_task_itself_counts():
    """Lesson 06's tip says "What would make it worth it for you?"; naming the task is the same
    question."""
    result = analyze_request("What would make leading the supplier review worth it for you?")
    assert "nothing_for_them" not in result.flags, result


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What's the real reason, Aroha? Because frankly it looks like you're scared of "
         "responsibility.", "Because frankly it looks like you're scared of responsibility"),
        ("What would make the role feel doable? Because turning it down would be a big mistake.",
         "Because turning it down would be a big mistake"),
        ("What's really going on with the deadlines lately? Because honestly you need to start "
         "planning better.", "Because honestly you need to start planning better"),
    ],
)  # fmt: skip
def test_a_verdict_after_the_open_question_answers_it_for_them(text, words):
    result = classify_question(text)
    assert "leading" in result.flags, result
    assert any(cue.startswith(f"“{words}”: answers it for them") for cue in result.cues)


def test_advice_after_a_real_question_is_named_and_the_question_is_not():
    result = classify_question(
        "What options have you looked at? Maybe have a chat with the ward manager first."
    )
    assert "advice" in result.flags
    assert result.cues[0].startswith("“Maybe have”"), result.cues
    assert result.tips[0].startswith("Stop at your question"), result.tips  # it did ask


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What, is a promotion too much hard work for you?", "too much hard work for you"),
        ("How do you plan to fix your attitude problem?", "your attitude problem"),
    ],
)
def test_contempt_in_a_question_is_blame(text, words):
    result = classify_question(text)
    assert "hostile" in result.flags
    assert any(cue.startswith(f"“{words}”: sounds like blame") for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "What have you tried so far?",
        "What have you considered so far, Aroha?",
        "What would make the role feel doable for you, because I'd like it to work?",
    ],
)
def test_open_questions_near_those_words_stay_clean(text):
    result = classify_question(text)
    assert result.kind == "open" and not result.flags & {"hostile", "leading"}, result


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Last Tuesday the client report went out with the wrong figures. What's going on? You "
         "need to get your act together.", "harsh"),
        ("Yesterday you sent the client a price I had not agreed. Please copy me on client emails "
         "from now on, or I will raise it with HR.", "threat"),
    ],
)  # fmt: skip
def test_a_harsh_last_line_makes_the_message_harsh(text, issue):
    result = analyze_candor(text)
    assert result.verdict == "harsh", result
    assert issue in result.issues


def test_an_offer_of_help_is_an_opening_already():
    result = analyze_request("Redo the schedule by tomorrow, but let me know if you need anything.")
    assert result.style == "directive"
    assert not any(tip.startswith("End with an opening") for tip in result.tips), result.tips


def test_a_named_moment_with_a_vague_ask_is_told_to_ask_for_something_doable():
    result = analyze_candor(
        "Ruth, last Friday you were rude to a customer at the counter. Please sort out your "
        "attitude."
    )
    assert not any(tip.startswith("Name one specific moment") for tip in result.tips)
    assert "Ask for something they can do, not an attitude: what, by when." in result.tips


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("How do you want to approach the rota? I'd just copy last month's.", "I'd just copy"),
        ("What do you think? I'd ask Priya first.", "I'd ask"),
        ("What's your plan for the audit? I would start with the freezer logs.", "I would start"),
    ],
)
def test_your_own_way_after_the_question_is_advice(text, words):
    result = classify_question(text)
    assert "advice" in result.flags, result
    assert f"“{words}”: offers your solution instead of asking for theirs" in result.cues


@pytest.mark.parametrize(
    "text",
    [
        "What would you do with the rota? I'd like to hear your plan.",
        "What would help? I'd be glad to support.",
        "I'd ask you this: what matters most to you here?",
    ],
)
def test_i_would_that_asks_or_offers_is_no_advice(text):
    assert "advice" not in classify_question(text).flags


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What's your thinking? Honestly I think you'd be great at it.",
         "Honestly I think you'd be great"),
        ("What's your thinking? You'd make a brilliant charge nurse.", "You'd make a brilliant"),
    ],
)  # fmt: skip
def test_the_yes_pushed_for_after_the_question_leads(text, words):
    result = classify_question(text)
    assert "leading" in result.flags, result
    assert ANALYZERS["question"].meets(result, {"kind": "open"}) is False
    assert f"“{words}”: answers it for them: your view comes before theirs" in result.cues
