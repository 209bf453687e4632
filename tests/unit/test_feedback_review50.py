"""Blind review 50 (a trainer's 336 answers, written after review 48's fixes): the polite request
whose choice is already made, the gain said in other words, the effort or apology called a step,
the open form that pushes, and the fact question that was their story. Each kind on both sides."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_framing, analyze_request, classify_question


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Would you organise the fire drill this month? I've picked Tuesday and the scenario "
         "already, so it's just the logistics.", "I've picked Tuesday and the scenario already"),
        ("Can you send the quarterly figures by Friday? I've already promised them to the "
         "director.", "I've already promised them to the director"),
        ("Could you get me the quarterly figures by Friday? No later, please.", "No later"),
        ("Karim, would you mind doing the reminder calls? It's only half an hour a day, so I'm "
         "sure it's fine.", "I'm sure it's fine"),
    ],
)  # fmt: skip
def test_a_polite_ask_whose_choice_is_already_made(text, words):
    result = analyze_request(text)
    assert "takes_the_choice" in result.flags
    assert result.cues[0].startswith(f"“{words}”")


def test_following_it_exactly_overrides_their_judgment():
    result = analyze_request("Could you train the new hires, following the induction pack exactly?")
    assert result.style == "directive" and "overrides their judgment" in result.cues[0]
    own_way = analyze_request("Could you train the new hires? How would you like to go about it?")
    assert own_way.style == "partnering"


def test_a_chosen_slot_they_can_pick_from_is_not_decided():
    result = analyze_request(
        "Could you pick a day that suits you? I've set aside Tuesday or Wednesday."
    )
    assert "takes_the_choice" not in result.flags


@pytest.mark.parametrize(
    "text",
    ["Up for running the kids' tours this spring, Amira? You wanted school-group experience, and "
     "it helps me out. Your call.",
     "Could you mentor the new teller for a month? It's strong evidence for your promotion case. "
     "How do you feel about it?",
     "Would you do the Christmas window? It would make a nice piece for the portfolio for your "
     "design course. Would you fancy it?"],
)  # fmt: skip
def test_their_gain_in_yet_other_words(text):
    result = analyze_request(text)
    assert "nothing_for_them" not in result.flags
    assert any("what is in it for them" in cue for cue in result.cues)


def test_an_offer_of_a_way_out_after_the_ask_and_ears_open():
    shout = analyze_request("Would you redo the schedule? Shout if the deadline is a problem.")
    assert any("a choice or a way out" in cue for cue in shout.cues)
    ears = analyze_request(
        "Can you own the returns cage? Any ideas to make it easier, I'm all ears."
    )
    assert any("checks whether it works for them" in cue for cue in ears.cues)


@pytest.mark.parametrize(
    "text",
    ["It's not ideal but I'll stay positive and we'll just see how busy it gets on the day.",
     "I'll do my best to work around it.",
     "I'll keep apologising to anyone who calls.",
     "I've already told head office a hundred times, so I'll just have to work the whole weekend."],
)  # fmt: skip
def test_a_mood_an_apology_or_absorbing_it_is_no_step(text):
    result = analyze_framing(text)
    assert result.stance == "reactive"
    assert not any("says what the step is for" in cue for cue in result.cues)


def test_an_apology_with_a_real_step_after_it_is_proactive():
    assert analyze_framing("I'll apologise to the client and rebook it for Thursday.").stance == (
        "proactive"
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [("What could possibly make you turn down such a good offer?", "hostile"),
     ("How can we get you to accept the new targets?", "leading"),
     ("What's stopping you from just coming to me earlier?", "leading"),
     ("What do you think about using my checklist, since it worked at the other hotel?",
      "leading")],
)  # fmt: skip
def test_an_open_form_that_pushes_is_named(text, words):
    assert words in classify_question(text).flags


@pytest.mark.parametrize(
    "text",
    ["What made this deadline hard to hit?",
     "In a normal week, where does your time go that you'd rather spend with patients?"],
)  # fmt: skip
def test_their_story_is_not_a_fact_question(text):
    assert classify_question(text).kind == "open"
    assert classify_question("What's your team lead's name?").kind == "closed"


@pytest.mark.parametrize(
    "text",
    ["Wow Jen, good to see the café order was ready on time... oh wait, it wasn't.",
     "Great planning this month, Helen: two new deadlines and three late nights. Really fun."],
)  # fmt: skip
def test_sarcasm_in_other_words(text):
    assert "sarcasm" in analyze_candor(text).issues
    assert "sarcasm" not in analyze_candor("The team day was really fun, thank you.").issues


def test_this_term_is_a_moment():
    result = analyze_candor(
        "Prof. Okafor, the module marks came back five days after the deadline this term, and "
        "students complained to the dean's office. Could we agree a date for next term?"
    )
    assert "situation" in result.elements and "vagueness" not in result.issues


def test_what_kind_of_thing_they_miss_is_their_story():
    assert classify_question("What kind of challenge are you missing at the moment?").kind == "open"
    assert classify_question("What kind of printer is it?").kind == "closed"


def test_much_appreciated_before_the_answer_counts_on_the_yes():
    bare = analyze_request(
        "Would you be so kind as to send the figures by Friday? Much appreciated."
    )
    assert "takes_the_choice" in bare.flags
    roomy = analyze_request("Could you send the figures when you get a chance? Much appreciated.")
    assert "takes_the_choice" not in roomy.flags
