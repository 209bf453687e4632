"""Walkthrough 60 (a learner in the browser, lessons 02, 03, 05, 08 and 10, 75 answers of their
own): sarcasm ticked whenever a question word or "I'll" came with it, a good question undone by
the sentence after it, and the same "Have you tried…?" praised in one lesson and faulted in
another."""

from __future__ import annotations

import pytest

from coachlab.content import load_lesson
from coachlab.feedback import ANALYZERS, analyze_framing, analyze_request, classify_question
from coachlab.widgets import build

OPEN = {"kind": "open"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Great, another brilliant plan from you. What do you want me to fix this time?",
         "fix this time"),
        ("So what's the plan, genius?", "genius"),
        ("Wow, you actually noticed something for once. What's your brilliant theory then?",
         "What's your brilliant theory"),
    ],
)  # fmt: skip
def test_a_sneer_around_an_open_question_is_no_open_question(text, words):
    result = classify_question(text)
    assert "hostile" in result.flags, result
    assert ANALYZERS["question"].meets(result, OPEN) is False
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues
    assert "on_the_defensive" in analyze_request(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "Great, another win for the team! What made the difference this time?",
        "What would you like to try this time?",
        "What's your plan for the audit next week?",
    ],
)
def test_praise_and_plain_questions_near_those_words_stay_clean(text):
    assert "hostile" not in classify_question(text).flags


def test_sarcasm_with_i_will_is_no_proactive_statement():
    result = analyze_framing(
        "Great, yet another reorg from management. I'll be thrilled to explain it to the team "
        "for the fifth time."
    )
    assert result.stance == "reactive", result
    assert "“Great, yet another”: mocks instead of acting" in result.cues
    assert not any("expects it to turn out well" in cue for cue in result.cues)


@pytest.mark.parametrize(
    ("text", "flag", "words", "tip"),
    [
        ("What would you like to talk about first? And please don't bring up the rota again, "
         "we've done that to death.", "leading", "don't bring up the rota again",
         "Let them raise what matters to them"),
        ("What do you think is behind the overflowing returns shelf? I'd just like you to fix it "
         "by Friday though.", "advice", "I'd just like you to", "Stop at your question"),
    ],
)  # fmt: skip
def test_a_good_question_undone_by_the_sentence_after_it(text, flag, words, tip):
    result = classify_question(text)
    assert flag in result.flags, result
    assert ANALYZERS["question"].meets(result, OPEN) is False
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues
    assert result.tips[0].startswith(tip)


@pytest.mark.parametrize(
    "text",
    [
        "What do you think is behind it? I'd like to hear your view first.",
        "What's on your mind this week? We don't have to talk about the rota again unless you "
        "want to.",
    ],
)
def test_a_second_sentence_that_keeps_it_theirs_is_fine(text):
    assert not classify_question(text).flags


def test_have_you_tried_is_named_the_same_way_in_a_request():
    """Lesson 07 calls it your solution; a request named it "says what would help"."""
    result = analyze_request("Have you tried just starting the changeover half an hour earlier?")
    assert "“Have you tried”: puts your own idea forward as a question" in result.cues
    assert not any("says what would help" in cue for cue in result.cues)


def test_the_answer_called_obvious_counts_on_their_yes():
    result = analyze_request(
        "We both want fewer late Mondays, so obviously the answer is that you start earlier, right?"
    )
    assert result.style == "directive"
    assert "“obviously the answer is”: counts on a yes they never agreed to" in result.cues


def test_a_step_framed_by_a_label_for_the_team_is_not_proactive():
    result = analyze_framing(
        "My team always misses deadlines because they are lazy. I'll start a weekly check-in on "
        "Mondays to plan the week with them."
    )
    assert result.stance == "reactive", result
    assert "“they are lazy”: labels people instead of naming the problem" in result.cues
    plain = analyze_framing(
        "I'll start a weekly check-in on Mondays to plan the week with the team."
    )
    assert plain.stance == "proactive"


def test_giving_up_said_with_i_will_is_no_rewrite():
    result = analyze_framing("Nothing I can do. I'll tell patients to ring back next month.")
    assert result.stance == "reactive", result


def test_a_complaint_is_said_to_change_nothing_and_a_step_is_explained():
    spec = load_lesson("03").exercise("rewrite-reactive")
    feedback = build(spec)._check("I'll complain to my manager every day.").feedback
    assert "a complaint: it changes nothing by itself" in feedback
    vague = build(spec)._check("I'll look into it.").feedback
    assert "one someone could see you take (“I'll ring…”, “I've already booked…”)" in vague


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I might maybe try to look at the waiting list at some point if I get time, possibly.",
         "I might maybe try"),
        ("I'll look at the list if I get time.", "if I get time"),
    ],
)  # fmt: skip
def test_a_maybe_or_if_there_is_time_is_no_commitment(text, words):
    result = analyze_framing(text)
    assert result.stance == "reactive", result
    assert f"“{words}”: a maybe or an if-there-is-time, not a commitment" in result.cues


def test_if_there_is_time_beside_a_dated_step_is_only_an_extra():
    result = analyze_framing(
        "I'll ring the patients on the waiting list tomorrow at 9, and if I get time I'll also "
        "sort the paper diary."
    )
    assert result.stance == "proactive", result


@pytest.mark.parametrize(
    "text",
    [
        "Maybe we could look at the rota differently next week, if that's ok?",
        "Can I take notes while we talk, is that okay?",
    ],
)
def test_asking_leave_is_no_tag_that_pushes_the_answer(text):
    result = classify_question(text)
    assert "leading" not in result.flags, result
    assert not any(cue.startswith(("“ok”", "“okay”")) for cue in result.cues), result.cues


def test_a_tag_after_a_decision_still_pushes_the_answer():
    assert "leading" in classify_question("We'll move you to the early shift, ok?").flags


def test_what_if_you_is_your_idea_not_doing_it_together():
    mine = analyze_request("We both hate the Monday chaos. What if you came in earlier?")
    assert "“What if”: puts your own idea forward as a question" in mine.cues
    together = analyze_request("What if we swapped the Monday and Tuesday shifts?")
    assert "“What if”: asks whether to do it together" in together.cues


@pytest.mark.parametrize(
    "text", ["What's your next idea for the rota?", "What's your latest plan for the launch?"]
)
def test_asking_for_their_next_idea_is_a_real_question(text):
    assert "hostile" not in classify_question(text).flags


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Wow, you actually noticed something for once. What is it?", "Wow, you actually"),
        ("Great, yet another reorg. What do you make of it?", "Great, yet another"),
    ],
)
def test_sarcasm_before_the_question_is_named(text, words):
    result = classify_question(text)
    assert "hostile" in result.flags, result
    assert f"“{words}”: sarcasm: they will defend themselves, not open up" in result.cues
