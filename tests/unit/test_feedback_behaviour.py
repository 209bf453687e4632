"""What each analyzer says about real-looking sentences, including the awkward ones."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_framing, analyze_request, classify_question


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thanks for staying late yesterday. I read the draft. What got in the way on the budget?",
         "open"),
        ("did u finish the deck", "closed"),
        ("Could you walk me through the handover?", "open"),
        ("I was wondering how the site visit went", "open"),
        ("Hey Sam, quick q: how many beds are free tonight?", "closed"),
        ("Which works better, Monday or Tuesday?", "closed"),
        ("What do you think, should we go ahead?", "closed"),
        ("If you were in my shoes, how would you handle the rota?", "open"),
        ("Tell me about the call with the client.", "open"),
        ("Tell me when you're done.", "closed"),
        ("So the report's late again?", "closed"),
    ],
)  # fmt: skip
def test_question_kind(text, kind):
    assert classify_question(text).kind == kind


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Why did you change the supplier?", "why"),
        ("Don't you think we should wait?", "leading"),
        ("You're going to finish today, right?", "leading"),
        ("Have you tried restarting it?", "advice"),
        ("What happened? Was it the client?", "stacked"),
    ],
)
def test_question_flags_and_their_cues(text, flag):
    result = classify_question(text)
    assert flag in result.flags
    assert result.tips, "a flag always comes with a suggestion"


def test_question_cues_quote_the_words_that_decided_in_the_learners_case():
    result = classify_question("Did you finish?")
    assert (
        result.cues[0] == "“Did”: starts with a verb like “did”, “is” or “can”: answered yes or no"
    )
    assert result.tips[0].startswith("Open it with “What…”")


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("Could you take the Henderson account? Tell me if your plate's too full.", "partnering"),
        ("Need the numbers by Friday - what would help you get there?", "partnering"),
        ("Would it work for you to cover Sunday if I take your Friday?", "partnering"),
        ("Get the Henderson account done by Friday.", "directive"),
        ("Please have it done by noon, thanks.", "directive"),
        ("Thanks so much! Now please redo slides 4 to 12.", "directive"),
        ("Can you just do it the way I said?", "directive"),
        ("You need to cover Sunday. No excuses.", "directive"),
    ],
)
def test_request_style(text, style):
    result = analyze_request(text)
    assert result.style == style
    assert (result.score > 0) == (style == "partnering")


def test_request_cues_say_why_and_tips_say_how():
    result = analyze_request("You need to send it today.")
    assert "“You need to”: states an obligation instead of asking" in result.cues
    assert any("Could you" in tip for tip in result.tips)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The client moved the date, which is frustrating. I'll rework the plan tonight.",
         "proactive"),
        ("I can't change the deadline, but I can cut scope. Let me draft options.", "proactive"),
        ("i'm blocked on the review but i'll start the tests in the meantime", "proactive"),
        ("Nothing I can do, they always change it at the last minute.", "reactive"),
        ("Someone should really fix the printer.", "reactive"),
        ("Not my call. I'll wait until someone tells me what to do.", "reactive"),
        ("Mistakes were made.", "reactive"),
    ],
)  # fmt: skip
def test_framing_stance(text, stance):
    result = analyze_framing(text)
    assert result.stance == stance
    assert (result.score > 0) == (stance == "proactive")


def test_framing_later_clause_weighs_more():
    assert analyze_framing("I'll try, but honestly there's no point.").stance == "reactive"


def test_candor_straight_message():
    result = analyze_candor(
        "In yesterday's client call you interrupted Maria twice while she presented. She lost "
        "her thread and the client noticed. Can you let her finish next time?"
    )
    assert result.elements == {"situation", "behaviour", "impact", "request"}
    assert not result.issues and result.score == 1.0 and not result.tips


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("I just maybe wanted to mention some things, no big deal", "hedging"),
        ("You are so lazy. Fix it.", "labels"),
        ("You always miss the handover.", "absolutes"),
        ("There are some concerns about stuff lately.", "vagueness"),
    ],
)
def test_candor_issues(text, issue):
    result = analyze_candor(text)
    assert issue in result.issues and result.score < 0.5


def test_candor_absolutes_about_a_process_are_not_an_attack():
    result = analyze_candor(
        "We never got the signed files for the March audit; can you chase them?"
    )
    assert "absolutes" not in result.issues and "labels" not in result.issues
