"""After blind review 46 and browser walkthrough 47: what a trainer would not pass, in shapes
the earlier fixes missed, and the near misses that must stay as they were. Phrasings are ours,
not the reviewers'."""

from __future__ import annotations

import pytest

from coachlab.feedback import (
    ANALYZERS,
    analyze_candor,
    analyze_framing,
    analyze_request,
    classify_question,
)


def test_a_comma_aside_keeps_an_open_question_open():
    for text in (
        "What, if anything, would make the handover easier?",
        "How, looking back, could we have spotted it sooner?",
        "What's the part that, when it goes well, would you most like to repeat?",
    ):
        assert classify_question(text).kind == "open", text
    # a yes or no after the open part still narrows it
    for text in ("What got in the way, was it the rota?", "How did it go, would a pilot help?"):
        assert classify_question(text).kind == "closed", text


@pytest.mark.parametrize(
    "text",
    [
        "How many times do I have to explain the rota?",
        "Since you're not exactly the patient sort, what would help you stay calm?",
        "How come you're always so touchy about feedback?",
    ],
)
def test_exasperation_or_a_label_in_a_question_is_hostile(text):
    assert "hostile" in classify_question(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "How many times a week do you use the tool?",
        "How come you're so good with the new starters?",
    ],
)
def test_counting_or_praise_is_not_hostile(text):
    assert "hostile" not in classify_question(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "Wouldn't it make sense for you to run the stocktake, Jo?",
        "It would make sense for you to lead the audit, wouldn't it?",
        "I've come to the conclusion that the best way forward is for you to take the Leeds desk.",
        "Ana's off, so I've moved her deliveries onto your rota for Friday. Shout if it's bad.",
        "It's your turn for the fire checks. You'll start on Monday.",
        "Would you lead the briefing? It'd be a chance to finally do something useful.",
        "After all I've done for you, you can cover Sunday.",
        "Since you enjoy the phones so much, maybe take the late calls?",
        "Can you do the float tonight? Great, that's sorted.",
    ],
)
def test_a_decision_dressed_up_or_a_dig_is_not_partnering(text):
    result = analyze_request(text)
    assert ANALYZERS["request"].meets(result, {"style": "partnering"}) is False, result


@pytest.mark.parametrize(
    "text",
    [
        "Would it make sense for you to take the Leeds account? You know them best.",
        "Is Thursday doable for the stock count?",
        "Would you present at the regional? It'd get your name in front of the directors.",
        "Fancy running stand-up? It's a chance to show the leadership team what you can do.",
    ],
)
def test_real_asks_and_their_gain_stay_partnering(text):
    result = analyze_request(text)
    assert result.style == "partnering" and not result.flags & ANALYZERS["request"].faults, result


def test_their_gain_as_visibility_counts():
    result = analyze_request(
        "Would you present at the regional? It'd get your name in front of the directors."
    )
    assert ANALYZERS["request"].missing(result, ["their-gain"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sam, honestly you're unreliable. Two Mondays in a row. Fix it.",
        "If the float is short one more time, I'll take the till off you.",
        "Great work on the rota again. The team loved having to swap shifts twice.",
        "Thanks for telling me the client moved the meeting. Oh wait, you didn't.",
    ],
)
def test_a_label_a_threat_or_sarcasm_is_harsh(text):
    assert analyze_candor(text).verdict == "harsh", analyze_candor(text)


def test_slack_the_app_is_not_a_label():
    text = "On Monday's demo you shared your screen with Slack open. Can you close it next time?"
    assert "labels" not in analyze_candor(text).issues


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("Jo, I have to say the Monday report has been late.", "impact"),
        ("I know it's been busy, if that makes sense, and the rota's fine.", "impact"),
        ("Maybe it was a bit late once or twice?", "situation"),
        ("I'm at the end of my rope with the rota.", "situation"),
    ],
)
def test_filler_words_are_not_quoted_as_elements(text, element):
    assert element not in analyze_candor(text).elements


def test_enduring_it_is_no_step():
    result = analyze_framing("I'll keep putting up with the noise from the yard, I suppose.")
    assert result.stance == "reactive" and "makes_do" in result.flags, result


def test_a_complaint_named_to_move_past_it_does_not_end_on_a_limit():
    result = analyze_framing(
        "I'll meet the supplier on Tuesday to fix the labels instead of just moaning about them."
    )
    assert result.stance == "proactive" and result.sure, result
    assert not any("out of reach" in cue for cue in result.cues)


def test_softeners_called_too_soft_are_not_also_praised():
    result = analyze_request("Could you maybe look at the rota sometime, whenever really?")
    assert any("so soft that nothing is asked yet" in cue for cue in result.cues), result
    assert not any("leaves room to disagree" in cue for cue in result.cues), result.cues


def test_a_harsh_phrase_is_explained_not_just_named():
    result = analyze_candor("The client walked out because of you. Sort it out.")
    harsh = [cue for cue in result.cues if "harsh" in cue]
    assert harsh and all("not at what happened" in cue for cue in harsh), result.cues


def test_one_harsh_phrase_is_quoted_once():
    cues = analyze_candor("You never send it on time. Do you even care? Fix it.").cues
    quoted = [cue.split("”")[0] for cue in cues if cue.startswith("“")]
    assert not any(a != b and a in b for a in quoted for b in quoted), cues
