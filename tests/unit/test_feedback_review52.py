"""Blind review 52 (a trainer's 336 answers in other registers: formal e-mail, regional English,
bullet lists): the either/or that offers only when, thanks said before the yes, the plan written
as a list, waiting and blame dressed as optimism, the shortfall opened on, and "Any problems?".
Each kind on both sides."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_framing, analyze_request, classify_question


@pytest.mark.parametrize(
    "text",
    [
        "Would you prefer to redo the schedule tonight or first thing tomorrow?",
        "Would you rather take the early shift on Mondays or on Tuesdays? Let me know by lunch.",
        "Would you rather send the figures on Thursday or on Friday? Whichever suits you best!",
        "Would you rather cover the calls after lunch or from two o'clock? Either works for me.",
    ],
)
def test_an_either_or_that_offers_only_when_is_directive(text):
    result = analyze_request(text)
    assert result.style == "directive" and "takes_the_choice" in result.flags, result
    assert "only the when" in result.cues[0]


@pytest.mark.parametrize(
    "text",
    [
        "Would you prefer Monday or Tuesday, or is this week too much?",
        "Would you rather take this on yourself or would you prefer I find someone else?",
        "Would you rather do it Monday or Tuesday? No rush, and say if it's a no.",
    ],
)
def test_an_either_or_that_leaves_the_whether_open_is_not(text):
    result = analyze_request(text)
    assert result.style == "partnering" and "takes_the_choice" not in result.flags, result


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Could you get me the quarterly figures by Friday? Thanks in advance!",
         "Thanks in advance"),
        ("Could you please redo the schedule by tomorrow? I'd really appreciate it. Thanks so "
         "much!", "Thanks so much"),
        ("Kwame, what do you think about a clean-up rota? Actually, I've already drawn one up "
         "with you on Saturdays.", "Actually, I've already drawn"),
        ("We need the figures by Friday. Let's make it happen. I know we can do it!",
         "I know we can do it"),
    ],
)  # fmt: skip
def test_the_yes_taken_before_it_is_given(text, words):
    result = analyze_request(text)
    assert result.style == "directive", result
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


def test_thanks_after_a_request_that_leaves_room_is_courtesy():
    result = analyze_request("Could you take a look when you get a chance? Thanks in advance!")
    assert result.style == "partnering", result


def test_blame_in_a_condition_is_a_jab():
    result = analyze_request(
        "We both want the crew home on time, which would happen if you stopped taking long "
        "breaks. Can you fix that?"
    )
    assert result.style == "directive" and "jab" in result.cues[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Would you own the runbook rewrite? Fewer 3am pings for both of us, and it's a solid item "
         "for your promo packet.", "Fewer 3am pings for both of us"),
        ("Would you co-author the report with me? Your name would be on a document the panel "
         "reads closely.", "Your name would be on"),
    ],
)  # fmt: skip
def test_their_gain_in_other_words(text, words):
    result = analyze_request(text)
    assert "nothing_for_them" not in result.flags, result
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


def test_a_chat_about_stuff_asks_nothing_yet():
    result = analyze_request(
        "I was thinking we should have a chat sometime about stuff on the team, whenever suits."
    )
    assert not result.sure and "nothing is asked" in result.cues[0]
    assert analyze_request("Could we talk about things that slow the shift down, Thursday?").sure


@pytest.mark.parametrize(
    "text",
    [
        "Short again this weekend. My plan:\n• offer extra shifts by tonight\n• close the fitting "
        "rooms at peak\n• send head office a staffing case on Monday",
        "The system fix is IT's job, not mine. What I'll do meanwhile:\n- keep the waiting list "
        "on a spreadsheet\n- phone cancellations the same day",
        "Eish, late again. I'll phone them just now for a proper ETA, and I'll start sourcing a "
        "second supplier this week.",
    ],
)
def test_a_plan_as_a_list_or_just_now_is_a_step(text):
    result = analyze_framing(text)
    assert result.stance == "proactive" and result.sure, result


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Plan:\n1. Wait for the delivery\n2. Catch up as best I can\n3. Hope it's on time next "
         "month", "1. Wait for"),
        ("I'm staying positive! Once IT finally gets its act together, I'm sure the list will "
         "sort itself out.", "Once IT finally gets its act together"),
        ("Procurement should sort them out. Until then I'll keep the customers waiting as "
         "politely as I can.", "I'll keep the customers waiting"),
        ("The problems come from head office. I'll remind them again that this is their "
         "problem, not ours.", "remind them again that this is their problem"),
        ("The late running at the practice is due to the hygienists, and I will continue to "
         "raise it with them.", "continue to raise it with them"),
    ],
)  # fmt: skip
def test_waiting_or_blame_dressed_as_a_plan_is_reactive(text, words):
    result = analyze_framing(text)
    assert result.stance == "reactive", result
    assert any(cue.startswith(f"“{words}") for cue in result.cues), result.cues


def test_patients_who_keep_waiting_are_the_problem_not_a_decision_to_wait():
    result = analyze_framing(
        "Patients keep waiting for discharge meds. I'll map where the delay happens this week."
    )
    assert result.stance == "proactive", result


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Right, first up: your numbers are down. What happened?", "hostile"),
        ("They work fine for everyone else, so what are you doing differently?", "hostile"),
        ("How do you plan to fix the complaints? Obviously you'll want to apologise first.",
         "advice"),
    ],
)  # fmt: skip
def test_an_open_form_that_blames_or_advises_is_named(text, flag):
    assert flag in classify_question(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "The report came in late - what got in the way?",
        "What are you doing differently this month that's working?",
    ],
)
def test_an_open_question_about_a_shortfall_or_a_change_is_not_blame(text):
    result = classify_question(text)
    assert result.kind == "open" and not {"hostile", "advice"} & result.flags, result


def test_an_open_question_then_when_and_where_stays_open_and_is_called_stacked():
    result = classify_question("What've you noticed going wrong, mate? When and where is it?")
    assert result.kind == "open" and "stacked" in result.flags, result
    narrowed = classify_question("What happened? Was it the client?")
    assert narrowed.kind == "closed", narrowed


def test_any_problems_is_a_check_answered_no_any_questions_opens_the_floor():
    assert classify_question("Any problems?").kind == "closed"
    assert classify_question("Any issues with the new rota?").kind == "closed"
    assert classify_question("Any questions?").kind == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Please be advised that, effective immediately, my team will no longer accept deadline "
        "changes without two weeks' notice.",
        "Kindly note that the rota has changed.",
    ],
)
def test_an_announcement_asks_for_nothing(text):
    assert "request" not in analyze_candor(text).elements


def test_an_ask_and_an_effect_in_a_list():
    result = analyze_candor(
        "Straight up:\n- Last Wednesday you moved three of my agents onto your queue without "
        "asking.\n- Our callback rate slipped to 70% that day.\n- I'm asking: check with me first."
    )
    assert {"situation", "behaviour", "impact", "request"} <= result.elements, result
    assert result.verdict == "straight"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("We both want quieter nights. Could we split the on-call differently?", True),
        ("Neither of us wants another audit like last year's. Would you pair with me?", True),
        ("Fewer no-shows = calmer mornings for you and less lost money for us. Would you try it?",
         True),
        ("Shared goal: a floor where nobody dreads Mondays. Would you pilot the new split?", True),
        ("The season's starting soon. Would you take over the Saturday gate? Let me know.", False),
        ("Would you be willing to take on the reminder calls? No pressure either way.", False),
    ],
)  # fmt: skip
def test_common_ground_is_named_or_missing(text, named):
    from coachlab.feedback.faults import NO_COMMON_GROUND

    assert (NO_COMMON_GROUND not in analyze_request(text).flags) is named


def test_lesson_10_own_case_asks_for_common_ground_and_says_so():
    from coachlab.content import load_lesson
    from coachlab.widgets import build

    spec = load_lesson("10").exercise("your-common-ground-request")
    assert spec.requires == ["common-ground"]
    exercise = build(spec)
    exercise.answer("The season's starting soon. Would you take over the Saturday gate?")
    result = exercise.submit()
    assert result.correct is False and "what you both want" in result.feedback
    exercise.answer("We both want a proper season. Would you help me sort the pitch bookings?")
    assert exercise.submit().correct is True


@pytest.mark.parametrize("text", ["...", "", "?!", "Thanks!"])
def test_the_cue_reading_takes_text_with_no_sentence_or_only_thanks(text):
    from coachlab.feedback.request_cues import request_cues

    assert isinstance(request_cues(text), list)  # the training reads it directly
