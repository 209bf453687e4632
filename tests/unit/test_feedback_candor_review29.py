"""Candor reading after the fifth blind trainer review (review 29): a check planned together is
no jab, "I'm asking to…" asks, a threat to their job is harsh, asking leave to speak is not the
ask, and the reasons that did not fit (sarcasm called hedged, "a crazy month" called a jab, "in
this team" as a moment, what it led to as what was done, "Fridays" cut from "the last three
Fridays"). Each kind with phrasings the review did not use, and the near misses that must stay
as they were."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor

MOMENT = "On Monday the release notes listed the wrong version and two customers emailed me. "


# "Read it before the next one" told to a person stays a jab; asked, or planned together, a
# check before the next one is a request.
@pytest.mark.parametrize(
    "ask",
    [
        "Can we go over the figures together before the next one?",
        "Could you check with me before the next release?",
        "Shall we look at the checklist before the next release?",
    ],
)
def test_a_check_before_the_next_one_asked_or_planned_together_is_no_jab(ask):
    result = analyze_candor(MOMENT + ask)
    assert result.verdict == "straight", result
    assert not {"labels", "harsh"} & result.issues
    assert "request" in result.elements


@pytest.mark.parametrize(
    ("ask", "words"),
    [
        ("Read the docs before the next release.", "Read the docs before the next"),
        ("Could you at least read the checklist before replying?", "Could you at least"),
        ("Can we check the numbers together? You know who you are.", "You know who you are"),
    ],
)
def test_a_jab_told_or_beside_a_joint_plan_is_still_a_jab(ask, words):
    result = analyze_candor(MOMENT + ask)
    assert result.verdict == "harsh" and "labels" in result.issues
    assert result.words["labels"] == words


@pytest.mark.parametrize(
    ("ask", "words"),
    [
        ("I'm asking that changes come with a week's notice.", "I'm asking that changes"),
        ("I am asking you to talk to us first.", "I am asking you to talk to us first"),
        ("I'm only asking to be told before the rota changes.", "I'm only asking to be told"),
    ],
)
def test_im_asking_to_or_that_is_a_request(ask, words):
    result = analyze_candor(MOMENT + ask)
    assert "request" in result.elements and not result.flags
    assert result.words["request"].startswith(words)


def test_asking_around_is_no_request():
    result = analyze_candor(MOMENT + "I'm asking around to see if others noticed.")
    assert "request" not in result.elements and "asks_nothing" in result.flags


# Their job held over the request is a threat, however it is worded.
@pytest.mark.parametrize(
    ("ask", "words"),
    [
        ("Please get it in on time, otherwise I'll need to rethink your role here.",
         "otherwise I'll need to rethink your role"),
        ("Be on time from now on or I'll have to review your contract.",
         "or I'll have to review your contract"),
        ("If it happens again your job is on the line.", "your job is on the line"),
        ("Fix it, or else we will have a serious conversation about your future.",
         "or else we will have a serious conversation about your future"),
    ],
)  # fmt: skip
def test_a_threat_to_their_job_is_harsh(ask, words):
    result = analyze_candor(MOMENT + ask)
    assert result.verdict == "harsh" and "threat" in result.issues
    assert result.words["threat"] == words


@pytest.mark.parametrize(
    "ask",
    [
        "Can we talk about your role on the account next week?",
        "I'd love to hear where you see your future here, and could you send the fix by Friday?",
    ],
)
def test_talking_about_their_role_or_future_is_no_threat(ask):
    result = analyze_candor(MOMENT + ask)
    assert "threat" not in result.issues and result.verdict == "straight", result


# Asking leave to speak comes before the point: it is not the ask, and a message with nothing
# else asks nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Sam, can I be honest? " + MOMENT,
        "Can I be frank about Monday? The release notes listed the wrong version and two "
        "customers emailed me.",
        "Could I be blunt with you for a moment? " + MOMENT,
    ],
)
def test_asking_leave_to_speak_alone_asks_nothing(text):
    result = analyze_candor(text)
    assert "request" not in result.elements and "asks_nothing" in result.flags


def test_after_asking_leave_the_real_ask_is_quoted():
    result = analyze_candor(
        "Can I be direct about the release? " + MOMENT + "Could you run the checklist first?"
    )
    assert result.words["request"] == "Could you run the checklist first"


# Sarcasm: praise for what went wrong, and pleasure in a hardship.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Nice work changing the deadline on Friday, we all enjoy working weekends.",
         "Nice work changing the deadline"),
        ("Brilliant job losing the keys again.", "Brilliant job losing"),
        ("The team just loves night shifts, so thanks.", "just loves night shifts"),
    ],
)  # fmt: skip
def test_sarcasm_is_harsh_not_hedged(text, words):
    result = analyze_candor(text)
    assert result.verdict == "harsh" and "sarcasm" in result.issues
    assert result.words["sarcasm"] == words


def test_sincere_praise_and_liking_the_work_are_no_sarcasm():
    for text in (
        "Great job on the launch on Monday. Could you send the notes round?",
        "The team loves working with you. " + MOMENT + "Could you check with us first?",
    ):
        result = analyze_candor(text)
        assert "sarcasm" not in result.issues and result.verdict == "straight", result


@pytest.mark.parametrize(
    "opening",
    ["It's been a crazy week.", "Things have been crazy busy this quarter.", "Crazy few days!"],
)
def test_a_crazy_week_is_no_jab(opening):
    result = analyze_candor(f"{opening} {MOMENT}Could you check the version next time?")
    assert not {"harsh", "labels"} & result.issues, result


def test_crazy_about_their_work_is_still_harsh():
    result = analyze_candor("Your plan is crazy. Could you redo it by Friday?")
    assert result.verdict == "harsh"


@pytest.mark.parametrize(
    "text",
    [
        "Some people in our company need to step up. Please do more.",
        "Everyone in the department knows about it. Could you sort it out?",
    ],
)
def test_who_is_not_when(text):
    assert "situation" not in analyze_candor(text).elements


def test_in_the_meeting_is_still_a_moment():
    result = analyze_candor("In the meeting you cut Aisha off twice. Please let her finish.")
    assert result.words["situation"] == "In the meeting"


@pytest.mark.parametrize(
    ("text", "led_to"),
    [
        ("The supplier had to chase me twice.", "The supplier had to chase"),
        ("On Tuesday the nurses had to redo the charts.", "the nurses had to redo"),
    ],
)
def test_had_to_is_what_it_led_to_not_what_was_done(text, led_to):
    result = analyze_candor(text + " Could you send it on time?")
    assert result.words["impact"].startswith(led_to)
    assert led_to not in result.words.get("behaviour", "")


def test_the_report_had_errors_is_still_what_was_done():
    result = analyze_candor("On Monday the report had two errors. Could you check it?")
    assert "behaviour" in result.elements


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("Ruth, the rota was wrong on each of the last two Mondays.",
         "on each of the last two Mondays"),
        ("Over the past three weeks the notes were missing.", "Over the past three weeks"),
        ("The van left unchecked four Mondays running.", "four Mondays running"),
        ("The order was short three Fridays in a row.", "three Fridays in a row"),
    ],
)  # fmt: skip
def test_a_run_of_days_is_quoted_whole_not_as_a_single_word(text, moment):
    assert analyze_candor(text + " Could you check it?").words["situation"] == moment
