"""Blind review 54 (a trainer's 336 answers, dictated, typed by non-native speakers, in chat
shorthand, or rambling): commitments that wait on someone else, complaints and blame dressed as
steps, acceptance offered as a plan. Each kind on both sides."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_framing


@pytest.mark.parametrize(
    "text",
    [
        "2 short this wknd. I'll flag it on the Mon call and see what HO says, nothing we can "
        "really do till then tbh",
        "IT outages kill our handle times. I'll keep logging each one in the tracker so when mgmt "
        "finally fixes it we'll have the data",
        "short again this wknd. I'll escalate to HO again first thing Mon, ball's in their court "
        "after that",
        "Housekeeping is late every Sunday. I will inform the manager that it is their fault and "
        "then he will decide what to do.",
        "the pharmacy round is always late and i'll keep raising it at the meeting until someone "
        "upstairs finally does something about it",
        "The product owner changes the priorities every sprint. I will try to accept it and to be "
        "more flexible, because this is how the company is.",
        "Volunteers keep dropping out, so I'll remind them at the next meeting how much it lets "
        "everyone else down.",
        "I will try to cope this weekend with the people we have, because there is nothing else "
        "possible until head office decide.",
    ],
)
def test_a_step_that_waits_blames_or_accepts_is_reactive(text):
    assert analyze_framing(text).stance == "reactive", analyze_framing(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're short again, so I'll ring the agency tonight and ask for two cover staff.",
        "Nothing else is possible on the budget, so I've moved two people onto the tills.",
        "I'll rework the rota tonight so nobody's stuck in the stockroom at peak times.",
        "There's nothing I can do about head office, so I'll book the sister store's staff today.",
    ],
)
def test_a_step_of_ones_own_stays_proactive(text):
    assert analyze_framing(text).stance == "proactive", analyze_framing(text)


@pytest.mark.parametrize(
    ("text", "not_shown"),
    [
        ("I'll let head office know again that we're not happy.", "expects it to turn out well"),
        ("IT broke it, so I'll list every patient we've lost.", "expects it to turn out well"),
        ("I'll move the delivery so nobody's stuck in the stockroom.", "nothing in your hands"),
    ],
)
def test_words_read_in_their_sense(text, not_shown):
    """ "not happy" is no outlook, a patient is not patience, "nobody's stuck" is no limit."""
    assert not any(not_shown in cue for cue in analyze_framing(text).cues)
