"""Walkthrough 60's leftovers and a learner's answers in lessons 01, 04, 06, 07 and 09
(walkthrough 62): three questions at once where the prompt asks for one, a statement called a
closed question, and "What did you try?" read as advice."""

from __future__ import annotations

import pytest

from coachlab.content import load_lesson
from coachlab.feedback import analyze_candor, analyze_request, classify_question
from coachlab.feedback.text import normalise
from coachlab.widgets import build


def check(lesson: str, exercise: str, text: str):
    return build(load_lesson(lesson).exercise(exercise))._check(text)


@pytest.mark.parametrize(
    "text",
    [
        "What happened, how did you feel, and what will you do next?",
        "What got in the way? Who could help? When will you start?",
    ],
)
def test_three_questions_at_once_do_not_meet_write_one_question(text):
    result = check("07", "question-lab", text)
    assert result.correct is False
    assert result.feedback.startswith(
        "In form, your question reads as open, but it asks several questions at once: the "
        "exercise asks for one"
    ), result.feedback
    assert result.feedback.count("Ask one question, then wait for the answer.") == 1


@pytest.mark.parametrize(
    "text",
    [
        # one join, or a lead before the question, is still one question
        "What got in the way, and what would help?",
        "If you had a free hand, what would you change, and why?",
        "What do you think, how should we proceed?",
    ],
)
def test_one_question_with_a_comma_is_not_stacked(text):
    assert "stacked" not in classify_question(text).flags
    assert check("07", "question-lab", text).correct is True


def test_two_questions_stay_a_tip_as_trainers_let_them_pass():
    result = check("07", "question-lab", "What's behind your hesitation? What worries you most?")
    assert result.correct is True
    # walkthrough 65: a tip that says "Ask one question" beside a ✔ contradicts it
    assert "Try: Ask the first question, and wait for the answer before the next." in (
        result.feedback
    )
    assert "Ask one question" not in result.feedback


@pytest.mark.parametrize("text", ["The report was late.", "I think the rota is fine"])
def test_a_statement_is_called_a_statement_not_a_closed_question(text):
    feedback = check("07", "question-lab", text).feedback
    assert feedback.startswith(
        "This reads as a statement, not a question yet.\nThe exercise asks for an open question."
    ), feedback
    assert "as closed" not in feedback
    assert "Try: Turn it into a question they answer in their own words" in feedback


def test_a_question_without_a_question_word_is_still_a_closed_question():
    feedback = check("07", "question-lab", "you finished it?").feedback
    assert feedback.startswith("We read your question as closed."), feedback


@pytest.mark.parametrize(
    "text", ["What did you try?", "So what happened, what did you try?", "What else did you try?"]
)
def test_asking_what_they_tried_is_no_advice(text):
    assert "advice" not in classify_question(text).flags


def test_did_you_try_with_your_idea_is_still_advice():
    assert "advice" in classify_question("Did you try turning it off and on again?").flags


def test_a_request_too_soft_to_read_is_not_called_partnering_in_form():
    text = "Maybe possibly if you get a chance and it's ok, could you perhaps look at the rota?"
    result = check("06", "your-two-way-request", text)
    assert result.correct is False
    assert "In form" not in result.feedback
    assert result.feedback.startswith(
        "We can't tell for sure whether your request reads as partnering or directive; it leans "
        "partnering, but it does not say what is in it for them yet: the exercise asks for their "
        "gain"
    ), result.feedback
    assert "so soft that nothing is asked yet" in result.feedback


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Do whatever you think is best, I honestly don't care how.", "I honestly don't care how"),
        ("Do whatever you like.", "Do whatever you like"),
        ("Not my problem, figure it out yourself.", "Not my problem"),
    ],
)
def test_walking_away_is_no_partnering(text, words):
    """Lesson 04, what partnering is not: "Do whatever you like." It was praised for giving
    them a choice."""
    for lesson, exercise in (("01", "your-joint-venture"), ("04", "your-own-request")):
        result = check(lesson, exercise, text)
        assert result.correct is False
        assert result.feedback.startswith(
            "Handing it over and walking away is not partnering either"
        ), result.feedback
        assert f"Why: “{words}”: hands it over and walks away" in result.feedback
        assert "gives them a choice or a way out" not in result.feedback


@pytest.mark.parametrize(
    "text",
    [
        "Do whatever you like, and tell me what you need from me.",
        "Could you take the rota? Do it however you think best and tell me if you need help.",
    ],
)
def test_leaving_the_how_to_them_with_help_on_offer_is_fine(text):
    assert "walks_away" not in analyze_request(text).flags
    assert check("04", "your-own-request", text).correct is True


@pytest.mark.parametrize(
    "text",
    [
        "Sure, whenever you feel like actually doing your job, let me know.",
        "What, too much responsibility for you?",
    ],
)
def test_put_downs_are_sarcasm_in_every_reading(text):
    assert "hostile" in classify_question(text).flags
    assert "on_the_defensive" in analyze_request(text).flags
    assert analyze_candor(text).verdict == "harsh"
    assert check("07", "question-lab", text).correct is False


@pytest.mark.parametrize(
    "text",
    [
        "What makes you think you're ready for more responsibility when you can't manage your "
        "current shifts?",
        "How will you cope when you can't even get the rota right?",
    ],
)
def test_a_put_down_in_the_clause_after_the_question_is_hostile(text):
    assert "hostile" in classify_question(text).flags
    assert check("07", "question-lab", text).correct is False


@pytest.mark.parametrize(
    "text",
    [
        "What makes you think you're not ready?",
        "If you can't manage the shifts, what would help?",
        "What is too much for you right now?",
    ],
)
def test_questions_near_those_words_stay_clean(text):
    assert "hostile" not in classify_question(text).flags


@pytest.mark.parametrize(
    "text",
    ["Ruth, please send the report by noon on Fridays from now on.", "Please send it on time."],
)
def test_the_ask_alone_is_not_yet_straight(text):
    """Lesson 09: straight is a moment, what happened, what it led to, and a request. The ask's
    own deadline ("on Fridays") is no moment that happened."""
    result = check("09", "candid-message", text)
    assert result.correct is False
    assert result.feedback.startswith("It asks plainly, but it is only the ask"), result.feedback
    assert "says when and where" not in result.feedback
    assert "Try: Name one specific moment" in result.feedback


def test_a_moment_before_the_ask_keeps_the_tick():
    text = "Ruth, last Friday the client chased the late report. Can we fix Fridays together?"
    assert check("09", "candid-message", text).correct is True


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ruth, why is the report always late?", "why is the report always late"),
        ("Ruth, the report was late the last three Fridays and the client called me. Why didn't "
         "you tell me?", "Why didn't you"),
    ],
)  # fmt: skip
def test_an_ask_that_blames_is_harsh_and_no_ask(text, words):
    result = analyze_candor(text)
    assert result.verdict == "harsh" and "request" not in result.elements, result
    assert any(cue.startswith(f"“{words}”: a question that blames") for cue in result.cues)
    assert any(tip.startswith("Ask about the situation, not the person") for tip in result.tips)


def test_pull_your_weight_is_a_demand_not_an_ask_to_keep():
    result = check("09", "your-straight-message", "Dave, you're lazy. Pull your weight.")
    assert "Keep: What you ask" not in result.feedback
    assert "“Pull your weight”: a demand with nothing in it they can do" in result.feedback


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("marco the client visit is thursday 10am can you do the demo or would you prefer i do it",
         "marco the client visit is thursday 10am. can you do the demo or would you prefer i do "
         "it?"),
        ("hey raj would u like to lead the demo it would get u in front of the director and id get "
         "some time back", "hey raj would you like to lead the demo it would get you in front of "
         "the director and i'd get some time back?"),
        # one question, read as one: its "would you", "do you" go on the same sentence
        ("what kind of challenge would you want next", "what kind of challenge would you want "
         "next?"),
        ("the report was late again and the client called", "the report was late again and the "
         "client called"),
    ],
)  # fmt: skip
def test_a_line_typed_without_punctuation_is_read_as_it_is_meant(typed, read):
    assert normalise(typed) == read


def test_a_tired_managers_request_gets_the_tick_its_punctuated_twin_gets():
    typed = (
        "marco the client visit is thursday 10am can you do the demo or would you prefer i do it"
    )
    tidy = (
        "Marco, the client visit is Thursday at 10am. Can you do the demo, or would you prefer I "
        "do it?"
    )
    assert analyze_request(typed).style == analyze_request(tidy).style == "partnering"
    assert "“can you”: asks rather than tells" in analyze_request(typed).cues


def test_a_rating_promised_for_the_yes_takes_the_choice():
    text = "If you take the weekend shifts I'll make sure you get a good rating this year, deal?"
    result = analyze_request(text)
    assert "takes_the_choice" in result.flags
    assert result.cues[0].endswith("ties their rating or pay to their yes: a no would cost them")
    assert check("06", "your-two-way-request", text).correct is False


def test_a_pick_of_things_is_not_called_a_when():
    result = analyze_request(
        "Would you rather use my template or the old one for next month's rota?"
    )
    assert any(cue.endswith("assumes the yes and offers only a pick") for cue in result.cues)
    when = analyze_request("Would you rather do it on Monday or Tuesday?")
    assert any(cue.endswith("assumes the yes and offers only the when") for cue in when.cues)


def test_my_template_with_theirs_offered_beside_it_does_not_override():
    text = "Could you redo the rota by Friday, using my template, or do you want to use yours?"
    assert not any("overrides their judgment" in cue for cue in analyze_request(text).cues)


def test_a_need_then_can_you_do_that_is_an_order_with_a_tag():
    result = analyze_request("I need you to cover Saturday. Can you do that?")
    assert result.style == "directive" and "takes_the_choice" in result.flags
    assert analyze_request("We need someone on Saturday. Can you do that?").style == "partnering"


def test_guesses_listed_after_the_open_part_narrow_it():
    text = "What worries you about it, and is it the hours, or the money, or the team?"
    result = classify_question(text)
    assert result.kind == "closed"
    assert "“and is it the hours, or the money, or the team”: then offers your guesses: a pick" in (
        result.cues
    )
    assert check("07", "question-lab", text).correct is False


def test_what_they_are_asked_for_is_not_kept_as_what_they_did():
    result = analyze_candor(
        "You always interrupt me in meetings, like yesterday in the budget review. Can you let me "
        "finish?"
    )
    assert "behaviour" not in result.elements
    assert result.keeps == ("The moment (“yesterday”) and what you ask (“Can you let me finish”).",)


def test_leave_already_booked_is_what_it_led_to():
    result = analyze_candor(
        "Helen, last week the launch date moved with no notice, and two of my team had already "
        "booked leave that week. Could we agree that date changes come to me first?"
    )
    assert "impact" in result.elements and result.words["impact"] == "had already booked leave"
    assert not any(tip.startswith("Say what it led to") for tip in result.tips)


def test_a_directive_statement_is_said_to_ask_nothing():
    text = (
        "Taking on the onboarding work will be good for both of us: you get project experience "
        "and I get the backlog cleared."
    )
    result = analyze_request(text)
    assert result.style == "directive"
    assert result.cues == (
        "asks nothing: it says what will happen, with no question they could say no to",
    )
    assert "nothing_for_them" not in result.flags  # "you get project experience" is their gain
