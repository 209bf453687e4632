"""Lesson 03's rewrite, tried as a learner would (session 30): a fix handed to IT and then
waited for, "doing my best" until IT fixes it, and the waiting handed back to the patients were
all ticked as proactive."""

from __future__ import annotations

import pytest

from coachlab.feedback import ANALYZERS, analyze_framing

PROACTIVE = {"stance": "proactive"}


@pytest.mark.parametrize(
    ("text", "words", "why"),
    [
        ("I'll email IT again and wait for them to fix it.", "and wait for them",
         "decides to wait it out"),
        ("Until IT fixes it I'll keep doing my best.", "I'll keep doing my best",
         "an effort or a mood, not a step of your own"),
        ("It's not my job to fix IT problems. I'll tell patients to call back next week.",
         "tell patients to call back next week", "decides to wait it out"),
    ],
)  # fmt: skip
def test_waiting_or_making_do_is_no_proactive_rewrite(text, words, why):
    result = analyze_framing(text)
    assert result.stance == "reactive", result
    assert ANALYZERS["framing"].meets(result, PROACTIVE) is False
    assert f"“{words}”: {why}" in result.cues


@pytest.mark.parametrize(
    "text",
    [
        "I'll log each crash and send the list to IT by Friday, then book patients by phone "
        "meanwhile.",
        "I'll ring the first ten patients on the list tomorrow morning and book them by hand.",
        "I'll ask patients to call back tomorrow at nine, when I'll have the paper diary ready.",
    ],
)
def test_steps_of_your_own_stay_proactive(text):
    assert analyze_framing(text).stance == "proactive"
