"""The examples a trainer tried (issue: feedback engine v2), with the verdict a trainer gives."""

from __future__ import annotations

import pytest

from coachlab.feedback import ANALYZERS, analyze_framing, analyze_request, classify_question

OPEN_WANTED = {"kind": "open"}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Why didn't you finish the report on time?", "hostile"),
        ("What's wrong with you?", "hostile"),
        ("How could you even think of turning it down?", "hostile"),
        ("You should take it, it's a great step. What do you think?", "advice"),
        ("Have you thought about asking Dana?", "advice"),
        ("Don't you think we should wait?", "leading"),
    ],
)
def test_hostile_leading_and_advice_questions_never_get_a_tick(text, flag):
    result = classify_question(text)
    assert flag in result.flags
    assert ANALYZERS["question"].meets(result, OPEN_WANTED) is False
    assert any(flag in cue or "blame" in cue or "solution" in cue or "answer you want" in cue
               for cue in result.cues)  # fmt: skip


def test_a_stacked_open_question_is_open_and_told_to_ask_one_at_a_time():
    result = classify_question(
        "What got in the way? What would help next time? What do you need from me?"
    )
    assert result.kind == "open" and "stacked" in result.flags
    assert "Ask one question, then wait for the answer." in result.tips
    assert not any(tip.startswith("Open it with") for tip in result.tips)


@pytest.mark.parametrize(
    "text",
    [
        "Um, so tell me a little bit about the launch",
        "Any other thoughts on the plan",
        "- how could you respond instead?",
    ],
)
def test_ordinary_speech_reads_as_open(text):
    assert classify_question(text).kind == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Could you redo the rota by tomorrow? Thanks, I knew I could count on you!",
        "Would you train the new hires next week? You have no choice, HR already confirmed it.",
        "Could you take the Saturday shift? I've already put you on the rota.",
    ],
)
def test_a_request_that_takes_the_choice_back_is_directive(text):
    result = analyze_request(text)
    assert result.style == "directive"
    assert any(tip.startswith("Leave the choice open") for tip in result.tips)


def test_an_instruction_with_a_real_offer_of_support_is_partnering():
    result = analyze_request("Please train the new hires next week. What support would help?")
    assert result.style == "partnering"
    assert any("What support would" in cue for cue in result.cues)


def test_complaining_again_is_not_proactive():
    result = analyze_framing("I've already complained to head office and I'll complain again.")
    assert result.stance == "reactive"


def test_cues_quote_the_learner_in_the_case_they_typed():
    result = analyze_request("You need to send it TODAY.")
    assert "“TODAY”: pressure: now, at once" in result.cues
