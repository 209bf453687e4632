"""Blind review 32 (s22r7), the request analyzer: each kind of failure the trainer found, tried
with other phrasings of the same kind, and the look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from coachlab.feedback import ANALYZERS, analyze_request
from coachlab.feedback.requests import FAULTS

PARTNERING = {"style": "partnering"}


def ticked(text: str) -> bool | None:
    return ANALYZERS["request"].meets(analyze_request(text), PARTNERING)


# -- 1. the yes said for them, often after flattery --------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("You're the best presenter we have, so I know you'll say yes to the board slot.",
         "I know you'll say yes"),
        ("I'm counting on your yes for the Saturday cover.", "counting on your yes"),
        ("You won't say no to me, will you? The audit needs a lead.", "You won't say no"),
        ("Everyone else is busy and I know you won't mind taking the late shift.",
         "I know you won't mind"),
        ("I'm sure you won't mind taking the weekend shifts.", "I'm sure you won't mind"),
        ("I know you'd agree it's your turn to do the stocktake.", "I know you'd agree"),
    ],
)  # fmt: skip
def test_a_yes_said_for_them_takes_the_choice(text, words):
    result = analyze_request(text)
    assert result.style == "directive" and "takes_the_choice" in result.flags
    assert f"“{words}”: counts on a yes they never agreed to" in result.cues, result.cues
    assert any(tip.startswith("Leave the choice open") for tip in result.tips)
    assert not any(words in tip for tip in result.tips)  # the Why line quotes them, once


@pytest.mark.parametrize(
    "text",
    [
        "I know you're busy, so it's fine to say no: could you look at the rota this week?",
        "You can say no, but would you be up for leading the audit?",
        "I know you'd be great at it. Would you like to lead the audit? No pressure.",
    ],
)
def test_praise_or_a_no_made_fine_is_no_presumption(text):
    result = analyze_request(text)
    assert result.style == "partnering" and not result.flags & FAULTS.keys()
    assert not any("counts on a yes" in cue for cue in result.cues)


# -- 2. asked, then taken back: an order all along, a take-back, a sign-up ---------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Could you update the stock sheet by Friday, like I told you?", "like I told you"),
        ("How would you feel about finishing the audit today, as I already asked you?",
         "as I already asked you"),
        ("Can you take the early shift on Monday? That isn't really a request.",
         "That isn't really a request"),
        ("Would you mind covering reception? Consider it an order.", "Consider it an order"),
        ("Could you lead Friday's briefing? I wasn't really asking.", "I wasn't really asking"),
        ("It's a great chance to grow. I'll sign you up for the mentoring scheme.",
         "I'll sign you up"),
        ("This would look good on your CV, so I'm going to add you to the audit team.",
         "I'm going to add you to the audit team"),
    ],
)  # fmt: skip
def test_a_request_taken_back_is_directive_and_quoted(text, words):
    result = analyze_request(text)
    assert result.style == "directive" and "takes_the_choice" in result.flags
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues
    assert ticked(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "If you're up for it, I'll put your name down for the course.",
        "Would you like me to sign you up for the course, or would you rather wait?",
        "As I said last week, there's no rush: could you look at the rota when you can?",
        "It's not an order, just an idea: would you want to try the new layout?",
        "I'll put you in touch with Sam, who ran it last year. Would you be up for leading it?",
        "I could use your eye on the grant bid. In return I'll put your name on it as co-author. "
        "Would that work for you?",
    ],
)
def test_an_offer_or_a_sign_up_that_waits_for_their_yes_stays_partnering(text):
    result = analyze_request(text)
    assert result.style == "partnering" and not result.flags & FAULTS.keys(), result.cues


# -- 3. a "no" tied to their review, record or pay: a threat, however hedged --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Could you take the weekend cover? If not, I'm not sure how that would look on your "
        "record.",
        "Would you lead the audit? If you say no, I don't know what I'd write in your appraisal.",
        "Can you stay late on Thursday? If you can't, it may come up at your probation review.",
        "It might be hard to justify your bonus if you don't take the new client.",
    ],
)
def test_a_no_tied_to_their_standing_is_a_threat_not_a_hedge(text):
    result = analyze_request(text)
    assert "on_the_defensive" in result.flags and ticked(text) is False
    assert result.cues[0].endswith(": a threat"), result.cues
    # the hedge and the "if not" inside the threat are not credited as room to disagree
    assert not any("tentative" in cue or "way out" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "Would you lead the audit? If not, no problem, it won't affect your review at all.",
        "If you don't mind, could you add the audit to your review goals?",
        "Would you like to talk about your review next week? I'm not sure when suits you.",
    ],
)
def test_their_review_named_without_a_cost_is_no_threat(text):
    result = analyze_request(text)
    assert result.style == "partnering" and not result.flags & FAULTS.keys(), result.cues


def test_a_hedge_outside_a_threat_still_counts():
    result = analyze_request(
        "Would you like to talk about your review next week? I'm not sure when suits you."
    )
    assert "“I'm not sure”: tentative, so it leaves room to disagree" in result.cues


# -- 4. an order, then a courtesy that takes the yes for granted --------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("All team members must submit their timesheets by 5pm. Thank you for your compliance.",
         "Thank you for your compliance"),
        ("Everyone is required to attend the fire drill on Monday. Thanks for your cooperation.",
         "Thanks for your cooperation"),
        ("Could you restock the shelves before close? Thank you.", "Thank you"),
        ("Will you do the reminder calls this week? Cheers.", "Cheers"),
    ],
)  # fmt: skip
def test_thanks_that_closes_an_order_or_a_bare_yes_no_request_presumes(text, words):
    result = analyze_request(text)
    assert result.style == "directive" and "takes_the_choice" in result.flags
    assert f"“{words}”: counts on a yes they never agreed to" in result.cues, result.cues
    assert not any("appreciation" in cue for cue in result.cues)


def test_an_obligation_on_everyone_is_named():
    result = analyze_request("All team members must submit their timesheets by 5pm.")
    assert "“All team members must”: states an obligation instead of asking" in result.cues


@pytest.mark.parametrize(
    "text",
    [
        "Could you restock the shelves before close? Thanks for thinking about it.",
        "Can you train the new hires next week? Thanks either way!",
        "Could you cover reception on Friday? Thanks, and no worries if not.",
        "Could someone take a look at the fridge log? Thanks!",
        "Could you sign the delivery note when you're free? Cheers.",
        "Missed deliveries hurt us both. Could you call the supplier? Thanks.",
    ],
)
def test_thanks_that_leaves_room_stays_courtesy(text):
    result = analyze_request(text)
    assert result.style == "partnering" and not result.flags & FAULTS.keys(), result.cues
    assert not any("counts on a yes" in cue for cue in result.cues)


# -- 5. good answers misread: "tell me what…", an adjective read as a verb, the fixed part named --
@pytest.mark.parametrize(
    "text",
    [
        "Tell me how you'd like to split the night shifts, and if the answer's no, that's fine.",
        "Our aim is simple: clear notes at every handover. Could you help me draft a template, "
        "and tell me what would make it easier?",
        "Clean data matters to both of us. Would you take on the double checks?",
        "The hand-hygiene audit has to happen every week, that part is fixed. I'd love your "
        "ideas on how we make it quicker.",
    ],
)
def test_an_invitation_to_answer_is_not_a_bare_instruction(text):
    result = analyze_request(text)
    assert result.style == "partnering" and result.sure, result.cues
    assert not any("bare instruction" in cue for cue in result.cues)
    assert ticked(text) is True


def test_a_no_made_fine_is_a_way_out():
    result = analyze_request("Tell me how you'd like to split the night shifts, and if the "
                             "answer's no, that's fine.")  # fmt: skip
    assert "“if the answer's no, that's fine”: gives them a choice or a way out" in result.cues


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Clean the fridge before you leave.", "Clean"),
        ("Clear your desk by Friday.", "Clear"),
        ("Open the store at 7 tomorrow.", "Open"),
        ("Tell me why the report is late.", "Tell"),
    ],
)
def test_the_same_words_as_instructions_stay_instructions(text, verb):
    result = analyze_request(text)
    assert result.style == "directive"
    assert f"“{verb}”: opens with a bare instruction" in result.cues


# -- 6. lesson 06: "say what is in it for them", said or asked ----------------------------------
THEIR_GAIN = ["their-gain"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Would you lead the stock review? It'd give you experience for the supervisor post, and "
         "I'd get a second pair of eyes. What do you think?", "It'd give you experience"),
        ("Could you take the Friday helpdesk? You'd get Mondays off in return. Does that suit?",
         "You'd get Mondays"),
        ("Would you mentor the new nurse? It would count towards your revalidation portfolio. "
         "Say if the timing is bad.", "count towards your revalidation portfolio"),
        ("I need help with the rota. You've said you want more say in how it works: would you "
         "like to draft it with me?", "You've said you want"),
        ("Could you cover the school run rota this term? In return I'll take your parents' "
         "evening slot. Would that work?", "In return"),
        ("Would you run the Tuesday deliveries? It would free you up on Fridays, which you "
         "asked about. What do you think?", "free you up"),
        ("Would you be up for leading the audit? What would make it worth it for you?",
         "What would make it worth it for you"),
    ],
)  # fmt: skip
def test_what_is_in_it_for_them_is_named_and_meets_the_requirement(text, words):
    result = analyze_request(text)
    assert result.style == "partnering" and not result.flags & FAULTS.keys(), result
    assert ANALYZERS["request"].missing(result, THEIR_GAIN) == [], result
    assert f"“{words}”: says what is in it for them" in result.cues, result.cues
    assert ANALYZERS["request"].meets(result, PARTNERING, THEIR_GAIN) is True


@pytest.mark.parametrize(
    "text",
    [
        "Would you lead the next safety review?",
        "Would you be willing to do the extra night shifts? It's good for the ward and it'd "
        "really help me out.",
        "Could you run the training session on Friday? It would help me a lot.",
        "Could you take the late deliveries? The customers will love it. What do you think?",
        "Is Thursday good for you? I'd like to go through the rota together.",
        "Would it be good for you to take notes, or shall I?",
    ],
)
def test_a_gain_for_others_or_none_lacks_what_is_in_it_for_them(text):
    result = analyze_request(text)
    assert "nothing_for_them" in result.flags and not result.flags & FAULTS.keys(), result
    assert not any("in it for them" in cue for cue in result.cues), result.cues
    assert ANALYZERS["request"].meets(result, PARTNERING, THEIR_GAIN) is False
    # without the requirement (lessons 04 and 10), the form alone decides, as before
    assert ANALYZERS["request"].meets(result, PARTNERING) is not False


@pytest.mark.parametrize(
    ("text", "gain"),
    [
        ("It would be great for your career if you did the audit. I'll put your name down.",
         "great for your career"),
        ("You'll be leading the induction next week: a great chance for you to shine.",
         "a great chance for you"),
        ("Would you take the stocktake? You'd learn loads. Not that you have a choice.",
         "You'd learn loads"),
    ],
)  # fmt: skip
def test_a_gain_used_as_leverage_counts_for_nothing_once_the_choice_is_taken(text, gain):
    result = analyze_request(text)
    assert {"takes_the_choice", "nothing_for_them"} <= result.flags, result
    assert (
        f"“{gain}”: what is in it for them counts for nothing once the choice is taken"
        in result.cues
    ), result.cues
    assert not any(cue.endswith("says what is in it for them") for cue in result.cues)


@pytest.fixture
def two_way():
    """Lesson 06's own-case exercise, as the learner meets it."""
    from coachlab.content import load_lesson
    from coachlab.widgets import build

    spec = load_lesson("06").exercise("your-two-way-request")

    def check(text: str):
        exercise = build(spec)
        exercise.answer(text)
        return exercise.submit()

    return check


def test_lesson_06_asks_for_their_gain_in_its_yaml():
    from coachlab.content import load_lesson

    lesson = load_lesson("06")
    assert lesson.exercise("your-two-way-request").requires == ["their-gain"]
    # "open a two-way conversation": their view and needs, which the partnering form measures
    assert lesson.exercise("practice-two-way-request").requires == []


def test_without_their_gain_the_feedback_says_so_and_asks_for_it(two_way):
    text = (
        "Would you be willing to do the extra night shifts? It's good for the ward and it'd "
        "really help me out."
    )
    result = two_way(text)
    assert result.correct is False
    lines = result.feedback.splitlines()
    assert lines[0] == (
        "In form, your request reads as partnering, but it does not say what is in it for them "
        "yet: the exercise asks for their gain (not only the team's or yours), said or asked."
    )
    tips = [line for line in lines if line.startswith("Try: ")]
    assert tips[0].startswith("Try: Say what is in it for them: what they would gain")
    # every "Why" quotes the learner's own words, nothing they did not write
    for line in lines:
        if line.startswith("Why: “"):
            quoted = line[len("Why: “") : line.index("”")]
            assert quoted.lower() in text.lower(), line


def test_a_directive_without_their_gain_is_told_both(two_way):
    result = two_way("Run the Saturday tasting.")
    assert result.correct is False
    asks = "The exercise asks for a partnering request. And it does not say what is in it for them"
    assert f"{asks} yet." in result.feedback


def test_with_their_gain_it_gets_a_tick_and_the_gain_is_credited(two_way):
    result = two_way(
        "Would you be up for leading the next client review? It would give you visibility with "
        "the partners, and it would free me to prepare the budget. What do you think?"
    )
    assert result.correct is True
    assert "Why: “It would give you visibility”: says what is in it for them" in result.feedback
    assert "what is in it for them yet" not in result.feedback


def test_a_taken_choice_is_named_not_a_missing_gain(two_way):
    result = two_way(
        "It would be great for your career if you did the audit. I'll put your name down."
    )
    assert result.correct is False
    # the form sits near the line (the flattery reads warm); the taken choice is what is named
    assert "“I'll put your name down”" in result.feedback
    assert "Try: Leave the choice open: ask" in result.feedback
    assert "what is in it for them yet" not in result.feedback  # the gain is there, as leverage
    assert "counts for nothing once the choice is taken" in result.feedback


@pytest.mark.parametrize(
    ("exercise", "problem"),
    [
        ({"analyzer": "request", "expect": {"style": "partnering"}, "requires": ["their-view"]},
         r"requires: request has no requirement 'their-view'; expected one of: common-ground, "
         r"their-gain"),
        ({"analyzer": "question", "expect": {"kind": "open"}, "requires": ["their-gain"]},
         r"requires: question has no requirement 'their-gain'; expected one of: one-question"),
        ({"analyzer": "framing", "expect": {"stance": "proactive"}, "requires": ["their-gain"]},
         r"requires: framing has no requirement 'their-gain'; expected one of: none"),
        ({"analyzer": "request", "requires": ["their-gain"]},
         r"requires: needs an expect too"),
    ],
)  # fmt: skip
def test_a_requirement_the_analyzer_does_not_know_is_a_content_error(
    lesson_data, write_lesson, exercise, problem
):
    from coachlab.content import ContentError, load_lesson_file

    lesson_data["exercises"] = [
        {"kind": "free_text", "id": "ask", "title": "t", "prompt": "p", **exercise}
    ]
    path = write_lesson(lesson_data)
    with pytest.raises(ContentError, match=rf"07_sample\.yaml: exercises\[0\]\.{problem}"):
        load_lesson_file(path)
