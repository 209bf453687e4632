"""The examples a trainer tried (issue: feedback engine v2), with the verdict a trainer gives."""

from __future__ import annotations

import pytest

from coachlab.feedback import (
    ANALYZERS,
    analyze_candor,
    analyze_framing,
    analyze_request,
    classify_question,
)
from coachlab.feedback.requests import FAULTS as REQUEST_FAULTS

OPEN_WANTED = {"kind": "open"}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Why didn't you finish the report on time?", "hostile"),
        ("What's wrong with you?", "hostile"),
        ("How could you even think of turning it down?", "hostile"),
        ("You should take it, it's a great step. What do you think?", "advice"),
        ("Have you thought about asking Dana?", "advice"),
        ("Don't you think we should wait?", "leading"),
    ],
)
def test_hostile_leading_and_advice_questions_never_get_a_tick(text, flag):
    result = classify_question(text)
    assert flag in result.flags
    assert ANALYZERS["question"].meets(result, OPEN_WANTED) is False
    assert any(flag in cue or "blame" in cue or "solution" in cue or "answer you want" in cue
               for cue in result.cues)  # fmt: skip


def test_a_stacked_open_question_is_open_and_told_to_ask_one_at_a_time():
    result = classify_question(
        "What got in the way? What would help next time? What do you need from me?"
    )
    assert result.kind == "open" and "stacked" in result.flags
    assert "Ask one question, then wait for the answer." in result.tips
    assert not any(tip.startswith("Open it with") for tip in result.tips)


@pytest.mark.parametrize(
    "text",
    [
        "Um, so tell me a little bit about the launch",
        "Any other thoughts on the plan",
        "- how could you respond instead?",
    ],
)
def test_ordinary_speech_reads_as_open(text):
    assert classify_question(text).kind == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Could you redo the rota by tomorrow? Thanks, I knew I could count on you!",
        "Would you train the new hires next week? You have no choice, HR already confirmed it.",
        "Could you take the Saturday shift? I've already put you on the rota.",
        "Can you stay late tonight? Great, thanks.",  # lesson 04's own autocratic request
    ],
)
def test_a_request_that_takes_the_choice_back_is_directive(text):
    result = analyze_request(text)
    assert result.style == "directive"
    assert any(tip.startswith("Leave the choice open") for tip in result.tips)


def test_an_instruction_with_a_real_offer_of_support_is_partnering():
    result = analyze_request("Please train the new hires next week. What support would help?")
    assert result.style == "partnering"
    assert any("What support would" in cue for cue in result.cues)


def test_complaining_again_is_not_proactive():
    result = analyze_framing("I've already complained to head office and I'll complain again.")
    assert result.stance == "reactive"


def test_cues_quote_the_learner_in_the_case_they_typed():
    result = analyze_request("You need to send it TODAY.")
    deadline = "a close deadline (fine when it matters, if the how stays theirs)"
    assert f"“TODAY”: {deadline}" in result.cues


def test_lesson_09_model_answer_is_straight_and_asks_for_nothing_it_has():
    result = analyze_candor(
        "Kemi, the weekly client report has come in late on each of the last three Fridays, "
        "and last Friday the client phoned me to ask where it was. What is getting in the way, "
        "and what would help you send it on time?"
    )
    assert result.verdict == "straight"
    assert result.elements == {"situation", "behaviour", "impact", "request"}
    assert not result.tips


def test_a_harsh_message_gets_at_most_three_different_tips_harm_first():
    result = analyze_candor(
        "Kemi, you are so lazy and unprofessional. You never send the report on time, do you "
        "even care? Fix it or else."
    )
    assert result.verdict == "harsh"
    assert 1 <= len(result.tips) <= 3 and len(set(result.tips)) == len(result.tips)
    assert result.tips[0].startswith("Describe what happened and what you need")


def test_a_hedged_message_with_no_moment_is_not_told_it_has_one():
    result = analyze_candor(
        "Hi Kemi, I just wanted to maybe mention something small, it is probably nothing, but "
        "some things about the reports have been a bit off lately, sorry."
    )
    assert result.verdict == "hedged"
    assert "situation" not in result.elements
    assert not any(cue.startswith("situation") for cue in result.cues)
    assert result.tips[0].startswith("Say the point once, plainly")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("So what exactly is the point of this change?", "what exactly is the point"),
        ("Where did you even get that number?", "Where did you even get"),
        ("Are you going to fix this or not?", "or not"),
        ("You clearly did not read the guidelines. Can you read them now?", "You clearly did not"),
    ],
)
def test_a_polite_form_does_not_hide_a_demand_pressure_or_an_accusation(text, words):
    result = analyze_request(text)
    assert result.style == "directive"
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


def test_quoting_the_words_to_change_asks_for_a_change():
    assert "request" in analyze_candor('Page 2 says "data tripets".').elements
    assert "request" not in analyze_candor("The results are hard to follow.").elements


@pytest.mark.parametrize(
    ("text", "words"),
    [("How often do you meet her?", "How often"), ("How many calls a day?", "How many")],
)
def test_a_question_for_one_fact_is_closed_without_doubt(text, words):
    result = classify_question(text)
    assert result.kind == "closed" and result.sure, result
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


def test_praise_before_a_request_does_not_make_it_an_order():
    assert analyze_request("Great question! Have you tried restarting it?").style == "partnering"


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Page 7, line 2: FSGM->FGSM", True),
        ("Fig. 3 needs more explanation.", True),
        ("I suggest shortening the introduction.", True),
        ("The proposed method is weak and the results are not convincing.", False),
    ],
)
def test_a_review_asks_for_a_change_only_when_the_reviewer_asks(text, asks):
    assert ("request" in analyze_candor(text).elements) is asks


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("Is this needed?", "directive"),
        ("Why do we need a second cache?", "directive"),
        ("Who changed the references?", "directive"),
        ("Do you need anything from me?", "partnering"),
        ("Is there anything I can do to help?", "partnering"),
        ("Interesting. What makes you think it would save an hour?", "partnering"),
    ],
)
def test_doubting_the_work_directs_and_offering_help_partners(text, style):
    assert analyze_request(text).style == style


def test_insisting_or_judging_never_makes_a_request_more_of_an_invitation():
    plain = analyze_request("Can you look at the references?").score
    assert analyze_request("Actually, can you look at the references?").score <= plain
    judged = analyze_request("The references are a mess. Can you look at them?")
    assert judged.style == "directive" and any("a mess" in cue for cue in judged.cues)


def test_courtesy_is_never_named_as_what_takes_the_choice_away():
    result = analyze_request("Please redo the schedule by tomorrow using my template. Thanks!")
    assert result.style == "directive"
    assert not any("“Please”" in tip or "“Thanks”" in tip for tip in result.tips), result.tips
    assert not any(cue.startswith(("“Please”: “please”", "“Thanks”")) for cue in result.cues)


def test_a_shared_problem_is_not_a_verdict_on_their_work():
    result = analyze_request("We both want the releases to stop going wrong. Would you look at it?")
    assert result.style == "partnering"
    assert not any("judgment" in cue for cue in result.cues), result.cues


def test_insisting_on_my_way_overrides_their_judgment_and_the_tip_says_so():
    result = analyze_request("Would you mind redoing it by Friday? Use my template, not yours.")
    assert result.style == "directive"
    assert "“my template, not yours”: overrides their judgment" in result.cues
    assert any(tip.startswith("Leave room for their judgment:") for tip in result.tips)


def test_a_why_question_gets_one_reason_for_its_why_not_two_opposite_ones():
    result = classify_question("Why are you thinking of turning it down?")
    # review 23: the caution is a tip, not a reason given beside a ✔
    assert [cue for cue in result.cues if cue.startswith("“Why”")] == [
        "“Why”: opens with a question word: they answer in their own words"
    ]
    assert any("justify themselves" in tip for tip in result.tips), result.tips


def test_candor_quotes_only_words_that_do_what_it_says():
    asked = analyze_candor("Please ask the client where it was sent, by Friday.")
    assert not any(cue.startswith("“it was”") for cue in asked.cues), asked.cues
    vague = analyze_candor("I just wanted to mention something from earlier, maybe?")
    assert "situation" not in vague.elements
    assert "situation" in analyze_candor("Earlier today the report went out late.").elements


def test_why_dont_you_is_advice_in_disguise_not_blame():
    result = classify_question("Why don't you use the shared helper here?")
    assert "advice" in result.flags
    assert "hostile" not in result.flags


@pytest.mark.parametrize(
    "text", ["Move this check into a helper?", "Make the field private?", "Use a set here?"]
)
def test_an_instruction_asked_as_a_question_proposes(text):
    result = analyze_request(text)
    assert result.style == "partnering"
    assert any("proposes an action as a question" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text", ["What is your source for this claim?", "Is it needed?", "Who wrote this?"]
)
def test_a_question_that_only_asks_them_to_account_is_not_partnering(text):
    result = analyze_request(text)
    assert result.style == "directive"
    assert any("account" in tip for tip in result.tips) or "doubt" in " ".join(result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "Here's the goal. What options do you see?",
        "Is it worth adding a test for the empty list?",
        "Have you tried restarting it?",
    ],
)
def test_a_question_that_offers_a_way_forward_does_not_demand(text):
    assert not any("account" in cue for cue in analyze_request(text).cues)


def test_lazy_loading_is_a_technique_not_a_verdict():
    result = analyze_request("Thanks! Can you explain what you mean by lazy loading?")
    assert result.style == "partnering"
    assert not any("judgment" in cue for cue in result.cues)
    assert analyze_request("That's lazy. Redo it.").style == "directive"


def test_what_has_this_got_to_do_with_it_doubts_their_work():
    result = analyze_request("What does this have to do with the ticket?")
    assert result.style == "directive"
    assert any("doubts their work" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    ["Could you say a bit more about what happened?", "Can you talk a little about the move?"],
)
def test_asking_them_to_say_more_is_open_whatever_its_first_word(text):
    result = classify_question(text)
    assert result.kind == "open"
    assert any("in their own words" in cue for cue in result.cues)


def test_you_do_have_to_states_an_obligation():
    result = analyze_request("You do have to fill in the form.")
    assert result.style == "directive"
    assert any("obligation" in cue for cue in result.cues)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("How many times do I have to say this?", "exasperation"),
        ("Didn't we already agree to drop this?", "doubts their work"),
        ("How can this work when the list is empty?", "justify themselves"),
        ("This is not thread-safe, is it?", "judgment on their work"),
    ],
)
def test_criticism_asked_as_a_question_is_named(text, named):
    result = analyze_request(text)
    assert result.style == "directive"
    assert any(named in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    ["nit: could this be private?", "Isn't there already a helper in TextUtils for this?"],
)
def test_a_reviewer_pointing_to_an_alternative_suggests(text):
    assert analyze_request(text).style == "partnering"


def test_a_you_message_about_what_they_did_is_named_with_an_i_message_to_try():
    result = analyze_request("You removed my section from the wiki. Put it back.")
    assert result.style == "directive"
    assert any(cue.startswith("“You removed") for cue in result.cues), result.cues
    assert any(tip.startswith("Start from what you need (“I need…”)") for tip in result.tips)
    assert analyze_request("You did great on the demo. Could you show Ana next?").style == (
        "partnering"
    )


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Not to be that person, but some of us label our food.", "jab dressed as politeness"),
        ("With all due respect, leave the schedule to me.", "jab dressed as politeness"),
        ("Would it kill you to answer your phone?", "sarcasm"),
        ("If this isn't fixed by Monday I'll be taking it to your manager.", "a threat"),
        ("You'll cover the Friday shift, yes? Great, sorted.", "never agreed to"),
        ("Hi, you have once again left the bench in a mess.", "exasperation"),
    ],
)
def test_jabs_threats_and_presumption_are_named_and_directive(text, named):
    result = analyze_request(text)
    assert result.style == "directive"
    assert any(named in cue for cue in result.cues), result.cues
    assert len(result.tips) == len(set(result.tips)) <= 3


@pytest.mark.parametrize(
    "text",
    [
        "Could you review the rota when you get a chance? No rush.",
        "Let me know if Thursday works for the handover, otherwise happy to find another slot.",
        "Needs to be in by 5, sorry - what can I take off your plate to make that happen?",
    ],
)
def test_a_way_out_or_an_offer_keeps_a_request_partnering(text):
    assert analyze_request(text).style == "partnering"


@pytest.mark.parametrize(
    "text",
    [
        "You mentioned you wanted more client work. Would you like to lead the Ridgeway bid?",
        "You handled the audit brilliantly. Could you walk Ana through it?",
    ],
)
def test_what_they_said_or_did_well_is_no_you_message(text):
    result = analyze_request(text)
    assert result.style == "partnering"
    assert not any("“you” message" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "Could you send me the report by Friday? Happy to help if you're stuck.",
        "Could you send the slides before the 3pm meeting? Let me know if that's tight.",
        "Would you be able to finish the rota this week? Let me know if that's tight.",
    ],
)
def test_a_request_that_says_by_when_is_not_told_to_say_by_when(text):
    result = analyze_request(text)
    assert result.style == "partnering"
    assert not any("by when" in tip for tip in result.tips), result.tips
    assert any("by when" in tip for tip in analyze_request("Could you look at the rota?").tips)


def test_a_learned_word_that_means_nothing_alone_is_never_given_as_a_reason():
    for text in ["so you send a person too.", "Are they all on the list?", "It is what it is."]:
        for result in (analyze_request(text), analyze_framing(text)):
            for cue in result.cues:
                quoted = cue.split("”")[0].lstrip("“").lower() if cue.startswith("“") else ""
                assert quoted not in {"so", "you", "are", "they", "it", "is", "this"}, cue
    result = analyze_request("so you send a person too.")
    assert result.cues == (  # said of the whole, not of a word (walkthrough 62)
        "asks nothing: it says what will happen, with no question they could say no to",
    )


def test_the_word_asked_about_is_no_tag_question():
    assert classify_question("What would need to be true for you to say yes?").kind == "open"
    assert classify_question("You sent it on Friday, right?").kind == "closed"
    assert classify_question("so it's on tuesday right?").kind == "closed"


def test_the_question_that_asks_is_quoted_without_greeting_or_softener():
    result = analyze_candor("Hey Ruth, I might be wrong, but maybe the reports were late?")
    soft = "asks, but so softly it is easy to miss"  # review 23: a hedged ask is no plain ask
    assert f"“maybe the reports were late”: {soft}" in result.cues


def test_whatever_works_for_you_leaves_the_choice():
    from coachlab.feedback.request_cues import request_cues

    fired = {found.name: found.words for found in request_cues("use whatever template works.")}
    assert fired.get("r_way_out") == "whatever template works"


def test_candor_reads_reassurance_and_an_i_need_as_they_are_meant():
    result = analyze_candor("Ruth, the client noticed it was late on Friday. I need it by noon.")
    assert "request" in result.elements
    assert not any("asking for" in tip for tip in result.tips)
    assert "harsh" not in analyze_candor("It's not your fault, but the report was late.").issues
    assert "impact" not in analyze_candor("I noticed the report came in late on Friday.").elements


def test_owning_the_imposition_is_named():
    result = analyze_request("Sorry for the short notice, could you cover the desk at 3?")
    assert result.style == "partnering"
    assert any("owns the imposition" in cue for cue in result.cues), result.cues


# From an adversarial review of every free-text exercise (a reviewer who wrote none of it).
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Would you cover the calls? If you say no I'll remember it at review time.", "threat"),
        ("Would you do the handovers by 4pm? Because if not, I'll have to take this further.",
         "threat"),
        ("Would you take the reminder calls? It's not really optional.", "closes the discussion"),
        ("Could you take Saturday? I'm not really asking, to be honest.", "closes the discussion"),
        ("Would you lead it? Not that you really have a choice, haha.", "closes the discussion"),
        ("You'll do the reminder calls from Monday — does that work for you?", "decided for them"),
        ("Karim, from Monday you'll do the reminder calls.", "decided for them"),
    ],
)  # fmt: skip
def test_a_threat_or_a_decision_behind_a_question_is_never_partnering(text, named):
    result = analyze_request(text)
    assert result.style == "directive"
    assert any(named in cue for cue in result.cues), result.cues
    assert not any("way out" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "What's one thing that slows you down that we could fix?",
        "When you picture yourself a year from now, what are you doing that you're not doing?",
        "What kind of work got you excited when you first started here?",
        "Where do things usually get held up for you?",
    ],
)
def test_good_open_questions_whatever_their_first_word(text):
    assert classify_question(text).kind == "open"
    assert classify_question("When did you last take a day off?").kind == "closed"


@pytest.mark.parametrize(
    "text", ["What's going on? And why did you not tell me earlier?",
             "Why don't you ever speak up in team meetings?"],
)  # fmt: skip
def test_blame_hidden_in_a_why_is_hostile(text):
    assert "hostile" in classify_question(text).flags


def test_candor_names_what_reviewers_found_swapped_or_missed():
    assert analyze_candor("You're a nightmare to work with and everyone knows it.").verdict == (
        "harsh"
    )
    assert (
        "absolutes" in analyze_candor("Helen, you keep moving deadlines like we're robots.").issues
    )
    taken_back = analyze_candor(
        "Ruth, last Friday the report was late and the client called. Please send it by noon "
        "from now on. Honestly though, it doesn't really matter that much."
    )
    assert taken_back.verdict == "hedged" and "takes_back" in taken_back.issues
    assert (
        "behaviour"
        in analyze_candor(
            "Our priorities changed three times this month, and twice we dropped half-done work."
        ).elements
    )


def test_patients_are_not_patience_and_doing_it_now_is_proactive():
    result = analyze_framing("The waiting list is long, so I'm calling the patients myself today.")
    assert result.stance == "proactive"
    assert not any("turn out well" in cue for cue in result.cues)


def test_an_eager_invitation_is_not_exasperated():
    result = analyze_request("Would you be up for training the new hires next week?!")
    assert result.style == "partnering"
    assert not any("exasperat" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text", ["I hope things get better after the reorg.", "If only they listened to us."]
)
def test_wishing_it_away_is_reactive(text):
    result = analyze_framing(text)
    assert result.stance == "reactive"
    assert any("changes by itself" in cue for cue in result.cues)


def test_ending_on_the_limit_outweighs_a_vague_promise():
    result = analyze_framing("I'll try to do my best but honestly it's out of my hands.")
    assert result.stance == "reactive"
    assert any("out of reach" in cue for cue in result.cues)


def test_a_step_with_a_time_is_not_asked_for_a_time():
    result = analyze_framing(
        "The budget is set by finance, so I'll draft a priority list by Friday."
    )
    assert result.stance == "proactive"
    assert not any("when" in tip.lower() for tip in result.tips), result.tips
    tips = analyze_framing("The budget is set by finance, so I'll draft a priority list.").tips
    assert any("when" in tip.lower() for tip in tips), tips


def test_over_softened_feedback_is_hedged_not_harsh():
    result = analyze_candor(
        "Ruth, I know you've had a lot on and I really value you, and I'd hate for this to come "
        "across wrong, but last Friday the client called about the report, and I wonder if maybe "
        "we could look at the timing?"
    )
    assert result.verdict == "hedged"
    soft = "asks, but so softly it is easy to miss"  # the whole clause, since review 23
    assert f"“I wonder if maybe we could look at the timing”: {soft}" in result.cues
    assert analyze_candor("I hate how you run these meetings.").verdict == "harsh"


def test_a_closed_question_that_opens_with_what_is_not_told_to_open_with_what():
    narrowed = classify_question("What's the real reason — is it the pay or the night shifts?")
    assert narrowed.kind == "closed"
    assert not any("Open it with" in tip for tip in narrowed.tips)
    assert any("Stop after the open part" in tip for tip in narrowed.tips)
    fact = classify_question("How long have you felt this way?")
    assert fact.kind == "closed" and any("fact or a number" in tip for tip in fact.tips)


def test_a_sneer_is_named_as_harsh_not_as_a_request_and_quotes_end_on_words():
    cues = analyze_candor("You never send it on time. Do you even care? Fix it.").cues
    assert not any("asks for something" in cue for cue in cues), cues
    straight = analyze_candor(
        "Last Friday the client phoned me to ask where the report was. What is getting in the "
        "way, and what would help?"
    )
    assert "“What is getting in the way”: asks for something" in straight.cues


def test_ending_on_what_was_already_done_is_a_step_and_dreading_is_not_doing():
    done = analyze_framing("I can't change the budget. I've already booked a slot with finance.")
    assert done.stance == "proactive"
    dread = analyze_framing("I've been stuck on this for weeks and I'm dreading Monday.")
    assert dread.stance == "reactive"
    assert not any("doing it now" in cue for cue in dread.cues)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("So you'd keep the old rota or something?", "or something"),
        ("Did the client sign off or not?", "or not"),
        ("Should we meet Monday or Tuesday?", "Monday or Tuesday"),
    ],
)
def test_a_guess_to_confirm_or_a_pick_between_options_is_closed(text, words):
    result = classify_question(text)
    assert result.kind == "closed" and result.sure, result
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


def test_is_there_a_reason_you_asks_them_to_justify_themselves():
    result = analyze_request("Is there any reason you ignored my question?")
    assert result.style == "directive", result
    assert any("justify" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Uh-huh. And, uh, when was the last time you had a drink?", "when"),
        ("So, on a scale of one to ten, how ready do you feel?", "on a scale of"),
    ],
)
def test_a_spoken_question_for_a_fact_or_a_number_is_told_so_not_a_guess(text, words):
    result = classify_question(text)
    assert result.kind == "closed", result
    assert result.cues[0].startswith(f"“{words}”"), result.cues
    assert not any("guess" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'll make sure everyone knows whose fault this is 😤", "whose fault"),
        ("I will make them pay for this.", "make them pay"),
    ],
)
def test_acting_to_pin_the_blame_is_reactive_and_told_to_aim_at_the_problem(text, words):
    result = analyze_framing(text)
    assert result.stance == "reactive", result
    assert result.cues[0].startswith(f"“{words}”"), result.cues
    assert result.tips[0].startswith("Aim the step at the problem"), result.tips


def test_preventing_it_happening_again_is_not_a_complaint():
    result = analyze_framing(
        "I'll find out what went wrong and fix the process so it does not happen again."
    )
    assert result.stance == "proactive", result
    assert not any("complains" in cue for cue in result.cues), result.cues
    assert analyze_framing("The printer broke again.").stance == "reactive"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hmm. Do you want to talk me through how the launch went", "Do you want to talk me"),
        ("Would you like to say more about that?", "Would you like to say more"),
    ],
)
def test_an_invitation_asked_as_do_you_want_to_is_open(text, words):
    result = classify_question(text)
    assert result.kind == "open", result
    assert result.cues[0].startswith(f"“{words}"), result.cues


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Um, which shift do you prefer, the early or the late one?", "the early or the late one"),
        ("What do you drink in the morning, tea or coffee", "tea or coffee"),
        ("Okay. What's your team lead's name?", "What's your team lead's name"),
        ("And what's your start date?", "what's your start date"),
    ],
)
def test_options_after_the_question_or_one_fact_asked_with_what_make_it_closed(text, words):
    result = classify_question(text)
    assert result.kind == "closed", result
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


def test_a_filler_between_commas_does_not_make_a_topic_a_pick():
    result = classify_question("What do you make of the, uh, budget or the hiring plan?")
    assert result.kind == "open", result


@pytest.mark.parametrize(
    "text",
    [
        "Where are the test results? I looked everywhere and found nothing.",
        "Why is your branch still failing? It was fine when I left it.",
        "Thanks for wasting my morning with that merge. Can you undo it?",
        "Will you finally answer the question I asked on Monday?",
        "Could you stop reopening the ticket every time I close it?",
        "Is updating the changelog too much to ask?",
        "Whose idea was it to ship this on a Friday?",
        "Can you check the logs? You would have seen the error if you had opened them.",
        "Mind telling me why you skipped the review?",
    ],
)
def test_a_question_that_challenges_or_reproaches_is_directive(text):
    assert analyze_request(text).style == "directive", analyze_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nice catch on the typo. Do you happen to know who owns the style guide?",
        "Close to what we need, thanks! Could you add the totals row as well?",
        "Where can I find the onboarding checklist?",
    ],
)
def test_a_polite_question_for_help_is_not_a_demand(text):
    result = analyze_request(text)
    assert result.style == "partnering", result
    assert not any("account" in cue or "bare instruction" in cue for cue in result.cues)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Looking back at the last quarter, which parts of the job drained you?", "which parts"),
        ("Thinking about the team, who do you turn to first?", "who"),
        ("You sent the invite, did you?", "did"),
    ],
)
def test_a_question_after_a_scene_setting_clause_is_read_from_its_question_word(text, words):
    result = classify_question(text)
    assert result.cues[0].startswith(f"“{words}”"), result.cues
    assert "no question word" not in " ".join(result.cues)


def test_scorn_in_a_polite_request_leaves_no_room_and_is_named():
    result = analyze_request("Could you please sort out this crap before Friday?")
    assert result.style == "directive", result
    assert any(cue.startswith("“crap”: scorn") for cue in result.cues), result.cues
    assert "Say what you need without scorn: it puts them on the defensive." in result.tips
    assert analyze_request("Could you help me with this shell script?").style == "partnering"


def test_naming_the_complaint_to_move_past_it_is_proactive():
    result = analyze_framing(
        "Honestly, my first reaction was to complain to my manager about the new rota. But "
        "complaining won't change it, so I'll sit down with the team on Monday and work out a "
        "swap system we can all live with."
    )
    assert result.stance == "proactive" and result.sure, result
    assert result.cues[0].startswith("“my first reaction was to”"), result.cues
    assert analyze_framing("Complaining won't change anything, they never listen.").stance == (
        "reactive"
    )


def test_a_step_in_my_hands_with_a_time_is_not_asked_for_a_step_and_a_time():
    result = analyze_framing("What I can do is rework the plan and show my director by Friday.")
    assert result.stance == "proactive", result
    assert result.tips == (), result.tips


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "With all due respect, your slides were a waste of everyone's time.",
            "With all due respect",
        ),
        ("Would it kill you to reply to the client before Friday?", "Would it kill you to"),
        ("Maybe it's me, but you don't really care about this launch.", "you don't really care"),
    ],
)
def test_a_jab_or_sarcasm_in_feedback_is_harsh_and_quoted(text, words):
    result = analyze_candor(text)
    assert result.verdict == "harsh", result
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "Tessa, you did a great job with the rota this week. Would you show the others how?",
        "Well done on the audit. The inspector singled out your checklists.",
    ],
)
def test_sincere_praise_is_not_sarcasm(text):
    assert analyze_candor(text).verdict != "harsh", analyze_candor(text)


def test_nerves_in_a_message_that_softens_itself_read_hedged_not_harsh():
    result = analyze_candor(
        "hi!! not to be weird but maybe the queue times are kinda long?? idk might just be me"
    )
    assert result.verdict == "hedged", result


def test_a_sentence_that_opens_on_an_instruction_asks_for_something():
    result = analyze_candor(
        "Your last two commits had passwords in them and security had to reset both. "
        "Please use the vault from now on."
    )
    assert "request" in result.elements and result.verdict == "straight", result


@pytest.mark.parametrize(
    "text",
    [
        "I'll raise it at the meeting, but honestly it's the warehouse's problem.",
        "I'll chase finance once more, though it won't change anything.",
        "I'll write to the board telling them they never read our reports.",
        "I'm going to make facilities understand that their booking tool is a joke.",
    ],
)
def test_a_commitment_that_ends_on_the_limit_or_aims_at_blame_is_not_proactive(text):
    result = analyze_framing(text)
    assert result.stance == "reactive", result
    assert "ends on what you will do" not in result.cues, result.cues


@pytest.mark.parametrize(
    "text",
    [
        "rota's a mess but ill call the two part-timers tonight to fill the gaps",
        "What I can do: move the stock count to Thursday so the weekend team can serve.",
        "I've been complaining about the freeze for a month. Now I'll train Omar on invoices so "
        "we're not stuck when Jo is away.",
    ],
)
def test_a_step_in_my_hands_reads_proactive_however_it_is_typed(text):
    result = analyze_framing(text)
    assert result.stance == "proactive" and result.sure, result


@pytest.mark.parametrize(
    "text",
    [
        "Could you run the Monday huddle? I'm sure you'll find the time.",
        "Would you mind taking the late shift on Sunday? I'm counting on you.",
        "Thanks for agreeing to cover the front desk next week!",
        "Would you be an angel and sort the filing today?",
        "You'll take the minutes again, won't you?",
        "I really need the slides by noon, ok?",
        "Please finish the audit today, and I'd rather not hear excuses.",
        "Now that you're after a team lead role, you should run the offsite.",
    ],
)
def test_counting_on_the_yes_before_it_is_given_is_not_partnering(text):
    assert analyze_request(text).style == "directive", analyze_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "The audit pack is due on the 9th. Thoughts on how you'd like to split it?",
        "we need two people on the stall saturday, you'd get monday off after. interested?",
        "New starters arrive Monday. Could you show them the tills? Let me know what you need.",
        "Ana, fewer errors would save us both hours. Fancy owning the checks? Say no if it's "
        "a bad month.",
    ],
)
def test_an_ask_that_leaves_room_reads_partnering(text):
    result = analyze_request(text)
    assert result.style == "partnering", result
    assert not any("bare instruction" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "Why are your sales figures down again this quarter?",
        "Why did you go over my head to the regional manager?",
        "So how do you think the pitch went? Because I thought it was weak.",
        "What's behind it - is it the commute, the team, or the workload?",
    ],
)
def test_a_why_about_a_miss_a_verdict_first_or_a_list_after_a_dash_gets_no_tick(text):
    assert ANALYZERS["question"].meets(classify_question(text), OPEN_WANTED) is not True


@pytest.mark.parametrize(
    "text",
    [
        "What kind of project used to give you energy here?",
        "Thinking about next year, which skills would you most like to build?",
        "When did you last enjoy a Monday, and what was different about it?",
        "If you could change one thing about the rota, which would you pick and why?",
        "Show me how you log a return on the new till.",
        "What would your ideal role look like, here or anywhere else?",
    ],
)
def test_an_invitation_is_open_whatever_its_first_word(text):
    result = classify_question(text)
    assert result.kind == "open", result
    assert not any("single fact" in cue for cue in result.cues), result.cues


def test_how_it_makes_us_look_is_not_a_label_for_them():
    result = analyze_candor(
        "Tomas, Thursday's invoice went out late again and the supplier called me. It makes us "
        "look disorganised. Can we work out together what would help?"
    )
    assert result.verdict == "straight", result


@pytest.mark.parametrize(
    "text",
    [
        "Omar, I don't want to make a big thing of it, but the client called on Monday about "
        "the quote. Anyway, how was the conference?",
        "Bea, I don't want to complain, and I'm sure you had good reasons, but maybe at some "
        "point we could talk about the rota? Only if you have time.",
        "The team stayed late twice last week after the scope changed. It's fine, we managed, "
        "just so you know.",
    ],
)
def test_a_point_softened_away_or_taken_back_is_hedged(text):
    assert analyze_candor(text).verdict == "hedged", analyze_candor(text)


def test_a_plain_upward_message_with_its_effect_and_its_ask_is_straight():
    result = analyze_candor(
        "Ingrid, the launch date moved twice this month. The team worked late three nights "
        "last week. I'm asking for a day's notice before the next change."
    )
    assert result.verdict == "straight", result
    assert {"situation", "impact", "request"} <= result.elements, result


def test_tips_do_not_ask_for_a_reason_a_time_or_an_effect_the_text_gives():
    shared = analyze_request("We both want calmer mornings, so you'll take the early calls.")
    assert not any(tip.startswith("Say why it matters") for tip in shared.tips), shared.tips
    kind = analyze_request("Fancy pairing on the rota fix thursday? No pressure if you're swamped.")
    assert not any("by when" in tip for tip in kind.tips), kind.tips
    effect = analyze_candor(
        "In yesterday's stand-up you talked over Lin twice, and she went quiet for the rest of "
        "it. Please let her finish."
    )
    assert "impact" in effect.elements, effect
    assert "stand-up" in " ".join(effect.cues), effect.cues


def test_a_learned_word_is_explained_without_naming_a_corpus():
    from coachlab.feedback.model import WORD_READINGS

    for reading in WORD_READINGS.values():
        for meaning in (reading.yes, reading.no):
            assert "real" not in meaning and meaning.startswith("a word people"), meaning


def test_who_s_is_a_question_word_and_quotes_run_to_a_word_that_means_something():
    result = classify_question("Who's covering the desk while you're out?")
    assert result.cues[0].startswith("“Who's”"), result.cues
    candor = analyze_candor("The order was late on Monday so the client cancelled.")
    assert any(cue.startswith("“so the client”") for cue in candor.cues), candor.cues


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("You never finish anything - what would it take for you to bother?", "hostile"),
        ("Why do you think you keep missing the handover?", "hostile"),
        ("So why were you late twice this week?", "hostile"),
        ("How come you never ask the team?", "hostile"),
        ("How has your attitude affected the ward, do you think?", "leading"),
    ],
)
def test_blame_or_a_presumption_inside_an_open_form_gets_no_tick(text, flag):
    result = classify_question(text)
    assert flag in result.flags, result
    assert ANALYZERS["question"].meets(result, OPEN_WANTED) is False


def test_do_you_have_any_ideas_is_no_blame_and_talk_me_thru_invites():
    assert "hostile" not in classify_question("Do you have any ideas?").flags
    assert classify_question("talk me thru how the night shift went").kind == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Could you send the rota by 5? That's not a question, by the way.",
        "Would you mind doing the stock check? Not that it's optional.",
        "Would you run the induction on Monday? I've already put it in your diary.",
        "Could you cover reception? It's your job, after all.",
        "Label the returns before lunch, would you?",
        "Use your own layout if you must, but I'd expect it to look like mine.",
    ],
)
def test_a_request_that_takes_the_choice_back_another_way_is_directive(text):
    assert analyze_request(text).style == "directive", analyze_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Head office keeps moving the targets. It is what it is.",
        "We're short again. I'll email the depot, though they never answer anyway.",
        "I'll make sure the area manager knows it's their fault when the shelves are empty.",
        "I'll keep complaining until someone listens.",
    ],
)
def test_resignation_blame_or_complaint_as_a_plan_is_not_proactive(text):
    assert analyze_framing(text).stance == "reactive", analyze_framing(text)


def test_naming_the_limit_then_acting_is_proactive():
    result = analyze_framing(
        "There's nothing I can do about the rain, so I've already moved the fair indoors and "
        "told the families."
    )
    assert result.stance == "proactive" and result.sure, result


def test_waiting_is_never_explained_as_taking_action():
    result = analyze_framing("I'll wait and see who turns up.")
    assert not any("take action" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "Your department is a shambles on returns. Fix it.",
        "Honestly, I'm sick of covering for you on Fridays.",
    ],
)
def test_contempt_in_feedback_is_harsh(text):
    assert analyze_candor(text).verdict == "harsh", analyze_candor(text)


def test_waiting_for_others_before_acting_is_reactive_and_told_what_to_do_now():
    result = analyze_framing("I'll wait for finance to sign it off and then I'll order the kit.")
    assert result.stance == "reactive", result
    assert result.cues[0].startswith("“wait for finance"), result.cues
    assert result.tips[0].startswith("Name a step you can take before they act"), result.tips
    from coachlab.feedback.framing_cues import framing_cues

    eager = framing_cues("i can't wait until the new tills arrive, then i'll retrain everyone.")
    assert "f_waits_first" not in {found.name for found in eager}


def test_a_quote_never_runs_past_punctuation_into_words_that_are_not_together():
    result = analyze_candor("The order was late, so the, uh, client cancelled.")
    text = "The order was late, so the, uh, client cancelled."
    for cue in result.cues:
        if cue.startswith("“"):
            assert cue[1 : cue.index("”")] in text, cue


@pytest.mark.parametrize(
    "text",
    ["What helps you keep going when a week gets tough?", "You never know - what might change?"],
)
def test_keeping_going_or_an_idiom_is_not_blame(text):
    assert "hostile" not in classify_question(text).flags, classify_question(text)


def test_a_why_about_what_excites_them_is_not_blame():
    assert "hostile" not in classify_question("Why are you so excited about the new role?").flags


def test_asking_them_to_keep_going_is_no_exasperation():
    result = analyze_request("Could you keep going with the draft tomorrow?")
    assert result.style == "partnering", result
    assert analyze_request("Are you going to keep ignoring the ticket?").style == "directive"


def test_nothing_i_can_really_do_is_helplessness_not_what_could_be_done():
    result = analyze_framing("There is nothing I can really do about the rota.")
    assert result.stance == "reactive", result
    assert not any("could be done" in cue for cue in result.cues), result.cues


KEEPS_PRAISED = "Tom, you keep going the extra mile on the Friday reports, and the client noticed."
KEEPS_MISSING = (
    "You keep missing the Monday stand-up, so the client call starts without your numbers."
)


def test_you_keep_is_heard_the_same_way_by_all_three_readings():
    """One list of verbs people praise: a complaint in one reading is a complaint in all three."""
    assert "absolutes" not in analyze_candor(KEEPS_PRAISED).issues
    assert analyze_candor(KEEPS_PRAISED).verdict != "harsh"
    assert "absolutes" in analyze_candor(KEEPS_MISSING).issues
    assert "hostile" in classify_question("Why do you think you keep missing the stand-up?").flags
    assert "hostile" not in classify_question("What helps you keep delivering like this?").flags
    assert analyze_request("Could you stop this? You keep interrupting me.").style == "directive"
    assert (
        analyze_request(
            "You keep coming up with good ideas. Would you like to lead the next retro?"
        ).style
        == "partnering"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We will wait and see what happens.",
        "I'm going to keep my head down until the merger is done.",
        "I am waiting for head office to decide.",
        "Let's wait and see what management decides.",
        "I'll wait until someone tells me what they want.",
    ],
)
def test_deciding_to_sit_it_out_is_reactive_as_lesson_03_teaches(text):
    result = analyze_framing(text)
    assert result.stance == "reactive", result
    assert any("wait it out" in cue for cue in result.cues), result


def test_seeing_someone_is_a_meeting_not_a_wait():
    result = analyze_framing("I'll see Maria on Monday and we'll sort the rota together.")
    assert not any("wait" in cue for cue in result.cues), result


@pytest.mark.parametrize(
    "text",
    [
        "I'll keep telling IT the system is useless until they finally do their job.",
        "I'm going to keep reminding people the rota is a joke until someone upstairs notices.",
        "I'll escalate it to my manager and let them decide what to do about the waiting list.",
        "I'll flag it and leave it to head office, it's their call anyway.",
        "Maybe I could look at the backlog sometime if things calm down a bit.",
        "Nothing I can do, it's head office's call. We'll manage somehow.",
        "Our IT is a disaster and management should have bought a proper system years ago.",
    ],
)
def test_complaints_hand_offs_and_waiting_for_calm_dressed_as_plans_are_reactive(text):
    assert analyze_framing(text).stance == "reactive", analyze_framing(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll escalate it to my manager with two options and ask for a decision by Friday.",
        "I'll keep chasing the supplier every morning until the parts arrive, and plan around it.",
    ],
)
def test_escalating_or_chasing_with_a_step_stays_proactive(text):
    assert analyze_framing(text).stance == "proactive", analyze_framing(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "Would it kill you to help with stocktake for once? You might even learn something.",
            "on_the_defensive",
        ),
        (
            "Since your last rota was such a success, maybe try it my way this time?",
            "on_the_defensive",
        ),
        (
            "Could you start the calls tomorrow? I've already added them to your task list.",
            "takes_the_choice",
        ),
        ("Would you train the new hires? I've already sent them your name.", "takes_the_choice"),
        (
            "Could you cover the calls? If you're busy, well, that's not really an option today.",
            "takes_the_choice",
        ),
        (
            "Would you like to lead it? Not that there's anyone else, so it'll have to be you.",
            "takes_the_choice",
        ),
        ("You're doing the inventory this Saturday, is that clear?", "takes_the_choice"),
    ],
)
def test_a_request_that_takes_the_choice_or_attacks_never_gets_a_tick(text, flag):
    result = analyze_request(text)
    assert flag in result.flags, result
    assert ANALYZERS["request"].meets(result, {"style": "partnering"}) is False


@pytest.mark.parametrize(
    "text",
    [
        "Would it be too much to ask you to proof the tender before it goes? Say if you can't.",
        "Could you take the Friday slot? If that's not an option, tell me what would work.",
        "Any ideas on how we could cut hold times? You're on the phones all day, you'd know.",
        "The new hygiene rule is mandatory from June. How could we make it work in your kitchen?",
        "I need the schedule by Friday for the union meeting. What would make that realistic?",
    ],
)
def test_courtesy_a_way_out_or_a_rule_of_the_world_is_no_fault(text):
    result = analyze_request(text)
    assert not result.flags & REQUEST_FAULTS.keys(), result
    assert result.style == "partnering", result


@pytest.mark.parametrize(
    "text",
    [
        "Use whatever template you like - actually no, just use mine.",
        "Would you have a go at the layout? Actually, never mind, I'll draw it up myself.",
    ],
)
def test_an_offer_taken_back_overrides_their_judgment(text):
    result = analyze_request(text)
    assert result.style == "directive", result
    assert any("overrides" in cue for cue in result.cues), result


@pytest.mark.parametrize(
    "text",
    [
        "I was thinking it might be nice at some point if maybe handovers were smoother. "
        "Anyway, just a thought.",
        "It'd be nice if someday we could maybe help each other more with the audits, whenever.",
        "I think we probably want similar things, more or less, so maybe we could think about it.",
    ],
)
def test_softeners_stacked_until_nothing_is_asked_get_no_verdict(text):
    result = analyze_request(text)
    assert not result.sure, result
    assert "nothing is asked" in result.cues[0]
    assert any("by when" in tip for tip in result.tips)


@pytest.mark.parametrize(
    "text",
    [
        "Whenever convenient, maybe squash the commits before we merge? Thanks!",
        "Could you maybe cover the support line from 2 to 5 on Thursday?",
        "Would you perhaps try a ten-minute overlap with me for a couple of weeks?",
    ],
)
def test_a_soft_request_that_says_what_and_when_is_partnering_and_not_asked_for_a_when(text):
    result = analyze_request(text)
    assert result.style == "partnering" and result.sure, result
    assert not any("by when" in tip for tip in result.tips), result


@pytest.mark.parametrize(
    "text",
    [
        "No-shows are killing both our mornings. Would you be up for owning the reminder calls? "
        "You can decide when and how.",
        "Could you help me with the German customer calls? It helps me a lot. Say honestly if "
        "it's too much.",
        "Could you take over the reminder calls? What would make that workable for you?",
    ],
)
def test_a_partnering_request_that_leaves_the_when_to_them_is_not_asked_for_one(text):
    result = analyze_request(text)
    assert result.style == "partnering", result
    assert not any("by when" in tip for tip in result.tips), result


@pytest.mark.parametrize(
    "text",
    [
        "I'll try to be more positive about the restructure.",
        "I'll try to be more proactive about the scheduling issues going forward.",
        "Things will get better once the new system beds in, I'm sure.",
    ],
)
def test_a_framing_exercise_wants_a_commitment_not_only_a_hopeful_tone(text):
    result = analyze_framing(text)
    assert "commits_to_nothing" in result.flags, result
    assert ANALYZERS["framing"].meets(result, {"stance": "proactive"}) is False


@pytest.mark.parametrize(
    "text",
    [
        "Will speak to finance about the invoice delays next week + send them a list.",
        "I can't control when the trucks arrive, but I can have the dock team ready by 6.",
        "I'd like to run stay interviews with the six longest-serving agents this month.",
        "can't fix the vendor's api but adding a retry and a cache, doing that now",
        "What I can do is phone the three families on the list today.",
    ],
)
def test_a_step_of_their_own_in_ordinary_words_is_a_commitment(text):
    assert "commits_to_nothing" not in analyze_framing(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "I'll do my best.",
        "We'll try to cope better this time by staying calm.",
        "I'll try to stay positive about the new rota even though nobody asked our opinion.",
        "It's the same every weekend, we'll get through it like always.",
    ],
)
def test_an_effort_or_a_mood_is_no_step(text):
    result = analyze_framing(text)
    assert ANALYZERS["framing"].meets(result, {"stance": "proactive"}) is not True, result


@pytest.mark.parametrize(
    "text",
    [
        "I'll tell head office again that we're short, though I doubt they'll do anything.",
        "Maybe I could look into phoning people, if I have time, but it's really IT's job.",
        "I'll send an angry email to head office so they finally understand how bad it is.",
    ],
)
def test_a_step_that_ends_on_doubt_blame_or_getting_even_is_reactive(text):
    assert analyze_framing(text).stance == "reactive", analyze_framing(text)


def test_ill_typed_without_the_apostrophe_commits_whatever_the_verb():
    result = analyze_framing(
        "short again. ill rework the rota tonight so the busy hours are covered"
    )
    assert "commits_to_nothing" not in result.flags
    assert "commits_to_nothing" in analyze_framing("I've been ill all week.").flags


def test_words_that_mean_nothing_alone_are_weighed_but_never_shown():
    for text in (
        "My plan: phone the list each morning and tell IT what is still failing.",
        "I'm going to pre-pack on Friday night so Saturday needs one person less.",
    ):
        cues = " ".join(analyze_framing(text).cues)
        assert "“still”" not in cues and "“less”" not in cues, cues


@pytest.mark.parametrize("text", ["😡", "ok", "test", "<b>bold</b><script>alert(1)</script>"])
@pytest.mark.parametrize(
    ("analyzer", "expect"),
    [
        ("request", {"style": "partnering"}),
        ("framing", {"stance": "proactive"}),
        ("candor", {"verdict": "straight"}),
    ],
)
def test_a_word_or_two_gets_no_verdict_in_any_exercise(text, analyzer, expect):
    """A facilitator typing "test" before a session sees "can't tell", not a confident ✘."""
    reading = ANALYZERS[analyzer]
    assert reading.meets(reading.function(text), expect) is None


@pytest.mark.parametrize(
    "text",
    [
        "I want to talk about the rota for the holiday weekend and how we share it fairly.",
        "Felix is out this afternoon.",
    ],
)
def test_a_request_exercise_does_not_tick_words_that_ask_nothing(text):
    result = analyze_request(text)
    assert not result.sure, result


@pytest.mark.parametrize(
    "text",
    [
        "You're doing the newsletter this month, it'll look good on your CV.",
        "You're going to present at the town hall on Friday. Let me know what you'll need.",
        "You'll help me with the stocktake on Saturday. You'll get a day off in lieu.",
    ],
)
def test_an_announcement_decides_for_them(text):
    result = analyze_request(text)
    assert result.style == "directive" and "takes_the_choice" in result.flags, result


@pytest.mark.parametrize(
    "text",
    [
        "Would you train the new hires next week? I've already told HR you're doing it.",
        "Could you do the deep clean on Saturday? I've already put it on the rota.",
        "Felix is out, so you're on his calls this afternoon. Let me know if there's a problem.",
        "Would you like to take on the payroll checks? It's not really a choice, but you'll learn.",
        "You'll be covering Felix's calls this afternoon — I trust that's not a problem?",
        "Could you cover Felix's calls this afternoon? I'm sure you're not too busy.",
        "Surely you can see it makes sense for you to take the late ones too?",
        "Would you like to help me fix the shifts, or would you rather keep complaining?",
        "Karim, would you mind doing the reminder calls? It's really your job anyway.",
        "I'd appreciate it if you would redo the schedule by tomorrow in my template, no need to "
        "reply.",
        "Could you please make sure the meds round is finished by 9? I'll be checking.",
    ],
)
def test_the_fourth_reviews_ways_of_closing_the_choice_never_get_a_tick(text):
    result = analyze_request(text)
    assert result.style == "directive" or result.flags & REQUEST_FAULTS.keys(), result
    assert ANALYZERS["request"].meets(result, {"style": "partnering"}) is False


@pytest.mark.parametrize(
    "text",
    [
        "The harness check is non-negotiable every morning. How you run the toolbox talk is "
        "yours: what would make it work for your crew?",
        "Sorry to ping on a Sunday! No need to reply till Monday: could you send the floor plan?",
    ],
)
def test_what_cannot_move_or_a_courtesy_is_not_a_closing(text):
    result = analyze_request(text)
    assert result.style == "partnering" and not result.flags & REQUEST_FAULTS.keys(), result


def test_non_negotiable_and_i_want_you_to_do_it_still_decides():
    result = analyze_request(
        "It's non-negotiable that the new hires get trained, and I want you to do it. "
        "How would you like to structure it?"
    )
    assert result.style == "directive", result


def test_wrong_with_you_is_blame_wherever_it_sits():
    assert "hostile" in classify_question("What do you think went wrong with you?").flags
    assert not classify_question("What went wrong with your team this week?").flags


@pytest.mark.parametrize(
    "text",
    [
        "Would you like to help with the newsletter or would you rather I reported you to HR?",
        "Would you be willing to cover the late shift? If not, I'll have to rethink your overtime.",
        "Could you cover the calls this afternoon? You're not that busy anyway, are you?",
        "Wouldn't it be better for both of us if you just started coming in at 7?",
        "Wouldn't you agree it's only fair that you take the Christmas shift this year?",
        "Would you mind just doing it the way I showed you from now on?",
        "What do you think about a feedback box? Either way we're doing it next week.",
        "Can you take over the rota this week? Thanks Jess, knew I could count on you!",
        "Karim, could you do the reminder calls? I've already told Dr Shah you will.",
        "Can you do the weekend cover? It's good experience. Great, thanks, I'll put you down.",
        "Would you rather train the new hires on Monday or Tuesday?",
        "Karim, would you do the reminder calls at 4pm or 5pm?",
    ],
)
def test_the_fifth_reviews_pressure_in_a_polite_question_never_gets_a_tick(text):
    result = analyze_request(text)
    assert ANALYZERS["request"].meets(result, {"style": "partnering"}) is False, result


@pytest.mark.parametrize(
    "text",
    [
        "Redo the schedule by tomorrow, ok?",
        "You know what I need: the schedule redone by tomorrow, my template. Any questions?",
        "Would you mind redoing the schedule? It must be done by tomorrow, no exceptions.",
    ],
)
def test_a_check_that_they_heard_is_no_room_to_answer(text):
    assert analyze_request(text).style == "directive", analyze_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is that ok?",
        "Would Friday be ok?",
        "sorry to bug you again - could u look at PR 412 today or tomorrow? no rush",
        "Could we meet on Monday or Tuesday to plan it together?",
    ],
)
def test_a_real_check_in_or_a_when_with_a_way_out_stays_partnering(text):
    result = analyze_request(text)
    assert result.style == "partnering" and not result.flags & REQUEST_FAULTS.keys(), result


@pytest.mark.parametrize(
    "text",
    [
        "It would be great if things improved between the teams.",
        "It would help me a lot if the filing was done before Friday.",
    ],
)
def test_a_wish_with_nothing_to_say_yes_to_gets_no_tick(text):
    assert not analyze_request(text).sure, analyze_request(text)


def test_not_my_fault_is_no_ownership_and_naming_the_reaction_then_acting_is_proactive():
    blame = analyze_framing("It's not my fault the list is growing, I'll tell patients to "
                            "complain to IT.")  # fmt: skip
    assert blame.stance == "reactive" and "owns" not in " ".join(blame.cues), blame
    plan = analyze_framing(
        "Our freezer alarms go off at night and I just react. I'll set up a shared alarm log "
        "this week and bring it to Thursday's safety meeting with a proposal."
    )
    assert plan.stance == "proactive" and not plan.flags, plan


@pytest.mark.parametrize(
    "text",
    [
        "Could you take the late shift on Thursday? I'd hate to have to mention your attitude in "
        "your review.",
        "What do you think about a checklist? Whatever you say, we're doing it from Monday.",
        "Would you like to work on the rota with me? Anyway I've already drafted it, just sign it.",
        "From next week you'll make the reminder calls.",
        "Do you want to train the new hires on Monday or on Tuesday next week?",
        "Will you take the calls from 1 to 3, or from 1 to 5?",
        "Could you redo it tonight or first thing tomorrow morning?",
        "You owe me one. Can you do the inventory tonight?",
    ],
)
def test_the_sixth_reviews_closed_choices_never_get_a_tick(text):
    result = analyze_request(text)
    assert ANALYZERS["request"].meets(result, {"style": "partnering"}) is False, result


def test_an_informal_ask_with_a_way_out_is_no_tagged_order():
    result = analyze_request("calls need cover this pm, can you? if not no stress, tell me who")
    assert result.style == "partnering" and not result.flags & REQUEST_FAULTS.keys(), result


def test_doing_what_i_can_is_no_step():
    result = analyze_framing("I'll do what I can this weekend.")
    assert ANALYZERS["framing"].meets(result, {"stance": "proactive"}) is not True, result


@pytest.mark.parametrize(
    "text",
    [
        "Why were the lab samples mislabelled again last week?",
        "What is it about your lack of planning that keeps causing this?",
    ],
)
def test_a_why_about_a_miss_or_a_question_about_their_lack_is_blame(text):
    assert "hostile" in classify_question(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "Last week the deadline moved twice without a word and the team worked late. I'd be "
        "grateful if we could agree that changes are talked through with me first.",
        "On Monday the deadline moved and we worked late twice. Request: a quick call with me "
        "before any deadline change.",
    ],
)
def test_a_polite_or_labelled_request_in_candor_asks(text):
    result = analyze_candor(text)
    assert "request" in result.elements and not result.flags, result


@pytest.mark.parametrize(
    "text",
    [
        "Could we talk about your future in the team? I'd like to hear what you want next.",
        "Would you lead the retro? I'll mention your great work on the launch in your review.",
    ],
)
def test_a_career_talk_or_praise_for_the_review_is_no_threat(text):
    result = analyze_request(text)
    assert "on_the_defensive" not in result.flags, result


def test_a_job_or_a_file_on_the_line_is_a_threat():
    for text in (
        "Could you be on time from now on, or we'll have to talk about your position?",
        "Can you cover Friday? I'd hate to have to mention your attitude in your review.",
    ):
        assert "on_the_defensive" in analyze_request(text).flags, text


@pytest.mark.parametrize(
    "text",
    [
        "Could you cover Friday's calls? I hope that's ok, and tell me if it isn't.",
        "Could you send the revised draft by Thursday, as we agreed on Monday?",
    ],
)
def test_a_courtesy_or_a_real_agreement_is_not_presumed(text):
    result = analyze_request(text)
    assert result.style == "partnering" and not result.flags & REQUEST_FAULTS.keys(), result


@pytest.mark.parametrize(
    "text",
    [
        "It's the client's call, so I'll prepare two options for them by Friday.",
        "I'll get through the backlog by Friday and flag what's left.",
    ],
)
def test_a_limit_named_then_a_step_or_getting_through_a_task_is_proactive(text):
    result = analyze_framing(text)
    assert result.stance == "proactive" and not result.flags, result
