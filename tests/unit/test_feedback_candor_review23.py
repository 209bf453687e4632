"""Review 23 (candor): quotes cut mid-phrase, praise and hedges read as asks, threats and
sarcasm passed as straight, a ✔ for a message that asks for nothing, and tips that ask for what
the message already says. Each kind is tested with phrasings beyond the review's own."""

from __future__ import annotations

import pytest

from coachlab.content import load_lesson
from coachlab.feedback import ANALYZERS, analyze_candor
from coachlab.feedback.candor import DANGLING
from coachlab.widgets import build

STRAIGHT = {"verdict": "straight"}
SOFT = "asks, but so softly it is easy to miss"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Last Friday the report was late and the client rang me. Can you send it by Thursday "
            "noon, or tell me what's in the way?",
            "Can you send it by Thursday noon",
        ),
        (
            "On Monday the rota went out late and two nurses swapped shifts by mistake. What would "
            "help you get it done sooner?",
            "What would help you get it done sooner",
        ),
        (
            "Twice this week the van left without the crates checked. Could we agree a time it "
            "goes out, and what do you need from me?",
            "Could we agree a time it goes out",
        ),
        (
            "You were late to the stand-up on Tuesday and Thursday, so the team waited. Next "
            "time, could you message me before the call starts, or dial in from your phone?",
            "could you message me before the call starts",
        ),
        ("You're always late with the rota. Sort it out by Friday.", "Sort it out by Friday"),
    ],
)
def test_the_ask_is_quoted_to_the_end_of_its_clause(text, quote):
    assert analyze_candor(text).words["request"] == quote


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the report was late. Would you be willing to give me a day's notice and a "
        "chance to say what is doable for the team?",
        "Yesterday the float was short by ten pounds. Could you count it with the supervisor "
        "every evening before you lock the till and go home?",
        "In Tuesday's call you spoke over Amira twice. Can you let her finish her points in the "
        "next meeting with the board before you come in with yours?",
    ],
)
def test_a_long_ask_is_cut_on_a_word_that_means_something(text):
    quote = analyze_candor(text).words["request"]
    assert quote.split()[-1].lower() not in DANGLING, quote
    assert len(quote.split()) <= 12


@pytest.mark.parametrize(
    "text",
    [
        "You're doing brilliant work with the client. The report thing is nothing serious. "
        "Keep it up!",
        "Great month on the ward, honestly. Keep up the good work.",
        "The rota looked great this week. Keep doing what you're doing!",
    ],
)
def test_praise_is_no_ask(text):
    result = analyze_candor(text)
    assert "request" not in result.elements
    assert "asks_nothing" in result.flags
    assert not any("asks for something" in cue for cue in result.cues)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Hey, sorry, it's probably nothing, but maybe the rota could come out a bit sooner? "
            "No big deal!",
            "maybe the rota could come out a bit sooner",
        ),
        (
            "I just wanted to say, and it's not a big deal, that maybe sometimes the handover "
            "could start on time?",
            "maybe sometimes the handover could start on time",
        ),
    ],
)
def test_a_hedged_ask_is_quoted_as_the_ask_and_not_as_a_plain_one(text, quote):
    result = analyze_candor(text)
    assert result.verdict == "hedged"
    assert f"“{quote}”: {SOFT}" in result.cues
    assert not any("asks for something" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "The report was late three Fridays running and the client called me last Friday. If it "
        "happens again, it goes in your file.",
        "The deadline has moved twice this month and we worked late three nights. If this "
        "happens again, I'll take it to HR.",
        "The deadline moved twice this month. If it happens again I'll go over your head.",
        "You missed the safety sign-off on Monday and the audit flagged it. Next time there "
        "will be consequences.",
        "The till was short again on Saturday. This is your final warning.",
    ],
)
def test_a_threat_is_harsh_and_never_gets_a_tick(text):
    result = analyze_candor(text)
    assert result.verdict == "harsh"
    assert "threat" in result.issues
    assert ANALYZERS["candor"].meets(result, STRAIGHT) is False
    assert result.tips[0].startswith("Ask for the change you need instead of a threat")


@pytest.mark.parametrize(
    "text",
    [
        "We never got the files for the March audit and the auditor flagged it. Can you chase "
        "them today? If there's a blocker, let me know and I'll escalate.",
        "The batch job hung on Tuesday and the reports were late. Please check it today, or "
        "I'll kill the job and rerun it myself.",
    ],
)
def test_help_and_work_talk_are_no_threat(text):
    result = analyze_candor(text)
    assert "threat" not in result.issues
    assert result.verdict == "straight"


@pytest.mark.parametrize(
    "text",
    [
        "In last Tuesday's meeting you took credit for my analysis in front of the director.",
        "You moved the deadline twice this month without asking me, and the team worked late "
        "three nights last week because of it.",
        "On Friday the walk-in door was left open at close and we threw out the fish.",
    ],
)
def test_a_plain_message_that_asks_for_nothing_gets_no_tick_and_says_why(text):
    result = analyze_candor(text)
    assert result.verdict == "straight"
    assert "asks_nothing" in result.flags
    assert ANALYZERS["candor"].meets(result, STRAIGHT) is False
    assert "End with what you are asking for, or ask how you can solve it together." in (
        result.tips
    )


@pytest.mark.parametrize(
    "exercise", ["candid-message", "your-straight-message", "practice-straight-upward"]
)
def test_every_candor_exercise_asks_for_a_request_and_its_check_says_it_is_missing(exercise):
    spec = load_lesson("09").exercise(exercise)
    assert spec.analyzer == "candor"
    assert "asking" in spec.prompt  # what the fault rests on: each prompt asks for a request
    result = build(spec)._check(
        "In Monday's handover you cut across me twice, and two of the night staff asked me "
        "afterwards who was in charge."
    )
    assert result.correct is False
    assert "does not ask for something they can do yet" in result.feedback
    asked = build(spec)._check(
        "In Monday's handover you cut across me twice, and two of the night staff asked me "
        "afterwards who was in charge. Next time, could you hold your points until I've "
        "finished?"
    )
    assert asked.correct is True


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the surprise rota changes this month - the team really enjoyed their "
        "double shifts.",
        "Thanks so much for letting me find out about the merger from the local paper.",
        "Apparently the safety briefing is optional for you now.",
        "Since when are Monday deadlines optional?",
        "The kitchen staff just loved all that unpaid overtime last weekend.",
        "Glad you could finally make it to the stand-up on Thursday.",
    ],
)
def test_sarcasm_is_harsh(text):
    result = analyze_candor(text)
    assert result.verdict == "harsh", result
    assert "sarcasm" in result.issues
    assert any("sarcasm" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for staying late on Tuesday, it saved the launch. Could you log the hours?",
        "The team really enjoyed the workshop last Friday. Can we run it again in May?",
        "Thanks for the heads-up on Friday about the delivery. Please keep doing that.",
        "On Monday you did a great job with the fire drill. Could you brief the new starters?",
    ],
)
def test_sincere_thanks_stays_sincere(text):
    result = analyze_candor(text)
    assert "sarcasm" not in result.issues
    assert result.verdict == "straight"


@pytest.mark.parametrize(
    "text",
    [
        "In Monday's handover you cut across me, and two of them asked me afterwards who was "
        "in charge.",
        "Last Wednesday you shouted at the apprentice, and afterwards she was in tears.",
        "On the ward round you questioned my dose in front of him, and he refused the tablets.",
        "On Tuesday the eggs went out unchecked and the shop rejected 40 dozen.",
        "When you left the gate open on Sunday, the dog got into the kitchen.",
        "When the deadline moved up last Monday, the team worked till midnight twice.",
    ],
)
def test_ordinary_ways_of_saying_an_effect_count_as_what_it_led_to(text):
    result = analyze_candor(text)
    assert "impact" in result.elements
    assert "Say what it led to: for the work, the client or the team." not in result.tips


@pytest.mark.parametrize(
    "text",
    [
        "The weekly rota has gone out late on each of the last three Mondays.",
        "Twice this month the deadline came forward without a conversation.",
        "On Friday the client rang because the order hadn't arrived.",
        "The stock count's been late three weeks in a row.",
        "Two deadline moves this month and three late nights last week.",
    ],
)
def test_what_happened_without_a_you_is_still_what_was_done(text):
    result = analyze_candor(text)
    assert "behaviour" in result.elements
    assert "Describe what they did, as a camera would have seen it." not in result.tips


@pytest.mark.parametrize(
    "ask",
    [
        "Please don't do that again.",
        "Please don't leave it open again.",
        "Never prop the fire door open.",
        "I ask you to speak with me before you change a date.",
        "I ask that you check the log before you sign.",
    ],
)
def test_bans_and_i_ask_you_are_requests(ask):
    result = analyze_candor(f"On Sunday you left the gate open and the sheep got out. {ask}")
    assert "request" in result.elements
    assert result.words["request"] == ask.rstrip(".")


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("I've noticed some issues with timeliness lately.", "impact"),
        ("We have noticed the reports lately.", "impact"),
        (
            "This month the deadline changed twice. I ask you to speak with me first, so we "
            "can plan together.",
            "impact",
        ),
        ("Last week the rota changed, so the team can plan better now.", "impact"),
    ],
)
def test_noticing_and_a_purpose_are_not_what_it_led_to(text, element):
    assert element not in analyze_candor(text).elements


def test_a_result_after_so_is_still_what_it_led_to_and_is_quoted():
    result = analyze_candor(
        "This month the deadline changed twice and my team worked until late three evenings. "
        "I ask you to speak with me first, so we can plan together."
    )
    assert result.words["impact"] == "worked until late"
    assert "“so we can plan”" not in " ".join(result.cues)
    assert analyze_candor("They arrived on Tuesday, so we missed the cut-off.").words["impact"] == (
        "so we missed"
    )


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("From now on, please copy me in on anything that hits my budget.", "please copy me in"),
        ("Next time, please loop me in before the date moves.", "please loop me in"),
        ("Going forward, let me know before a deadline changes.", "let me know"),
        ("In future, copy me in on anything over a thousand pounds.", "copy me in"),
    ],
)
def test_a_standing_rule_that_says_when_first_still_asks(text, asks):
    result = analyze_candor(text)
    assert "request" in result.elements and "asks_nothing" not in result.flags, result
    assert result.words["request"].lower().startswith(asks)
