"""Walkthrough 54 (a learner in the browser, lessons 04, 07, 09 and 10): the lessons' own
examples typed into the exercises, and what a trainer would say of the feedback."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_request, classify_question


def test_the_lessons_harsh_line_reads_harsh():
    """Lesson 09's Jun is tempted to say "You're cutting corners" (harsh)."""
    result = analyze_candor("You're cutting corners.")
    assert result.verdict == "harsh", result
    assert result.words["labels"] == "You're cutting corners"


def test_the_lessons_upward_message_reads_straight():
    """Lesson 09's Selin, to her own boss: the moment, what it led to, a request."""
    result = analyze_candor(
        "The last three briefs came to me the day before kickoff, and the team worked two "
        "weekends to catch up. Could we agree that briefs reach me at least a week before kickoff?"
    )
    assert result.verdict == "straight", result
    assert {"situation", "behaviour", "impact", "request"} <= result.elements, result


@pytest.mark.parametrize(
    ("text", "impact"),
    [
        ("On Saturday the walk-in cooler was left open at close, and we threw out $300 of stock. "
         "Please check the door is shut before you leave.", "we threw out"),
        ("The last two handovers from your shift had no notes on the open orders, and on Tuesday "
         "we shipped a pallet twice. Can we agree a checklist?", "we shipped a pallet twice"),
    ],
)  # fmt: skip
def test_what_it_cost_is_what_it_led_to(text, impact):
    result = analyze_candor(text)
    assert result.words["impact"] == impact, result.words
    assert not any(tip.startswith("Say what it led to") for tip in result.tips), result.tips


def test_a_fault_in_the_work_is_what_was_done_not_your_shift():
    result = analyze_candor(
        "The last two handovers from your shift had no notes on the open orders. Can we agree a "
        "checklist?"
    )
    assert result.words["behaviour"] == "handovers from your shift had no notes"


@pytest.mark.parametrize(
    "text",
    [
        "Ruth, the report has been late lately. Please send it on time.",
        "Ruth, your report has been late a lot lately. Sort it out.",
        "The stock counts have been wrong recently, which costs us. Please recount.",
    ],
)
def test_lately_with_no_moment_is_vague(text):
    result = analyze_candor(text)
    assert "vagueness" in result.issues and result.verdict != "straight", result


def test_lately_beside_a_moment_is_not_vague():
    result = analyze_candor(
        "Last Friday the report reached the client at six, and lately that has happened a lot. "
        "Could we agree Thursday noon?"
    )
    assert "vagueness" not in result.issues, result


def test_flaky_tests_are_not_a_label():
    result = analyze_candor(
        "Jun, in yesterday's retro you cut Hana off twice and she didn't speak again after. We "
        "lost her input on the flaky tests. Can you let her finish next time?"
    )
    assert result.verdict == "straight" and "labels" not in result.issues, result
    assert analyze_candor("You're flaky and everyone knows it.").verdict == "harsh"


def test_one_phrase_with_two_faults_is_quoted_once_with_one_tip_for_it():
    """ "Wouldn't it be better" was quoted twice, as advice and as leading, with a tip for each."""
    result = classify_question("Wouldn't it be better to just ask Sam for help with the reports?")
    assert {"advice", "leading"} <= result.flags
    quoted = [cue for cue in result.cues if cue.startswith("“Wouldn't it be better”")]
    assert quoted == [
        "“Wouldn't it be better”: suggests the answer you want; offers your solution instead of "
        "asking for theirs"
    ]
    assert not any(tip.startswith("Drop the hint") for tip in result.tips), result.tips


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Would you like to work this weekend, or would you like to explain to the director why "
         "the order is late?", "on_the_defensive"),
        ("You can either do the report tonight or over the weekend, your choice. It needs to be "
         "on my desk Monday.", "takes_the_choice"),
        ("Saturday or Sunday, up to you. One of them is happening either way.",
         "takes_the_choice"),
    ],
)  # fmt: skip
def test_a_choice_that_is_no_choice_gets_no_tick(text, flag):
    result = analyze_request(text)
    assert result.style == "directive" and flag in result.flags, result


def test_the_lessons_domineering_opinion_overrides():
    """Lesson 04's Ngozi says it: “That's not how we do things here; customers want a person.”"""
    result = analyze_request("That's not how we do things here; customers want a person.")
    assert result.style == "directive" and result.sure, result
    assert result.cues[0].startswith("“That's not how we do things here”: overrides")


def test_a_deadline_kept_is_named_after_the_reasons_that_decide():
    cues = analyze_request("Redo the rota by tomorrow, please.").cues
    assert cues[0].startswith("“Redo”") and cues[-1].startswith("“by tomorrow”"), cues


def test_a_deadline_of_the_worlds_is_a_reason():
    tips = analyze_request(
        "Please redo next month's schedule by tomorrow, payroll closes then."
    ).tips
    assert not any(tip.startswith("Say why it matters") for tip in tips), tips


def test_the_lessons_jab_is_not_credited_as_asking():
    """Lesson 09's harsh example: "Do you even care about this kitchen…?" asks for nothing."""
    result = analyze_candor(
        "You're so careless. You always leave the cooler open, every single night, and I'm sick "
        "of it. Do you even care about this kitchen or anyone in it?"
    )
    assert result.verdict == "harsh" and "request" not in result.elements, result
    assert not any("asks for something" in cue for cue in result.cues), result.cues


def test_a_model_answer_in_other_words_gets_no_tip_for_what_it_has():
    """Walkthrough 55: "reached the client at 6pm" is what was done, "after they had phoned me
    twice" what it led to; the ✔ came with tips to add both."""
    result = analyze_candor(
        "Ruth, last Friday the client report reached the client at 6pm, after they had phoned me "
        "twice asking for it. What got in the way, and what would help you send it by noon?"
    )
    assert result.elements == {"situation", "behaviour", "impact", "request"}, result
    assert not result.tips, result.tips


def test_a_long_quote_is_read_out_once_not_again_in_the_tip():
    """The "Why" line quotes it whole; the tip does not read it out again (walkthroughs 55, 59)."""
    result = analyze_request(
        "You can either do the report tonight or over the weekend, your choice. It needs to be on "
        "my desk Monday."
    )
    assert result.cues[0].startswith(
        "“You can either do the report tonight or over the weekend, your choice”"
    )
    assert "Ask whether first (“Could you…?”), then which or when." in result.tips
    assert not any("You can either" in tip for tip in result.tips)


def test_my_template_as_what_i_have_been_doing_is_no_override():
    """Facilitator walkthrough 56: ✔ beside "“using my template”: overrides their judgment"."""
    result = analyze_request(
        "Could you redo next month's schedule by tomorrow? I've been using my template, but if "
        "yours works better for the team I'm open to it. What would you need from me?"
    )
    assert result.style == "partnering" and not any("overrides" in c for c in result.cues)
