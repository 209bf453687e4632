"""Blind review 54 (a trainer's 336 answers, dictated, typed by non-native speakers, in chat
shorthand, or rambling; tests/data/blind_feedback_review54.csv): commitments that wait on someone
else, complaints and blame dressed as steps, acceptance offered as a plan; questions that blame by
comparison or carry their answer; the choice taken politely; asks said as wishes. Blind, the
engine agreed with the trainer on 284 of 336 (✔ on 153 of 168 good answers, and on 37 of 168
bad ones); the fixes here bring it to 325, the 11 left named in the file. Each kind on both
sides."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_framing, analyze_request, classify_question


@pytest.mark.parametrize(
    "text",
    [
        "2 short this wknd. I'll flag it on the Mon call and see what HO says, nothing we can "
        "really do till then tbh",
        "IT outages kill our handle times. I'll keep logging each one in the tracker so when mgmt "
        "finally fixes it we'll have the data",
        "short again this wknd. I'll escalate to HO again first thing Mon, ball's in their court "
        "after that",
        "Housekeeping is late every Sunday. I will inform the manager that it is their fault and "
        "then he will decide what to do.",
        "the pharmacy round is always late and i'll keep raising it at the meeting until someone "
        "upstairs finally does something about it",
        "The product owner changes the priorities every sprint. I will try to accept it and to be "
        "more flexible, because this is how the company is.",
        "Volunteers keep dropping out, so I'll remind them at the next meeting how much it lets "
        "everyone else down.",
        "I will try to cope this weekend with the people we have, because there is nothing else "
        "possible until head office decide.",
    ],
)
def test_a_step_that_waits_blames_or_accepts_is_reactive(text):
    assert analyze_framing(text).stance == "reactive", analyze_framing(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're short again, so I'll ring the agency tonight and ask for two cover staff.",
        "Nothing else is possible on the budget, so I've moved two people onto the tills.",
        "I'll rework the rota tonight so nobody's stuck in the stockroom at peak times.",
        "There's nothing I can do about head office, so I'll book the sister store's staff today.",
    ],
)
def test_a_step_of_ones_own_stays_proactive(text):
    assert analyze_framing(text).stance == "proactive", analyze_framing(text)


@pytest.mark.parametrize(
    ("text", "not_shown"),
    [
        ("I'll let head office know again that we're not happy.", "expects it to turn out well"),
        ("IT broke it, so I'll list every patient we've lost.", "expects it to turn out well"),
        ("I'll move the delivery so nobody's stuck in the stockroom.", "nothing in your hands"),
    ],
)
def test_words_read_in_their_sense(text, not_shown):
    """ "not happy" is no outlook, a patient is not patience, "nobody's stuck" is no limit."""
    assert not any(not_shown in cue for cue in analyze_framing(text).cues)


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ("What's stopping you from hitting the response targets that everyone else on the team "
         "seems to manage?", "hostile"),
        ("What's made you lose interest when the rest of the team is still keen?", "hostile"),
        ("What did you do differently from everyone else to make it stop working?", "hostile"),
        ("so um chris what do you think you've been doing wrong that's stopped you learning",
         "hostile"),
        ("What did you think would happen when you didn't tell the client about the delay?",
         "hostile"),
        ("What's the real reason you never put your hand up for anything?", "hostile"),
        ("What part of 'be on time' don't you understand?", "hostile"),
        ("Aroha, what can I say or offer to change your mind before Friday's meeting?", "leading"),
        ("What's stopping you from seeing what we all see in you?", "leading"),
        ("You think the problem is with the agency staff, no? What can we do about them?",
         "leading"),
        ("What do you think of cutting the weekend service, it makes sense, right?", "leading"),
        ("What do you think about moving the meeting to Tuesday, which would obviously fix this?",
         "leading"),
        ("What do you think about my plan, which the director already loves?", "leading"),
    ],
)  # fmt: skip
def test_a_what_that_blames_compares_or_carries_the_answer_is_named(text, fault):
    assert fault in classify_question(text).flags, classify_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "You're always the one who gets the projectors working before anyone arrives. What's "
        "something small that trips you up?",
        "I want to ask him: when you've needed me in the last month and couldn't get hold of me, "
        "what happened next?",
        "What kind of things you would like to learn next, if you could choose anything?",
        "How do you see it, right now?",
        "What do you think about my idea for the launch?",
        "Which one change would make the biggest difference for you?",
    ],
)
def test_an_open_question_in_plain_or_non_native_words_stays_open_and_unflagged(text):
    result = classify_question(text)
    assert result.kind == "open" and not result.flags - {"why"}, result


def test_which_one_of_the_options_just_named_is_a_pick():
    result = classify_question("is it the pay or the hours? which one's the issue?")
    assert result.kind == "closed", result


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Felix is away this afternoon. Would you kindly cover his calls? I'd rather not hear "
         "about your workload today though.", "rather not hear about your workload"),
        ("hi Leona felix is off this afternoon so could you take his calls thanks so much i "
         "already told his customers you'd be picking up", "already told his customers you'd"),
        ("I've spoken to the head and we agreed that you'll coordinate the joint letter. Let me "
         "know if you need anything.", "we agreed that you'll"),
        ("Wanjiru, we both care about the food bank. What I'd like is for you to run the Saturday "
         "shift exactly the way I set it out in the email.", "exactly the way I set"),
    ],
)  # fmt: skip
def test_the_choice_taken_politely_is_directive(text, words):
    result = analyze_request(text)
    assert result.style == "directive", result
    assert any(words in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    ("text", "not_said"),
    [
        ("I need you to redo it by tomorrow. Is it clear? If something is not clear ask me.",
         "a question: room to answer"),
        ("Please redo the schedule by tomorrow. Let me know if you have any questions.",
         "gives them a choice or a way out"),
        ("I've put together a marking timetable for your sets, which you'll need to stick to.",
         "works on it together"),
        ("I'd rather not hear about your workload today.", "tentative"),
    ],
)  # fmt: skip
def test_a_check_that_they_understood_is_no_room_to_answer(text, not_said):
    result = analyze_request(text)
    assert result.style == "directive", result
    assert not any(not_said in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("so the infection control audit is on the twelfth and that can't move um could you take "
         "the lead on getting the bay checklists ready", "could you"),
        ("Felix's calls need covering 1-5 today. can you? what would need to shift on your side?",
         "what would need to shift"),
        ("Amara, the induction pack needs a refresh. Owning it would be a nice thing to put in "
         "your appraisal. Would you want to take the lead?", "to put in your appraisal"),
    ],
)  # fmt: skip
def test_an_ask_in_running_speech_or_plain_words_is_heard(text, words):
    result = analyze_request(text)
    assert result.style == "partnering", result
    assert any(words in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Helen, twice this month the date moved forward before I'd heard about it. I'd like date "
         "changes to come to me before they're committed, so I can tell you what's realistic.",
         "I'd like date changes to come"),
        ("hey sunita so in thursday's handover um you said the bay four patient was stable but the "
         "obs had been dropping since lunch and the night team only caught it at ten can we agree "
         "to go through the obs chart together at handover from now on", "can we agree to"),
    ],
)  # fmt: skip
def test_an_ask_said_as_a_wish_or_an_agreement_is_a_request(text, asked):
    result = analyze_candor(text)
    assert "request" in result.elements, result
    assert asked.lower() in result.words["request"].lower(), result.words


def test_a_hint_at_why_the_client_called_is_an_insinuation():
    result = analyze_candor(
        "Ruth, the client called me last Friday, and I think you already know why they were "
        "calling. Please be more careful from now."
    )
    assert "insinuation" in result.issues and result.verdict == "harsh", result


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Would you mind redoing next month's schedule by tomorrow, as payroll needs it? I'll send "
         "you my template now, as yours doesn't really work for me.", "yours doesn't really work"),
        ("hi Siobhan um could you please redo next month's schedule and send it over by tomorrow "
         "using my template thanks so much", "using my template"),
        ("could u train the new starters next wk? it's only 3 days and they're a nice bunch, "
         "shouldn't be a big deal", "shouldn't be a big deal"),
    ],
)  # fmt: skip
def test_the_old_order_kept_under_polite_words_is_directive(text, words):
    result = analyze_request(text)
    assert result.style == "directive", result
    assert any(words in cue for cue in result.cues), result.cues


def test_just_tell_me_at_the_end_asks_for_their_answer():
    result = analyze_request(
        "The schedule needs redoing, and I need it tomorrow because of payroll. Can you do it? You "
        "can use my template or yours, whatever is easier for you, just tell me."
    )
    assert not any("bare instruction" in cue for cue in result.cues), result.cues
