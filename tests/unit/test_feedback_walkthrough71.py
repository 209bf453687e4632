"""A learner's answers in lessons 01, 04, 06, 07 and 09 (walkthrough 71): a decision checked
only after it was made, swearing in an open question, a threat to someone's job, and a fixed
rule given as the reason."""

from __future__ import annotations

import pytest

from .test_feedback_walkthrough62 import check


@pytest.mark.parametrize(
    "text",
    [
        "I've decided we're doing stand-ups at 8:30 from now on. Does that work for you?",
        "I have decided that everyone will take turns on Saturdays. Any questions?",
    ],
)
def test_a_decision_checked_after_it_is_made_is_no_partnering_request(text):
    result = check("04", "your-own-request", text)
    assert result.correct is False
    assert "decided for them before asking" in result.feedback


def test_asking_first_about_a_decision_still_partners():
    result = check("04", "your-own-request", "I've decided to ask you first: what time would "
                   "suit you for stand-ups?")  # fmt: skip
    assert result.correct is True


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("What the hell happened with the Jensen account?", "What the hell"),
        ("What on earth were you thinking?", "What on earth"),
        ("wtf happened with the report?", "wtf"),
    ],
)
def test_swearing_at_them_is_no_open_question(text, quoted):
    result = check("07", "your-penetrating-question", text)
    assert result.correct is False
    assert f"“{quoted}”: sounds like blame" in result.feedback


def test_the_same_question_without_the_swearing_is_open():
    result = check("07", "your-penetrating-question", "What happened with the Jensen account, "
                   "from your side?")  # fmt: skip
    assert result.correct is True


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Redo it by tomorrow or don't bother coming in Monday.", "or don't bother coming"),
        ("Fix the rota by Friday, or you're out.", "or you're out"),
        ("Could you check the figures, or find another job?", "or find another job"),
    ],
)
def test_a_threat_to_their_job_is_named(text, threat):
    result = check("04", "rewrite-directive", text)
    assert result.correct is False
    assert f"“{threat}”: a threat" in result.feedback


def test_an_or_that_offers_a_way_out_is_no_threat():
    result = check("04", "rewrite-directive", "Could you come in early on Monday, or is that hard "
                   "for you?")  # fmt: skip
    assert "a threat" not in result.feedback


def test_a_legal_rule_given_as_the_reason_is_not_asked_for_again():
    """Lesson 04: a fixed constraint is information, said plainly; the tip asked for a reason the
    answer had given."""
    text = (
        "Everyone must complete the compliance training by Friday. It's a legal requirement. "
        "Let me know if you have questions."
    )
    result = check("04", "rewrite-directive", text)
    assert "Say why it matters" not in result.feedback


@pytest.mark.parametrize(
    ("text", "gain"),
    [
        (
            "Sam, can we swap: you take the Monday reports, which you said you enjoy, and I'll "
            "take your Friday client calls, which you find draining. Would that work for you?",
            "which you said you enjoy",
        ),
        (
            "What would make the Saturday rota fairer for you? I want it to work for both of us.",
            "What would make the Saturday rota fairer for you",
        ),
    ],
)
def test_a_trade_or_their_gain_asked_is_something_in_it_for_them(text, gain):
    """Lesson 06: their gain may be "said or asked"; both were told it was missing, while the
    next line quoted the offer in return."""
    result = check("06", "your-two-way-request", text)
    assert result.correct is True, result.feedback
    assert f"“{gain}”: says what is in it for them" in result.feedback
    assert "I want it”: puts your need" not in result.feedback


def test_i_want_you_to_is_still_a_need_in_place_of_a_request():
    result = check("06", "your-two-way-request", "I want you to finish the rota by Friday.")
    assert result.correct is False
    assert "“I want you”: puts your need in place of a request" in result.feedback


UPWARD = (
    "Hi Priya, I don't really know how to put it, but I wanted to mention something. The budget "
    "cut for my team just turned up one day and I heard it from finance first, before you told "
    "me. It makes me look stupid in front of my team when they know more than I do. Could you "
    "keep me in the loop on decisions that affect my team?"
)


def test_looking_stupid_oneself_is_no_label_aimed_at_them():
    """It was read as harsh ("“stupid”: aimed at them"), and its moment as “in the loop”."""
    result = check("09", "your-straight-message", UPWARD)
    assert result.correct is True, result.feedback
    assert "aimed at them" not in result.feedback
    assert "“It makes me look stupid”: says what it led to" in result.feedback
    assert "“in the loop”: says when and where" not in result.feedback
    assert "Try: Say when and where it happened." in result.feedback


def test_calling_them_stupid_is_still_harsh():
    result = check("09", "your-straight-message", "Priya, last week you cut my budget without a "
                   "word. That was stupid. Could you tell me first next time?")  # fmt: skip
    assert result.correct is False


@pytest.mark.parametrize(
    ("lesson", "exercise", "text", "piled"),
    [
        (
            "09",
            "candid-message",
            "Kemi, last Friday the client phoned me because the report was late. Also your "
            "spreadsheets have lots of typos. Could you get the report out by noon on Fridays?",
            "Also your spreadsheets have lots of typos",
        ),
        (
            "06",
            "your-two-way-request",
            "Ravi, would you be up for being Tom's buddy for his first month? You'd get a taste "
            "of mentoring, which you said you wanted. Also, I noticed your reports are late again.",
            "Also, I noticed your reports are late",
        ),
    ],
)
def test_a_second_criticism_piled_on_gets_no_tick_and_is_quoted(lesson, exercise, text, piled):
    """Lesson 07 marks Harriet's "While we're at it, your drawings last week were sloppy" as a
    habit to avoid; both were ticked."""
    result = check(lesson, exercise, text)
    assert result.correct is False
    assert f"“{piled}”: a second criticism piled on" in result.feedback
    assert result.feedback.count("Keep to one thing") == 1
    assert "counts for nothing once the choice is taken" not in result.feedback


@pytest.mark.parametrize(
    ("lesson", "exercise", "text"),
    [
        (
            "09",
            "candid-message",
            "Kemi, last Friday the client phoned me because the report was late. Could you get "
            "the report out by noon on Fridays? Also, thanks for covering Monday.",
        ),
        (
            "06",
            "your-two-way-request",
            "Ravi, would you be up for being Tom's buddy for his first month? You'd get a taste "
            "of mentoring, which you said you wanted. Also, thanks for the help last week.",
        ),
    ],
)
def test_an_also_that_is_no_criticism_keeps_the_tick(lesson, exercise, text):
    assert check(lesson, exercise, text).correct is True


def test_a_question_asked_as_i_wanted_to_ask_you_what_is_open():
    """It was said to have "no question word"."""
    text = (
        "Aroha, I've noticed you seem unsure about the role, and I wanted to ask you what it is "
        "exactly that makes you feel that way"
    )
    result = check("07", "question-lab", text)
    assert result.correct is True
    assert "“I wanted to ask you what”: wonders aloud how or what" in result.feedback
    closed = check("07", "question-lab", "I wanted to ask you if you'd take the role.")
    assert closed.correct is False


def test_an_open_question_in_softeners_keeps_its_tick_and_is_told_to_ask_plainly():
    result = check("07", "your-penetrating-question", "What do you think about maybe, possibly, "
                   "if you want, looking at how things are going?")  # fmt: skip
    assert result.correct is True
    assert "Try: Ask it plainly: “maybe” … “possibly” … “if you want” make it easy" in (
        result.feedback
    )
    plain = check("07", "your-penetrating-question", "What's on your mind about the role?")
    assert "Ask it plainly" not in plain.feedback


def test_two_reasons_for_the_same_words_are_one_line():
    result = check("01", "your-joint-venture", "Could you maybe be on time for once?")
    assert "Why: “for once”: sarcasm; a jab dressed as politeness" in result.feedback
    assert result.feedback.count("“for once”") == 1
