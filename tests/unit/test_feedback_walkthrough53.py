"""Browser walkthrough 53 (lessons 04, 07, 09 and 10 clicked through as a learner): the tips
that asked for what a message already had, quotes of words the learner did not type, overlapping
quotes, a casual "??" read as exasperation, questions listed without their "?", and stilted
verdict lines."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_request, classify_question
from coachlab.feedback.cues import Fired, quotes


def test_a_typed_day_and_an_everyday_effect_are_read():
    result = analyze_candor(
        "dave - tues u were 40 min late for the client call. client sat waiting + we looked "
        "bad. can we agree u msg me if ur running late"
    )
    assert {"situation", "behaviour", "impact", "request"} <= result.elements, result
    assert result.words["behaviour"] == "u were 40 min late"
    assert not any("when and where" in tip or "led to" in tip for tip in result.tips)


def test_a_word_spelled_out_is_quoted_as_typed_whole():
    result = classify_question("whats blocking u on the migration")
    assert result.cues[0].startswith("“whats”"), result.cues


def test_questions_listed_without_question_marks_are_stacked():
    result = classify_question("- how r things going\n- whats blocking u\n- wat do u need from me")
    assert "stacked" in result.flags
    assert "Ask the first question, and wait for the answer before the next." in result.tips


@pytest.mark.parametrize(
    ("text", "exasperated"),
    [
        ("hey can u redo next months schedule?? whatever works best for u", False),
        ("we both hate the monday pile right?? could u look at the callbacks w me", False),
        ("Why is this still not fixed???", True),
        ("is it done yet??", True),
    ],
)
def test_a_casual_double_question_mark_is_not_exasperation(text, exasperated):
    cues = analyze_request(text).cues
    assert any("exasperation" in cue for cue in cues) is exasperated, cues


def test_overlapping_quotes_of_one_reason_are_quoted_once():
    cues = analyze_request(
        "We both want the weekend rota to stop falling apart. Would you be up for drafting it "
        "with me? What would make it work for you?"
    ).cues
    assert cues[0] == "“We both want”: names what you both want"
    assert "“What would make it work for you”: checks whether it works for them" in cues


def test_common_ground_is_credited_only_when_the_request_partners():
    cues = analyze_request("We both want the numbers up, so you need to start the calls.").cues
    assert not any("names what you both want" in cue for cue in cues), cues


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Redo the rota by tomorrow, please.", "“by tomorrow”: a close deadline (fine when"),
        ("Let's move the stand-up to ten.", "“Let's”: proposes doing it together, but"),
    ],
)
def test_a_reason_has_no_second_colon_and_no_second_quote(text, quoted):
    cues = analyze_request(text).cues
    assert any(cue.startswith(quoted) for cue in cues), cues
    assert all(cue.count(": ") == 1 for cue in cues), cues


def test_a_quote_is_taken_where_it_stands_as_a_word():
    from coachlab.feedback.cues import in_their_words

    assert in_their_words("you", "Your plan is fine, could you send it?") == "you"
    assert in_their_words("what", "whats blocking u") == "whats"  # no word "what": the one typed
    assert in_their_words("could you", "Could you send it?") == "Could you"


def test_a_quote_is_placed_where_it_was_found_not_inside_another_word():
    """ "you" inside "your" once merged the quote "you" into "your plan" and lost it."""
    why = "the same reason"
    fired = [Fired("a", why, "your plan"), Fired("b", why, "you")]
    assert quotes(fired, "your plan is fine, could you send it?") == [
        "“your plan” … “you”: the same reason"
    ]


def test_quotes_of_one_place_merge_and_keep_the_case_typed():
    fired = [Fired("a", "why", "what would make it"), Fired("b", "why", "make it work")]
    assert quotes(fired, "So. What would make it work?") == ["“What would make it work”: why"]


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("Why didn't you finish the report on time?", "What got in the way?"),
        ("Why are you always late?", "What got in the way?"),
        ("Who asked you to change the rota?", "What's your side of it?"),
        ("How could you even think of turning it down?", "What's your side of it?"),
        ("What's wrong with you?", "What's your side of it?"),
        (
            "What on earth makes you think you're not ready, after everything I've done for you?",
            "What's your side of it?",
        ),
    ],
)
def test_blame_is_answered_with_a_question_that_fits_what_it_blames(text, suggested):
    """ "What got in the way?" where nothing was missed would accuse them afresh."""
    tips = classify_question(text).tips
    assert f"“{suggested}”" in tips[0], tips


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("The Friday reports have had errors. Please double-check the totals.", None),
        ("Our Monday meetings run over every week. Could we keep them to an hour?", None),
        ("Our Monday meetings run over. Last Monday you spoke for forty minutes.", "Last Monday"),
        ("The Friday before the launch you left at noon. Could we talk?", "Friday"),
        ("On Friday the reports had errors. Please double-check the totals.", "On Friday"),
    ],
)
def test_a_day_that_names_a_routine_is_not_a_moment(text, moment):
    result = analyze_candor(text)
    assert ("situation" in result.elements) is (moment is not None), result
    if moment:
        assert result.words["situation"] == moment, result.words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Last Friday's report had three wrong totals, so the client queried our invoice.",
         "report had three wrong totals"),
        ("The Friday reports have had errors. Please double-check the totals.",
         "reports have had errors"),
        ("Tuesday's handover was missing the bed numbers.", None),
    ],
)  # fmt: skip
def test_the_work_as_it_came_in_is_what_was_done(text, words):
    """A camera sees a report with wrong totals: no tip to describe what they did."""
    result = analyze_candor(text)
    if words:
        assert result.words["behaviour"].endswith(words), result.words
    assert "behaviour" in result.elements, result
    assert not any(tip.startswith("Describe what they did") for tip in result.tips), result.tips
