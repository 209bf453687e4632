"""Blind review 60 (a trainer's 336 answers, many "mixed": a good open question or a real offer of
choice, then something that undoes it; and good first tries with a small flaw; tests/data/
blind_feedback_review60.csv). Blind, the engine agreed with the trainer on 276 of 336 (✔ on 152
of 168 good answers, and on 44 of 168 bad ones: it read the question or the ask and not what came
after it); the fixes here bring it to 331, the rest named in the file. Each kind on both sides."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_framing, analyze_request, classify_question


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        # what follows the question: your answer, your decision, pressure, a label
        ("What gets in the way of your work? I reckon it's mostly the phones ringing, so I'll "
         "move you off the front desk.", "leading"),
        ("what do you think is causing the late deliveries? my guess is the new warehouse "
         "software", "leading"),
        ("How are you using them when they fail? Make sure you're holding them closer.",
         "leading"),
        ("What would help you hit your numbers? Because honestly I've gone out on a limb for you "
         "with the regional manager.", "leading"),
        ("How are you feeling about it? You'd be mad to turn it down, to be honest.", "leading"),
        ("What's bugging you about the rota? Actually, don't worry, I'll just sort it out "
         "myself.", "leading"),
        ("What would you like to talk about? Actually, first I need to go through your sickness "
         "record.", "leading"),
        ("What's holding you back? You always do this when something new comes along.",
         "hostile"),
        ("What happened with the stock count on Saturday? It's not the first time you've been "
         "sloppy with numbers.", "hostile"),
        ("What would you like to learn next, given that you've gotten a bit complacent on the "
         "phones?", "hostile"),
        ("What slows you down in a normal week, apart from your habit of chatting at the "
         "counter?", "hostile"),
    ],
)  # fmt: skip
def test_what_comes_after_an_open_question_can_undo_it(text, fault):
    assert fault in classify_question(text).flags, classify_question(text)


@pytest.mark.parametrize(
    "text",
    [
        # a yes or no about the conversation, after the open question, leaves it open
        "What gets in the way of you doing your best work here at the moment? And is any of it "
        "stuff I could sort?",
        "What would be most useful for you to get out of the next half hour? Is there anything "
        "urgent?",
        "What's behind your hesitation? Is that fair to ask?",
        "What's one thing about how we run detentions that you think isn't working? Would you be "
        "up for looking at it with me next week?",
        # and the near neighbours of the faults above stay clean
        "What gets in the way of your work? I'll make time on Friday to hear it properly.",
        "What would help you hit your numbers? I'm asking because I want to back you.",
        "What's the worst part of the night shift for you?",
        "What would help most? I think that's the key question for us.",
        "Could you tell me which parts of your week feel least within your own control, and why?",
    ],
)
def test_open_questions_with_a_light_follow_up_stay_open_and_unflagged(text):
    analysis = classify_question(text)
    assert analysis.kind == "open" and not analysis.flags - {"stacked", "why"}, analysis


@pytest.mark.parametrize(
    "text",
    [
        "What happened? Was it the client?",  # a guess at the answer still narrows it
        "How did the demo go? Did they sign?",
        "What do you think? Shall we just do it my way?",
    ],
)
def test_a_yes_or_no_that_guesses_or_proposes_still_closes_it(text):
    assert classify_question(text).kind == "closed", classify_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wiktor, would you be up for covering the Saturday stocktake? You can say no of course, "
        "but after I signed off your holiday I'd be pretty disappointed.",
        "Would you mind covering Felix's calls this afternoon? You're free to say no, but you "
        "know the whole team will be let down if you do.",
        "Would you be up for training the new hires next week? No pressure. Mind you, last time "
        "you said no it was me who ended up staying till nine every night.",
        "Sorry, Karim, would you do the reminder calls? I'd do them myself, but I'm already doing "
        "three people's jobs here, and nobody seems to notice.",
        "Would you like to train the new hires next week, Emeka? If you'd rather not, I'll have "
        "to mention it at your review.",
        "Honestly I'm fed up chasing everyone for the rota. Can you pull it together by "
        "Wednesday? If it's late again I'm taking it to HR.",
        "Can you cover Felix's calls this afternoon? I've already had them diverted to your line "
        "so it's all set up, thanks!",
        "what do you think about training the new hires next week? either way you're down for "
        "tuesday and wednesday, so plan around it",
        "The new hires start next week, so you'll be training them, mornings only. I'll send the "
        "schedule on Friday. Any questions?",
        "How do you think we should tackle the overdue invoices? I think you should ring each "
        "client today and send me a list by five.",
    ],
)
def test_a_choice_offered_then_made_to_cost_is_no_partnering(text):
    flags = analyze_request(text).flags
    assert flags & {"takes_the_choice", "on_the_defensive"}, analyze_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Would you be up for covering the Saturday stocktake? Honestly fine to say no, I'd just "
        "ask someone else.",
        "Would you mentor our two new grads? I'd be really grateful, and say if the timing's "
        "wrong.",
        "Could you train the new hires next week? I'd be happy to take your calls in the "
        "mornings. What would make it work for you?",
    ],
)
def test_a_free_no_stays_partnering(text):
    analysis = analyze_request(text)
    assert analysis.style == "partnering" and not analysis.flags & {
        "takes_the_choice",
        "on_the_defensive",
    }, analysis


@pytest.mark.parametrize(
    "text",
    [
        "Marguerite, could we move my one-to-ones with you to Tuesday morning? I'd come with the "
        "sprint numbers, so you'd have them before your Wednesday leadership meeting.",
        "Chiara, would you like to write the new autumn starters with me? You've been asking to "
        "get more of your own dishes on the menu and this is a proper chance to do it.",
        "Would you mentor our two new grads for their first month? It counts towards the "
        "preceptor hours for your band 6 application.",
        "would you be open to letting one of my techs sit in on your changeover? we could flag "
        "issues early, which means fewer rejects landing on your scorecard.",
    ],
)
def test_their_gain_said_the_ordinary_way(text):
    assert "nothing_for_them" not in analyze_request(text).flags, analyze_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "I could probably tidy up the rota a bit but if head office won't give us more staff "
        "nothing will change.",
        "I've flagged the late invoices to my boss twice already, so honestly it's on her now. "
        "Nothing more I can do from my end.",
    ],
)
def test_a_step_talked_out_of_is_reactive(text):
    assert analyze_framing(text).stance == "reactive", analyze_framing(text)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Ruth, the client rang last Friday asking for the report. Maybe set an alarm, since "
         "apparently Friday is a surprise to you every time?", "sarcasm"),
        ("Could you update the tracker before stand-up? On Tuesday nobody knew where the "
         "migration was, and I'm honestly done chasing you.", "labels"),
        ("Could we agree a heads-up before deadlines change? Frankly the whole team thinks "
         "you've lost the plot.", "labels"),
        ("Could you ask me first next time? I know asking people isn't really your thing.",
         "labels"),
        ("Please check with me first, otherwise I'll be raising a formal grievance.", "threat"),
    ],
)  # fmt: skip
def test_candor_hears_the_jab_after_the_facts(text, issue):
    assert issue in analyze_candor(text).issues, analyze_candor(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hyun-woo, last Tuesday you approved extra headcount for Nadia's team. Next time I'd like "
        "a heads-up before it's announced, so I can tell my people myself.",
        "helen, the deadline's moved up twice this month. can we set up a quick check-in before "
        "any date changes",
    ],
)
def test_an_ask_said_plainly_is_heard(text):
    assert "request" in analyze_candor(text).elements, analyze_candor(text)
