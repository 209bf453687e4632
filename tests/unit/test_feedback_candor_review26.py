"""Candor reading after the fourth blind trainer review (review 26): words the learner reports
from someone else, a harsh verdict that names its words, the point made small ("nothing
serious"), and quotes that say what the learner wrote. Each kind with phrasings the review did
not use, and the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor

PLAN = " Can we talk before Friday about how to handle it?"


# What someone else said, in quotes after told/said/called/shouted/wrote, is a camera's view of
# what happened, not the learner's label.
@pytest.mark.parametrize(
    "text",
    [
        "coach P - last saturday you told the U14s they were 'useless' at half time, two parents "
        "complained and one kid wants to quit. i need you to keep the talks about what to fix. "
        "can we talk before tuesday training?",
        'On Monday you called the supplier "clueless" in the email to their boss, and they '
        "phoned me to complain." + PLAN,
        "In yesterday's huddle you shouted 'you never listen!' at Priya, and she went quiet for "
        "the rest of the shift." + PLAN,
        "On the call this morning you said the client's brief was \u201ca joke\u201d, and the "
        "client asked me afterwards who was in charge." + PLAN,
    ],
)
def test_words_reported_from_someone_else_are_not_the_learners_jab(text):
    result = analyze_candor(text)
    assert result.verdict == "straight", result
    assert not {"labels", "harsh", "absolutes"} & result.issues


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Your report on Monday was 'useless'. Please redo it by Friday.", "useless"),
        ("You told the team on Monday that you were sick of their useless excuses." + PLAN,
         "useless"),
        ("On Monday you were rude to the client, they said 'fine' and hung up." + PLAN, "rude"),
    ],
)  # fmt: skip
def test_the_learners_own_label_stays_harsh_quoted_or_not(text, words):
    result = analyze_candor(text)
    assert result.verdict == "harsh"
    assert any(f"“{words}”" in cue for cue in result.cues[:4]), result.cues


# A harsh verdict names its words among the first lines the learner reads (the widget shows 4).
@pytest.mark.parametrize(
    "text",
    [
        "Yesterday at the 9am stand-up you told the client the release was done, and it wasn't, "
        "so the client escalated. You're useless at this. Can you check with me first next time?",
        "On Friday your handover notes were blank, so the night team had to guess. You always do "
        "this. Please fill them in before you leave.",
    ],
)
def test_a_harsh_verdict_names_what_made_it_harsh_first(text):
    result = analyze_candor(text)
    assert result.verdict == "harsh"
    assert any(("harsh" in cue or "jab" in cue or "always" in cue) for cue in result.cues[:2])


# "liability" is contract language; "a liability" is a label.
def test_a_liability_cap_is_no_label_but_calling_them_a_liability_is():
    plain = analyze_candor(
        "Frau Weber, on 3 May the contract draft went to the client without my review, and it "
        "had the wrong liability cap. We had to send a correction, which was awkward. From now "
        "on I'd like to see every draft before it goes. Would Thursday afternoons work for "
        "reviews?"
    )
    assert plain.verdict == "straight", plain
    assert any(cue.startswith("“on 3 May”") for cue in plain.cues), plain.cues
    assert any(cue.startswith("“it had the wrong liability cap”") for cue in plain.cues)
    jab = analyze_candor("On Monday you sent the draft unchecked. You're a liability." + PLAN)
    assert jab.verdict == "harsh"


# The point made small after it is made: "nothing serious", "not a big issue really".
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Helen, thanks for everything this month, the team loves working for you! There's the "
         "odd late night but nothing serious.", "nothing serious"),
        ("Tom, on Tuesday the till was £40 short at close. Not a big issue really, can you "
         "double-count tonight?", "Not a big issue really"),
        ("Ruth, the report was late on Monday and Thursday, but it's nothing major. Could you "
         "send it by 9 next week?", "nothing major"),
        ("Sam, you missed the safety briefing on Friday. Nothing to worry about, but please "
         "come next time.", "Nothing to worry about"),
    ],
)  # fmt: skip
def test_the_point_made_small_takes_it_back(text, words):
    result = analyze_candor(text)
    assert result.verdict == "hedged" and "takes_back" in result.issues
    assert any(cue.startswith(f"“{words}") for cue in result.cues[:2]), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the server went down for two hours and nothing serious was lost, but the "
        "client noticed. Can we review the alerts together on Thursday?",
        "Last week you were the odd one out at the planning meeting, and the team noticed. Can "
        "we talk on Friday about how to bring you in?",
    ],
)
def test_nothing_serious_about_a_fact_or_the_odd_one_out_does_not_take_it_back(text):
    result = analyze_candor(text)
    assert "takes_back" not in result.issues
    assert "hedging" not in result.issues


# Quotes say the learner's own words, whole, and the cue names what they do.
@pytest.mark.parametrize(
    ("text", "quote", "why"),
    [
        ("Anna, you did a fantastic job on the fundraiser! Could you talk me through the count?",
         "you did a fantastic job", "describes what was done"),
        ("Helen, I want to raise something. The deadline was brought forward twice this month, "
         "and last week we worked three late nights. What would you think of a quick call with "
         "me before any future change?", "What would you think of a quick call",
         "asks for something"),
        ("Helen, can I be straight with you? When the date moved last week, the team worked "
         "until 10 three nights running. Next time, please talk to me first so we can plan it "
         "together.", "please talk to me first", "asks for something"),
        ("Kenji, at yesterday's stand-up you said the migration was done, but 14 tickets came "
         "in about broken logins this morning. What would help you flag risks?",
         "14 tickets came in about broken logins", "says what it led to"),
        ("Ola, yesterday the delivery was signed for without checking it and we found two "
         "pallets missing. Please check every delivery against the note from today.",
         "found two pallets missing", "says what it led to"),
        ("Helen, the deadline moved twice this month without me being asked. Can we agree "
         "changes go through me first?", "twice this month", "says when and where"),
    ],
)  # fmt: skip
def test_quotes_are_whole_and_name_what_they_do(text, quote, why):
    result = analyze_candor(text)
    assert f"“{quote}”: {why}" in result.cues, result.cues
    assert not any(tip.startswith("Say what it led to") for tip in result.tips) or (
        why != "says what it led to"
    )


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Helen, I was wondering if we could have a chat some time about how things are going?",
         "“could have a chat”: says what it led to"),
        ("Jonas, you're always interrupting people. It's rude and everyone has noticed. Stop it.",
         "“noticed”: says what it led to"),
        ("Helen, can I be straight with you? When the date moved last week, the team worked "
         "until 10. Next time, please talk to me first.",
         "“can I be straight with you”: asks for something"),
    ],
)  # fmt: skip
def test_cues_do_not_name_the_wrong_thing(text, wrong):
    assert wrong not in analyze_candor(text).cues


def test_a_soft_wondering_ask_is_named_as_soft():
    result = analyze_candor(
        "Helen, I was wondering if we could have a chat some time about how things are going?"
    )
    assert result.verdict == "hedged"
    assert any("so softly" in cue for cue in result.cues), result.cues


def test_asking_leave_to_speak_alone_asks_for_nothing():
    result = analyze_candor("Can I be honest with you? On Monday you were 20 minutes late.")
    assert "request" not in result.elements
    assert "asks_nothing" in result.flags


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("On Monday you skipped the check and we could have lost the client." + PLAN,
         "could have lost"),
        ("Yesterday the client noticed the error before we did." + PLAN, "the client noticed"),
    ],
)  # fmt: skip
def test_what_could_have_happened_or_others_noticed_still_says_what_it_led_to(text, effect):
    result = analyze_candor(text)
    assert "impact" in result.elements
    assert any(cue.startswith(f"“{effect}") and "led to" in cue for cue in result.cues)


def test_the_walkthroughs_messages_are_read_for_what_they_say():
    """From a learner's walkthrough in the browser: the ask is not "maybe just me", going quiet
    is what it led to, a report that reached me late is what was done."""
    soft = analyze_candor(
        "Hi Ruth, sorry to bother you, it is probably nothing and maybe just me, but I was kind "
        "of wondering if the report could maybe be a little earlier sometimes?"
    )
    assert not any(cue.startswith("“maybe just me") for cue in soft.cues), soft.cues
    quiet = analyze_candor(
        "In Monday planning Marco cut Aisha off twice and she did not speak again for the rest "
        "of the meeting. Can we talk about it this afternoon?"
    )
    assert {"behaviour", "impact", "request"} <= quiet.elements and not quiet.tips, quiet
    late = analyze_candor(
        "Ruth, the weekly report has reached me late on each of the last three Fridays, and the "
        "client called me about it. Can we talk today?"
    )
    assert "behaviour" in late.elements and not late.tips, late
