"""Requests after blind review 44. What is in it for them said the ordinary way ("it'd save you
the early calls", "you get a long weekend", "it means you can leave at 2", "you won't have to do
Sundays", "you'd finish at 2") is their gain. Their time asked about ("Would Friday work for
you?", "OK for you?", "What's the best way for you to fit it in?") checks with them. A yes taken
for granted with a tag ("…, can't you?"), a refusal shut out ("don't tell me you're busy"), a
plan announced ("what's going to happen is you'll…", "it makes sense that you take over…"),
"do your job", "unless you don't care", and their habit or last failure held up as the reason
are directive. Phrasings the review did not use, and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from coachlab.feedback import ANALYZERS, analyze_request

TWO_WAY = ANALYZERS["request"]


@pytest.mark.parametrize(
    "text",
    [
        "Could you take the Tuesday deliveries? It would spare you the Friday rush.",
        "Would you swap to lates next week? You get Mondays off, and I get cover.",
        "Could you run the Saturday briefing? That means you can skip Monday's.",
        "Can you do the early stock count? You wouldn't have to stay for close.",
        "Would you open on Thursdays? You'd be home by three, and I'd have mornings sorted.",
    ],
)
def test_their_gain_said_the_ordinary_way_counts(text):
    result = analyze_request(text)
    assert result.style == "partnering", result
    assert TWO_WAY.missing(result, ["their-gain"]) == [], result


@pytest.mark.parametrize(
    "text",
    [
        # an instruction with "you get", not something they get
        "You get the figures to me by Friday. Thanks.",
        # my gain, not theirs
        "Could you do Saturday? It would save me a lot of hassle.",
    ],
)
def test_an_instruction_or_my_gain_is_not_their_gain(text):
    result = analyze_request(text)
    assert TWO_WAY.missing(result, ["their-gain"]), result


@pytest.mark.parametrize(
    "text",
    [
        "I need the stock count by Thursday. Would Wednesday suit you?",
        "Rota swap on the 14th OK for you?",
        "The audit needs the files by Friday. What's the best time for you to pull them?",
    ],
)
def test_asking_about_their_time_checks_with_them(text):
    result = analyze_request(text)
    assert result.style == "partnering", result
    assert any("checks whether it works for them" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "You'll take the Saturday shift, won't you?",
        "You could cover the phones at lunch, couldn't you?",
        "Could you cover the late? And don't give me any excuses.",
        "Could you do the stocktake? And don't say you're too tired.",
        "Here's what's going to happen: you'll do the opening checks from Monday.",
        "It makes sense for both of us that you run the Friday huddle.",
        "Would it kill you to do your job and answer the phone?",
        "We all want a tidy store, unless you don't care, in which case say so.",
        "Seeing as you're always moaning about the rota, you can write the next one.",
        "Could we try my plan, since your approach didn't work last time?",
    ],
)
def test_the_choice_taken_away_or_a_dig_is_directive(text):
    result = analyze_request(text)
    assert result.style == "directive" or result.flags & set(TWO_WAY.faults), result
    assert TWO_WAY.meets(result, {"style": "partnering"}) is False


@pytest.mark.parametrize(
    "text",
    [
        # a real tag question about a fact, and a real question about their view
        "Could you check the tills? The float's in the safe, isn't it?",
        "Could you cover Saturday? Tell me if you're busy and I'll ask Ana.",
        "What do you think is going to happen with the rota if we change it?",
        "Could you take the calls today? You'd know best how to handle them.",
        "Since your approach worked so well on the Henley bid, could you share it with the team?",
    ],
)
def test_near_misses_stay_partnering(text):
    result = analyze_request(text)
    assert result.style == "partnering", result
    assert not result.flags & set(TWO_WAY.faults), result


@pytest.mark.parametrize("text", ["Send it.", "Cover Saturday.", "Please sign."])
def test_a_two_word_order_is_read_as_one(text):
    """Too short to read is one word ("ok", "test"); two that open on an instruction are an
    order, and the learner is told so rather than "hard to tell"."""
    result = analyze_request(text)
    assert result.style == "directive" and result.sure


@pytest.mark.parametrize("text", ["ok", "test", "Thanks!"])
def test_one_word_is_too_short_to_tell(text):
    assert not analyze_request(text).sure
