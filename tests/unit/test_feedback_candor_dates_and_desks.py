"""Candor elements said the everyday way: the day of the month alone ("on the 3rd") is when it
happened, and a desk or a customer sending the work back ("finance bounced it", "the client
queried it") is what it led to. Found by a blind reviewer (a "Say when and where" tip on a message
that opened "On the 3rd"); the near misses keep a "you" doing it, or no date, as they were."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor


@pytest.mark.parametrize(
    "text",
    [
        "On the 3rd the stock count was skipped. Could you book it in for next week?",
        "The rota went out late by the 14th. Can you send it a week ahead from now on?",
        "Since the 21st the till float has been short twice. Please count it at close.",
    ],
)
def test_the_day_of_the_month_alone_says_when(text):
    result = analyze_candor(text)
    assert "situation" in result.elements, result
    assert "Say when and where it happened." not in result.tips


@pytest.mark.parametrize(
    "text",
    [
        "You sent the invoice without the order number yesterday. Can you add it before sending?",
        "Third time this month the brochure came back with typos. Could you proof it first?",
    ],
)
def test_without_a_date_the_tip_for_when_stays_where_it_is_missing(text):
    result = analyze_candor(text)
    if "situation" not in result.elements:
        assert "Say when and where it happened." in result.tips
    # a number that is not a day of the month is not a date
    assert "situation" not in analyze_candor("You put the 3rd option in. Can you fix it?").elements


@pytest.mark.parametrize(
    "text",
    [
        "On Monday you sent the invoice without the order number, and finance bounced it. "
        "Can you add it before sending?",
        "Yesterday's report went out with last year's figures and the client queried it. "
        "Please check them against the dashboard first.",
        "Last week the quote went out unsigned and the customer disputed it. Could you sign "
        "quotes before they go?",
        "On Friday the claim went in without receipts and the insurer sent it back. Can you "
        "attach them next time?",
    ],
)
def test_work_sent_back_by_a_desk_or_a_customer_is_what_it_led_to(text):
    result = analyze_candor(text)
    assert "impact" in result.elements, result
    assert not any(tip.startswith("Say what it led to") for tip in result.tips)


@pytest.mark.parametrize(
    "text",
    [
        # the person under feedback doing it is behaviour, not an effect on anyone
        "On Monday you questioned it in front of the client. Could you raise it with me first?",
        # a desk's routine with nothing sent back
        "On Monday finance processed it. Could you copy me in next time?",
    ],
)
def test_a_reaction_by_them_or_a_routine_step_is_not_an_effect(text):
    assert "impact" not in analyze_candor(text).elements
