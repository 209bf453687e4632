"""The request analyzer on meeting speech and a blind reviewer's misreadings (s24): a sarcastic
challenge, a jab after "would you", cue words out of their meaning, a gain for them said
plainly; and the meeting habits that read as orders though they propose ("or else we…", "we
should at least try", "maybe we just do it"). Each change with the look-alike that must not."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_framing, analyze_request
from coachlab.feedback.request_cues import request_cues
from coachlab.feedback.text import normalise


def fired(text: str) -> dict[str, str]:
    return {found.name: found.words for found in request_cues(normalise(text))}


# -- a sarcastic challenge is no question ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "So you think you can just remove the sourced section without discussing it?",
        "You think you can just move my shifts around?",
        "So you think you can change the rota without asking anyone?",
    ],
)
def test_so_you_think_you_can_just_is_a_sarcastic_challenge(text):
    result = analyze_request(text)
    assert result.style == "directive" and "on_the_defensive" in result.flags
    assert any(cue.endswith(": sarcasm") for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "Do you think you can make the Friday meeting?",
        "What do you think you can take on this month?",
        "So you think we could try the new layout first?",
    ],
)
def test_asking_what_they_think_they_can_do_is_no_sarcasm(text):
    assert "sarcasm" not in fired(text)
    assert analyze_request(text).style == "partnering"


# -- "for once" after a polite "would you" -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Would you cover the late shift, for once?",
        "Would you, for once, cover the late shift?",
        "Could you tidy the stockroom for once, please?",
    ],
)
def test_for_once_after_would_you_is_a_jab(text):
    result = analyze_request(text)
    assert result.style == "directive" and "on_the_defensive" in result.flags
    assert "jab" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "Would you cover the late shift once a month?",
        "Once you're done with the float, could you cover the late shift?",
    ],
)
def test_once_as_a_time_is_no_jab(text):
    assert not fired(text).keys() & {"jab", "sarcasm"}
    assert analyze_request(text).style == "partnering"


# -- cue words out of their meaning --------------------------------------------------------------
def test_the_practice_manager_is_a_job_title_not_practice():
    text = "Could you take the practice manager's calls on Friday while she is on leave?"
    assert "r_their_gain" not in fired(text)
    assert analyze_request(text).style == "partnering"
    framing = analyze_framing("I spoke to the practice manager about the rota.")
    assert not any("practice" in cue for cue in framing.cues), framing.cues


def test_practice_as_their_growth_still_counts():
    text = "Could you lead Friday's huddle? It would be good practice for the deputy role."
    assert "r_their_gain" in fired(text)
    framing = analyze_framing("I'll practise the handover with a colleague before Monday.")
    assert any("practise" in cue for cue in framing.cues), framing.cues


@pytest.mark.parametrize(
    "text",
    [
        "Could you take the Saturday shift? I hope it's a quiet one.",
        "Can you cover the till on Sunday? Hopefully it's a quiet one.",
    ],
)
def test_a_wish_about_the_shift_is_no_hedge_nor_offer(text):
    assert not fired(text).keys() & {"r_hedge", "r_offer", "r_their_gain", "r_way_out"}


def test_a_hope_that_leaves_them_the_answer_is_still_room():
    # the look-alike: a hedge that does leave room, not a wish about the shift
    assert "r_way_out" in fired("Could you take the Saturday shift? No pressure if not.")


# -- their gain said plainly ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Could you swap Thursday with me, so you get the long weekend you wanted?",
         "so you get the long"),
        ("Would you take the Monday audit? That way you keep your Friday free.", "you keep"),
        ("Could you run the stand-up on Tuesday? It's the chance to lead you asked for.",
         "you asked for"),
    ],
)  # fmt: skip
def test_what_they_get_out_of_it_counts_as_their_gain(text, words):
    result = analyze_request(text)
    assert result.style == "partnering"
    assert "r_their_gain" in fired(text) and words in fired(text)["r_their_gain"]
    assert "nothing_for_them" not in result.flags


@pytest.mark.parametrize(
    "text",
    [
        "Could you swap Thursday with me, so I get the long weekend I wanted?",
        "Could you send the rota so that I get it by noon?",
    ],
)
def test_what_i_get_is_not_their_gain(text):
    assert "r_their_gain" not in fired(text)
    assert "nothing_for_them" in analyze_request(text).flags


# -- meeting habits that propose -----------------------------------------------------------------
def test_or_else_puts_another_option_on_the_table():
    text = "We could rent a projector, or else we buy a cheap one for the room."
    assert not fired(text).keys() & {"closes", "threatens"}
    assert analyze_request(text).style == "partnering"


@pytest.mark.parametrize(
    "text",
    ["Fix the rota by Friday, or else.", "Send it today or else you'll regret it."],
)
def test_or_else_as_a_threat_still_takes_the_choice(text):
    result = analyze_request(text)
    assert result.style == "directive" and "threatens" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "We should at least try the new handover sheet for a week.",
        "It might be worth it to at least try the shorter stand-up.",
    ],
)
def test_at_least_try_in_our_own_proposal_is_no_jab(text):
    assert "jab" not in fired(text)
    assert analyze_request(text).style == "partnering"


def test_at_least_try_said_to_them_is_still_a_jab():
    text = "Could you at least try to read the handover notes?"
    assert "jab" in fired(text) and analyze_request(text).style == "directive"


def test_we_just_do_it_proposes_but_just_do_it_overrides():
    assert "overrides" not in fired("Maybe we just do it and see how the week goes.")
    assert "overrides" in fired("I don't care how, just do it.")


@pytest.mark.parametrize(
    "text",
    [
        "Another option would be to split the late shift between two of us.",
        "My idea is to move the stand-up to ten.",
        "The other thing could be a shared rota on the wall.",
    ],
)
def test_an_option_named_as_one_of_several_suggests(text):
    assert "r_would_be_good" in fired(text)


def test_the_other_thing_said_about_the_past_suggests_nothing():
    assert "r_would_be_good" not in fired("The other thing was late again on Monday.")
