"""Blind review 48: what a trainer found wrong in the feedback's words, each kind on both sides.

The verdicts are kept in tests/data/blind_feedback_review48.csv; these are the reasons and tips a
manager reads, which the review found misreading ordinary words ("go away" said of stock, "a mess"
said of our mornings) or asking for what the answer already had.
"""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_framing, analyze_request, classify_question

WHY_IT_MATTERS = "Say why it matters to you, the team or the client."


# -- candor -------------------------------------------------------------------------------


def test_a_thing_that_goes_away_is_no_insult():
    result = analyze_candor(
        "Jen, maybe the chilled stock could go away a bit quicker sometimes? No big deal!"
    )
    assert "harsh" not in result.issues and "hedging" in result.issues
    assert "harsh" in analyze_candor("Just go away.").issues


@pytest.mark.parametrize(
    "effect",
    [
        "last week three of us were here until nine on three nights",
        "checkout was down 20 minutes",
        "the client is starting to lose confidence in us",
    ],
)
def test_ordinary_ways_of_saying_what_it_led_to(effect):
    result = analyze_candor(f"Sam, on Tuesday the release skipped the checklist and {effect}.")
    assert "impact" in result.elements
    assert not any("what it led to" in tip for tip in result.tips)


def test_the_first_thing_to_do_is_not_vague_but_the_whole_thing_is():
    straight = analyze_candor(
        "Jen, on Monday the chilled pallet sat on the dock for 40 minutes and we had to bin a "
        "third of it. Please make it the first thing you move after a delivery."
    )
    assert "vagueness" not in straight.issues
    assert "vagueness" in analyze_candor("The whole thing needs to change.").issues


def test_being_honest_is_no_request_and_arrogant_is_a_label():
    result = analyze_candor(
        "Marek, I have to be honest with you, you come across as really arrogant in meetings."
    )
    assert "request" not in result.elements
    assert "labels" in result.issues and result.words["labels"] == "arrogant"


def test_just_so_you_know_takes_nothing_back():
    result = analyze_candor("Helen, just so you know, the deadline moved twice this month.")
    assert "takes_back" not in result.issues
    taken_back = analyze_candor("The deadline moved. Never mind, forget I said it.")
    assert "takes_back" in taken_back.issues


def test_looking_like_an_idiot_oneself_is_no_label_for_them():
    assert "labels" not in analyze_candor("It makes me look like an idiot with the client.").issues
    assert "labels" in analyze_candor("You look like an idiot.").issues


# -- requests -----------------------------------------------------------------------------


def test_a_mess_said_of_our_mornings_judges_nobody():
    kind = analyze_request(
        "Missed appointments make both our mornings a mess. Could you ring them the day before?"
    )
    assert not any("judgment" in cue for cue in kind.cues)
    harsh = analyze_request("The rota is a mess, fix it.")
    assert any("“is a mess”: passes judgment" in cue for cue in harsh.cues)


def test_done_by_a_date_is_not_decided_for_them():
    flexible = analyze_request(
        "Could you pick up the overdue training this month? Any week works as long as it's done "
        "by the 30th. What would make it easier to fit in?"
    )
    assert flexible.style == "partnering" and "takes_the_choice" not in flexible.flags
    done = analyze_request("Could you take Saturday? It's already done on the system.")
    assert "takes_the_choice" in done.flags


@pytest.mark.parametrize(
    ("text", "gain"),
    [
        ("Could you build the onboarding checklist? It'd be something solid for your development "
         "review. What do you think?", "solid for your development"),
        ("Would you present the pilot results with me? It gets you in front of the people who "
         "decide promotions. How do you feel about that?", "gets you in front of"),
        ("Would you train Kai on the forklift? It counts towards your supervisor sign-off. Up to "
         "you.", "counts towards your supervisor sign-off"),
    ],
)  # fmt: skip
def test_their_gain_said_in_other_words(text, gain):
    result = analyze_request(text)
    assert result.style == "partnering" and "nothing_for_them" not in result.flags
    assert any(gain in cue and "what is in it for them" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "check",
    ["What's a realistic date for you, given the audit prep?",
     "How does that fit with what you've got on?"],
)  # fmt: skip
def test_asking_what_works_for_them_is_a_check_not_a_demand(check):
    result = analyze_request(f"I need the quarterly figures for the board. {check}")
    assert any("checks whether it works for them" in cue for cue in result.cues)
    assert not any("asks them to account" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "Felix has gone home with a migraine, so please cover his calls this afternoon.",
        "Please send the draft by Tuesday so I have time to review it.",
        "With the health inspection coming up, please check the fridge logs.",
        "The board pack goes out on Monday, so please get me the figures by Friday.",
    ],
)
def test_a_reason_in_other_words_is_not_asked_for_again(text):
    assert WHY_IT_MATTERS not in analyze_request(text).tips
    assert WHY_IT_MATTERS in analyze_request("Please get me the figures by Friday.").tips


@pytest.mark.parametrize(
    "text",
    [
        "The new hires need training next week and you're the obvious choice, so that's settled.",
        "Reminder calls are now part of your job, Karim.",
        "From Friday you're cashing up at 9:30.",
    ],
)
def test_announced_as_settled_takes_the_choice(text):
    assert "takes_the_choice" in analyze_request(text).flags


def test_the_same_reason_is_given_once_with_both_quotes():
    result = analyze_request(
        "How would you feel about taking the Friday close? What would make it work for you?"
    )
    checks = [cue for cue in result.cues if "checks whether it works for them" in cue]
    assert checks == [
        "“How would you” … “would make it work for you”: checks whether it works for them"
    ]


def test_the_same_advice_is_given_once():
    result = analyze_request("Cover Felix's calls this afternoon, would you? No excuses.")
    assert sum(tip.startswith("Leave the choice open") for tip in result.tips) == 1
    assert any("“No excuses”: closes the discussion" in cue for cue in result.cues)


@pytest.mark.parametrize("text", ["Look at the rota again and fix the gaps by Friday.",
                                  "Listen to the recording before the call."])  # fmt: skip
def test_look_at_and_listen_to_are_instructions_not_fillers(text):
    result = analyze_request(text)
    assert result.style == "directive" and "opens with a bare instruction" in result.cues[0]
    assert "could you" in " ".join(analyze_request("Look, could you help?").cues).lower()


# -- questions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["What makes you think your way is better than the process we've used for ten years?",
     "What is it about deadlines that you find so hard to understand?"],
)  # fmt: skip
def test_an_open_form_that_belittles_is_named(text):
    assert "hostile" in classify_question(text).flags


def test_a_curious_what_makes_you_think_is_not_hostile():
    assert not classify_question("What makes you think that?").flags


def test_a_statement_to_confirm_is_not_called_a_verb():
    result = classify_question("You've still got loads to learn here, you know that right?")
    assert result.kind == "closed"
    assert any("“You've”: says it as a statement for them to confirm" in c for c in result.cues)
    assert any("“Did”: starts with a verb" in c for c in classify_question("Did it go?").cues)


# -- framing ------------------------------------------------------------------------------


def test_watching_is_no_step_of_ones_own():
    result = analyze_framing("I'll keep an eye on it and see how it goes over the next few weeks.")
    assert result.stance == "reactive"
    assert "an effort or a mood" in result.cues[0]


def test_ill_without_its_apostrophe_still_commits():
    result = analyze_framing("ill meet their lead on wednesday and agree a handover checklist")
    assert any("commits to an action" in cue for cue in result.cues)
    assert not any("commits" in cue for cue in analyze_framing("I'm ill today, sorry.").cues)


@pytest.mark.parametrize(
    "text",
    ["Hopefully one of the part-timers will volunteer this time.",
     "The parts are late again, so hopefully they'll turn up tomorrow."],
)  # fmt: skip
def test_hoping_someone_else_acts_is_reactive(text):
    result = analyze_framing(text)
    assert result.stance == "reactive" and "hopes it changes by itself" in result.cues[0]


def test_what_lands_on_me_is_not_owning_my_part():
    landed = analyze_framing(
        "The timetable changes land on me each Monday. I'll ask for a preview."
    )
    assert not any("owns their part" in cue for cue in landed.cues)
    owned = analyze_framing("That one's on me. I'll fix the rota tonight.")
    assert any("owns their part" in cue for cue in owned.cues)


@pytest.mark.parametrize(
    "text",
    ["Let's start with the numbers. Sales are down 8% on your section, why is that?",
     "Your report was late again. Why?"],
)  # fmt: skip
def test_why_after_their_shortfall_asks_them_to_defend_it(text):
    result = classify_question(text)
    assert "hostile" in result.flags
    assert "asks them to defend a shortfall" in result.cues[0]


@pytest.mark.parametrize(
    "text",
    ["The shipment was late because of the storm. What can we learn from it?",
     "You said the project is behind. What is getting in the way?"],
)  # fmt: skip
def test_a_shortfall_explored_without_why_is_not_hostile(text):
    assert "hostile" not in classify_question(text).flags


def test_arrangements_made_before_the_answer_count_on_the_yes():
    taken = analyze_request(
        "Can you train the new hires next week? There are four of them starting on Monday and "
        "they'll be with you for the first three days. Thanks!"
    )
    assert "takes_the_choice" in taken.flags
    asked = analyze_request(
        "Could you mentor Ana? If you say yes, she'll be with you on Tuesdays. What do you think?"
    )
    assert "takes_the_choice" not in asked.flags
    assert not any("works on it together" in cue for cue in asked.cues)
