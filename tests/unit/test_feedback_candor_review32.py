"""Candor reading after the seventh blind trainer review (review 32): "I'd like it sent by…" and
"I need a heads-up…" ask; "I'll take you off the account" and "I'm going to HR" are threats;
"we really love staying late" is sarcasm; "we need to talk about…" announces a talk and asks for
nothing; what was done in the passive ("the dishwasher wasn't emptied") is what a camera saw.
Each kind with phrasings the review did not use, and the near misses that must stay as they
were."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor

MOMENT = "On Tuesday the stock count was sent to the client without the totals, so they phoned me. "


@pytest.mark.parametrize(
    "ask",
    [
        "I'd like it checked by someone else before it goes out.",
        "I'd like the totals added before anything is sent.",
        "I would prefer it sent to me first — tell me if that is a problem.",
        "I need a heads-up before anything goes to a client.",
        "I need the totals on every count from now on.",
        "I need us to agree a check before sending.",
    ],
)
def test_saying_what_you_would_like_or_need_asks(ask):
    result = analyze_candor(MOMENT + ask)
    assert "request" in result.elements, result
    assert "asks_nothing" not in result.flags
    assert result.verdict == "straight"


@pytest.mark.parametrize(
    "text",
    [
        MOMENT + "I need a holiday after this week.",  # about me, not an ask of them
        MOMENT + "I'd like to say it was fine, but it was not.",
    ],
)
def test_what_you_need_for_yourself_asks_nothing_of_them(text):
    assert "asks_nothing" in analyze_candor(text).flags


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ruth, if the report is late one more time, I'll take you off the account.",
            "take you off",
        ),
        ("If the rota is wrong again I'm going to HR.", "going to HR"),
        ("One more missed handover and I'm taking this to the director.", "taking this to the"),
        ("If it happens again I will move you off the project.", "move you off"),
    ],
)
def test_a_consequence_held_over_them_is_a_threat(text, words):
    result = analyze_candor(text)
    assert result.verdict == "harsh", result
    assert "threat" in result.issues
    assert words.lower() in result.words["threat"].lower()


@pytest.mark.parametrize(
    "text",
    [
        MOMENT + "If it happens again, I'll sit down with you and we'll sort the workload.",
        MOMENT + "Could you take me off the mailing list for the counts?",
        MOMENT + "I'm going to the client meeting on Friday; could you send me the totals first?",
    ],
)
def test_help_offered_after_an_if_is_no_threat(text):
    result = analyze_candor(text)
    assert "threat" not in result.issues, result
    assert result.verdict != "harsh"


@pytest.mark.parametrize(
    "text",
    [
        "Helen, thanks so much for moving the deadline again, we really love staying late.",
        "Great, we love working weekends, so keep the surprises coming.",
        "Thanks for changing the rota again, we adore the extra shifts.",
    ],
)
def test_sarcasm_about_a_hardship_is_harsh(text):
    result = analyze_candor(text)
    assert result.verdict == "harsh", result
    assert "sarcasm" in result.issues


@pytest.mark.parametrize(
    "text",
    [
        MOMENT + "Thanks for covering for me again last week; could you add the totals?",
        MOMENT + "We love the new template. Could the totals go on page one?",
    ],
)
def test_sincere_thanks_and_love_are_not_sarcasm(text):
    result = analyze_candor(text)
    assert "sarcasm" not in result.issues, result
    assert result.verdict == "straight"


@pytest.mark.parametrize(
    "text",
    [
        "Ruth, we need to talk about your attitude to deadlines.",
        "Sam, we need to have a chat about the counts.",
        "We need to talk about Tuesday.",
    ],
)
def test_announcing_a_talk_asks_for_nothing(text):
    result = analyze_candor(text)
    assert "request" not in result.elements, result
    assert "asks_nothing" in result.flags


def test_a_talk_announced_then_an_ask_still_asks():
    result = analyze_candor(
        "We need to talk about Tuesday. " + MOMENT + "Could you add the totals before sending?"
    )
    assert "request" in result.elements
    assert "Could you add the totals" in result.words["request"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Anneliese, on Tuesday the dishwasher wasn't emptied before service, so we ran out of "
            "plates at 7. Can you make it part of your setup?",
            "wasn't emptied",
        ),
        (
            "Dominika, last week's gel results were uploaded without the control lanes, so the PI "
            "had to redo the analysis. Please include the controls.",
            "were uploaded",
        ),
        (
            "On Monday the fridge log was initialled but not filled in, so the inspector flagged "
            "it. Could you fill it in at each check?",
            "was initialled",
        ),
    ],
)
def test_what_was_done_in_the_passive_is_what_a_camera_saw(text, words):
    result = analyze_candor(text)
    assert "behaviour" in result.elements, result
    assert words in result.words["behaviour"]
    assert not any("as a camera" in tip for tip in result.tips)


@pytest.mark.parametrize(
    "text",
    [
        "I was worried about the counts. Could we look at them together on Friday?",
        "We were surprised on Monday. Could we talk about the plan?",
    ],
)
def test_how_i_felt_is_not_what_they_did(text):
    assert "behaviour" not in analyze_candor(text).elements
