"""Question reading after the third blind trainer review (review 23): each kind of phrasing the
review found, with other phrasings of the same kind, and the near misses that must stay as they
were."""

from __future__ import annotations

import pytest

from coachlab.feedback import ANALYZERS, classify_question

OPEN_WANTED = {"kind": "open"}


def ticked(text: str) -> bool | None:
    """What an exercise asking for an open question says: True is ✔, False is ✘."""
    return ANALYZERS["question"].meets(classify_question(text), OPEN_WANTED)


# Blame or contempt inside a question that is open in form: a trainer would never tick it.
@pytest.mark.parametrize(
    ("text", "flag", "words"),
    [
        # asks for an excuse
        ("So what's your excuse for not speaking up about the late deliveries?", "hostile",
         "your excuse"),
        ("What excuse have you got this time for the missing stock count?", "hostile",
         "What excuse"),
        ("Any excuse for the empty shelves this morning?", "hostile", "Any excuse"),
        # "possibly": contempt for what they want
        ("After everything we've invested in you, what more could you possibly want?", "hostile",
         "After everything we've invested in you"),
        ("What more do you want from me, a medal?", "hostile", "What more do you want"),
        ("What could you possibly need another week for?", "hostile", "could you possibly need"),
        # "what exactly is so hard", "what are you doing wrong"
        ("What exactly is so hard about getting the invoices in by Friday?", "hostile",
         "What exactly is so hard"),
        ("What's so difficult about filling in one form?", "hostile", "What's so difficult"),
        ("What exactly are you doing wrong with them?", "hostile",
         "What exactly are you doing wrong"),
        ("Where are you going wrong with the rota?", "hostile", "Where are you going wrong"),
        ("what did you do wrong on the night shift", "hostile", "what did you do wrong"),
        # pushes for the yes the asker wants
        ("What would it take for you to just say yes so we can fill the post?", "leading",
         "to just say yes"),
        ("What's stopping you from just agreeing to the transfer?", "leading", "just agreeing"),
        ("How do I get you to say yes to the night rota?", "leading", "to say yes"),
        # their failing, to be ruled out for good
        ("How can we make sure you're never late again?", "hostile", "you're never late"),
        ("What will you do so you don't miss the handover again?", "hostile",
         "you don't miss the handover again"),
        ("How do we make sure you never forget the fridge log?", "hostile",
         "you never forget"),
        # pressure, then "what's the problem?"
        ("You know I picked you because you're the best, so what's the problem?", "hostile",
         "so what's the problem"),
        ("I gave you two extra days, what's the problem?", "hostile", "what's the problem"),
        ("Everyone else managed it - so what is the issue?", "hostile", "so what is the issue"),
    ],
)  # fmt: skip
def test_blame_or_pressure_inside_an_open_question_never_gets_a_tick(text, flag, words):
    result = classify_question(text)
    assert flag in result.flags, result
    assert ticked(text) is False
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "What's the problem with the scanner?",
        "What makes it hard to get the invoices in by Friday?",
        "What else do you need from me?",
        "What would help you decide, yes or no, by Friday?",
        "When you imagine saying yes, what comes up for you?",
        "How can we make sure you don't burn out again?",
        "How can we make sure the fridge log never gets missed?",
        "What would have to change for this to work for you?",
        "Have you just signed up for the course, and how is it going?",
    ],
)
def test_the_same_words_about_the_situation_are_no_blame(text):
    result = classify_question(text)
    assert not {"hostile", "leading"} & result.flags, result


# Why a trainer flags some "why" questions and not others: a "why" about their miss (a meeting
# cancelled, a step skipped, a report late) or about their judgement ("think it was okay") can
# only be answered with a defence, so it is blame whatever its form. A "why" about a choice, a
# belief or what matters to them is curious: it stays open, with a tip on how "why" can land.
@pytest.mark.parametrize(
    "text",
    [
        "Why have the last two one-on-ones been cancelled on your side?",
        "Why did you think it was okay to skip the safety sign-off?",
        "Why was the stock count late again this week?",
        "Why has the audit still not been done?",
        "What made you think it was fine to leave the till open?",
        "Why did you decide it was acceptable to send it without checking?",
    ],
)
def test_a_why_about_their_miss_or_their_judgement_is_blame(text):
    result = classify_question(text)
    assert "hostile" in result.flags, result
    assert ticked(text) is False
    assert any("blame" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "Why did you choose nursing?",
        "Why does this project matter so much to you?",
        "Why do you think the new rota is working better?",
        "Why are you thinking of turning it down?",
    ],
)
def test_a_curious_why_is_open_and_the_message_does_not_argue_against_the_tick(text):
    result = classify_question(text)
    assert result.kind == "open" and "why" in result.flags and "hostile" not in result.flags
    assert ticked(text) is True
    # the caution is advice on delivery: a tip, never a reason listed beside the ✔
    assert not any("justify" in cue for cue in result.cues), result.cues
    assert any(tip.startswith("“Why” can sound like asking them to justify") for tip in result.tips)


@pytest.mark.parametrize(
    "text",
    ["Why don't you ever suggest anything in the team meeting?",
     "Why don't you even try to answer the phone?",
     "Why do you never speak up at handover?"],
)  # fmt: skip
def test_why_dont_you_ever_is_blame_with_one_reason_and_one_tip_not_advice(text):
    result = classify_question(text)
    assert result.flags == {"hostile"}, result
    assert not any("solution" in cue for cue in result.cues), result.cues
    assert len(result.tips) == 1 and result.tips[0].startswith("Ask about the situation")


@pytest.mark.parametrize(
    "text",
    ["Why don't you tell me about the week?", "Why don't you walk me through the handover?",
     "um why don't you say something about what it is?"],
)  # fmt: skip
def test_why_dont_you_tell_me_is_an_invitation_not_advice_nor_a_why(text):
    result = classify_question(text)
    assert result.kind == "open" and not result.flags, result
    assert ticked(text) is True


def test_why_dont_you_with_your_idea_is_still_advice():
    assert "advice" in classify_question("Why don't you just call the customer back?").flags


@pytest.mark.parametrize("text", ["How are things?", "What's going on?", "So, how's it going?"])
def test_a_short_open_question_is_not_praised_for_being_short(text):
    result = classify_question(text)
    assert result.kind == "open"
    assert result.cues and not any("short" in cue for cue in result.cues), result.cues
    assert any("they answer in their own words" in cue for cue in result.cues), result.cues


def test_a_stacked_question_gets_its_tip_not_a_reason_for_the_tick():
    result = classify_question("What got in the way? What would help next time?")
    assert result.kind == "open" and "stacked" in result.flags
    assert not any("more than one" in cue or "two or more" in cue for cue in result.cues)
    assert "Ask the first question, and wait for the answer before the next." in (result.tips)


# A lead that sets the scene (a clause, a dash, a colon) before the question word: the question
# is read from its question word, as a trainer hears it.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Before I bring anything up - where would you like to begin?", "where would you like"),
        ("You see the loading bay more than anyone - what small thing there drives you mad?",
         "what"),
        ("When the project slipped last month, what did it look like from where you were "
         "sitting?", "what"),
        ("When the new rota started, how did the first week feel for you?", "how"),
        ("Since the merger - how have things been for you?", "how"),
        ("Looking back: which part of the launch would you change?", "which part"),
        ("Now that the audit is over, what would you do differently?", "what would you do"),
        ("After the night with the flooded cellar, what stayed with you?", "what"),
    ],
)  # fmt: skip
def test_a_question_word_after_a_scene_setting_lead_is_read_as_the_question(text, words):
    result = classify_question(text)
    assert result.kind == "open" and result.sure, result
    assert ticked(text) is True
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues
    assert not any("no question word" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "When did the scanner stop working?",  # "when" asks the question itself
        "When is the next stock take?",
        "When you get a chance, can you send me the rota?",  # a lead, then a yes or no
        "You seem tired today - are you OK?",
        "So they're doing this in school, or what?",  # a trailing "or what" opens nothing
        "In what order shall we do the rooms?",
    ],
)
def test_a_lead_before_a_closed_question_keeps_it_closed(text):
    assert classify_question(text).kind == "closed"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In which moment the scanner stop to work?", "which moment"),
        ("At which point did you feel the plan was slipping?", "which point did you feel"),
        ("In which situations do you feel most stuck?", "which situations"),
    ],
)
def test_a_question_word_after_its_preposition_is_still_a_question_word(text, words):
    result = classify_question(text)
    assert result.kind == "open", result
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


# "Which" asks them to pick from their own experience or ideas (open), or between options the
# asker names or a fact (closed): the same rule for every noun of experience, in any grammar.
@pytest.mark.parametrize(
    "text",
    [
        "Which things is making your job more hard than it need to be?",
        "Which things are making your job harder than it needs to be?",
        "Which small problem you see every day that we can solve together?",
        "Which parts of the week drain you most?",
        "Which one change would make the biggest difference for you?",
        "Which challenges keep coming back on the night shift?",
    ],
)
def test_which_asking_them_to_pick_from_their_experience_is_open(text):
    result = classify_question(text)
    assert result.kind == "open" and result.sure, result
    assert not any("single fact" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "Which of these problems bothers you most?",  # the asker names the options
        "Which day suits you for the review?",
        "Which team are you on?",
        "Which would you rather do first, the rota or the budget?",
    ],
)
def test_which_picking_between_named_options_or_a_fact_stays_closed(text):
    assert classify_question(text).kind == "closed"


# "Any questions before we go through my list?" hands over the floor only until the asker's own
# agenda: answered "no", it is a formality, not an opening.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Any questions before we go through my list?", "before we go through my list"),
        ("Any thoughts before I run through my points?", "before I run through my points"),
        ("Any concerns before we get to the agenda?", "before we get to the agenda"),
        ("Does anyone have anything before I start on mine?", "before I start on mine"),
    ],
)
def test_the_floor_offered_only_until_my_list_is_closed(text, words):
    result = classify_question(text)
    assert result.kind == "closed" and result.sure, result
    assert ticked(text) is False
    assert any(cue.startswith(f"“{words}”") and "agenda yours" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "What would you like to cover before we look at my list?",  # they go first, in full
        "Anything else before we wrap up?",
        "Any questions?",
    ],
)
def test_an_open_floor_stays_open(text):
    assert classify_question(text).kind == "open"


# Lesson 07 accepts an invitation that is not a question ("Talk me through what happened…"), so
# a trainer accepts "I'd like to understand your view…" as the same invitation; "I'd like to
# know if…" is a yes or no in disguise.
@pytest.mark.parametrize(
    "text",
    [
        "I'd like to understand your view on the budget before I decide.",
        "I'd love to hear how the first month has felt for you.",
        "Talk me through what happened with the steel order.",
    ],
)
def test_an_invitation_worded_as_a_statement_is_open(text):
    result = classify_question(text)
    assert result.kind == "open" and ticked(text) is True
    assert any("invitation" in cue or "invites" in cue for cue in result.cues), result.cues


def test_a_wish_to_know_whether_is_closed():
    assert classify_question("I'd like to know if you're happy with the rota.").kind == "closed"


# Your verdict inside the question leads; their work named a mess blames.
@pytest.mark.parametrize(
    ("text", "flag", "words"),
    [
        ("What do you think about the sales figures I sent you, which are frankly "
         "disappointing?", "leading", "which are frankly disappointing"),
        ("How do you feel about the report, which was frankly not good enough?", "leading",
         "which was frankly not good enough"),
        ("How did the launch go, honestly, disappointing?", "leading", "honestly, disappointing"),
        ("What are you going to do about the mess in the loading bay?", "hostile",
         "the mess"),
        ("What would you change about this shambles of a rota?", "hostile", "this shambles"),
    ],
)  # fmt: skip
def test_a_verdict_or_a_label_inside_an_open_question_never_gets_a_tick(text, flag, words):
    result = classify_question(text)
    assert flag in result.flags and ticked(text) is False, result
    assert any(cue.startswith(f"“{words}”") for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    ["What do you make of the sales figures?",
     "What do you think about the mess we've created for ourselves with the old system?",
     "Were the figures clearly better than last year?"],
)  # fmt: skip
def test_naming_a_situation_is_not_a_verdict_on_them(text):
    assert not {"hostile", "leading"} & classify_question(text).flags
