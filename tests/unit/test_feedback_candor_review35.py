"""Candor reading after the eighth blind trainer review (review 35) and a browser walkthrough:
a hint instead of the point ("I'm sure you know why", "You know what you did") is harsh; a verdict
on their character ("your attitude is a problem", "be more of a team player") is a label and no
ask; "you need to…" is not what they did; and ordinary ways of saying what it led to ("she stopped
talking", "they phoned me to ask", "one of them waited three hours") are read as the effect.
Each kind with phrasings the review did not use, and the near misses that must stay as they
were."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor

ASK = " Can we agree a check before anything goes out?"


@pytest.mark.parametrize(
    "text",
    [
        "Priya, the auditor rang on Monday. I think you know why. Let's make it the last time.",
        "I've heard things about the night shift. You know what this is about.",
        "People are talking about how the float went missing. We both know why.",
        "The Tuesday delivery, again. Need I say more?",
        "Last week's handover — let's not let that happen again, shall we?",
    ],
)
def test_a_hint_instead_of_the_point_is_harsh(text):
    result = analyze_candor(text)
    assert result.verdict == "harsh", result
    assert "insinuation" in result.issues
    assert any("hints instead of saying it" in cue for cue in result.cues)
    assert any("a hint leaves them to guess" in tip for tip in result.tips)


@pytest.mark.parametrize(
    "text",
    [
        # knowing something is no hint when the point follows
        "You know the Henley account better than anyone, so on Friday's call you took the lead "
        "and the client agreed the price. Could you do the same for Leeds?",
        "You know what happened at Tuesday's stand-up with the deploy, but let me say it plainly: "
        "you pushed without a review and the site was down for an hour." + ASK,
        "Tell me if you know why the counts differ: on Monday the float was £20 short." + ASK,
    ],
)
def test_knowing_something_is_no_hint(text):
    result = analyze_candor(text)
    assert "insinuation" not in result.issues, result
    assert result.verdict == "straight"


@pytest.mark.parametrize(
    "text",
    [
        "Your attitude at the stand-ups has been a real problem lately.",
        "You need to be more of a team player.",
        "Honestly you're not a team player, and you should be more professional with clients.",
        "Please be more positive in meetings.",
        "You have to change your attitude.",
    ],
)
def test_a_verdict_on_their_character_is_a_label_and_no_ask(text):
    result = analyze_candor(text)
    assert result.verdict == "harsh", result
    assert "labels" in result.issues
    assert "request" not in result.elements
    assert "asks_nothing" in result.flags


@pytest.mark.parametrize(
    "text",
    [
        "Please be more careful with the float count; on Monday it was £20 short.",
        "The results would be more reliable with a larger sample. Could you add the March data?",
        "In Thursday's meeting you asked the new starters for their ideas first, and they all "
        "spoke. Could you do that at every team meeting?",
    ],
)
def test_asking_for_a_way_of_working_is_no_label(text):
    result = analyze_candor(text)
    assert "labels" not in result.issues, result
    assert "request" in result.elements


@pytest.mark.parametrize("need", ["You need to", "you need to", "You really need to"])
def test_you_need_to_is_not_what_they_did(need):
    result = analyze_candor(f"{need} send the rota on time.")
    assert "behaviour" not in result.elements, result


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("In Tuesday's review you cut Ana off twice and she stopped talking.", "stopped talking"),
        (
            "When you replied-all on Friday, the sales team stopped sending me their numbers.",
            "stopped sending",
        ),
        (
            "On Monday you skipped the briefing and we never heard the safety update.",
            "we never heard",
        ),
        (
            "Yesterday you talked over me and I didn't get to make the case for the budget.",
            "didn't get to",
        ),
        (
            "This morning the handover sheet was missing and the day staff couldn't start meds.",
            "staff couldn't",
        ),
        (
            "Last Friday the report went out after 5 and they phoned me to ask where it was.",
            "they phoned me",
        ),
        (
            "Yesterday you moved two patients to the afternoon list; one of them waited three "
            "hours fasting.",
            "waited three hours",
        ),
        (
            "On Thursday the checklist wasn't signed and we opened the house fifteen minutes late.",
            "fifteen minutes late",
        ),
        (
            "The report was late three Fridays running; it's making us look unreliable.",
            "making us look",
        ),
        ("On Monday the rota changed again and my team work late three nights.", "work late"),
    ],
)
def test_ordinary_ways_of_saying_what_it_led_to(text, effect):
    result = analyze_candor(text + ASK)
    assert "impact" in result.elements, result
    assert effect.lower() in result.words["impact"].lower()
    assert not any("what it led to" in tip for tip in result.tips)


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday you stopped answering the client's emails.",  # what they did, not an effect
        "Last week you were twenty minutes late to the briefing.",
        "If the staff couldn't reach you, what would happen?",
    ],
)
def test_what_they_did_is_not_read_as_the_effect(text):
    result = analyze_candor(text)
    assert "impact" not in result.elements, result


def test_a_topic_hinted_and_dropped_after_praise_is_hedged():
    result = analyze_candor(
        "Ruth, you're great with clients, the best we have. Anyway, the Monday numbers, eh?"
    )
    assert result.verdict == "hedged", result
    assert "takes_back" in result.issues


@pytest.mark.parametrize(
    "text",
    [
        "The client report has missed the Friday slot three weeks running.",
        "The night team skipped the 2am check on Tuesday.",
        "On Tuesday's run the van came back with the fuel light on.",
        "The hire car came back dirty on Monday.",
    ],
)
def test_a_thing_that_missed_or_came_back_wrong_is_what_a_camera_saw(text):
    result = analyze_candor(text + ASK)
    assert "behaviour" in result.elements, result
    assert not any("as a camera" in tip for tip in result.tips)


def test_came_back_alone_is_no_behaviour():
    assert "behaviour" not in analyze_candor("Sam came back to me on Friday.").elements
