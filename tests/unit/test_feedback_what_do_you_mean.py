"""Two misreadings found by probing counselling-style and peer-request phrasings (session 22):
"what's a typical day look like?" asks for their story, not a fact; "What do you mean by…?"
is a question about their words, not a check whether the request works for them."""

from __future__ import annotations

import pytest

from coachlab.feedback.questions import classify_question
from coachlab.feedback.requests import analyze_request


@pytest.mark.parametrize(
    "question",
    [
        "so tell me, what's a typical day look like for you?",
        "What was the week like for you?",
        "what has the last month been like on the ward?",
        "What does a good day feel like here?",
    ],
)
def test_what_a_day_or_week_was_like_is_their_story(question):
    assert classify_question(question).kind == "open"


@pytest.mark.parametrize(
    "question",
    ["What's the deadline?", "what day works for you?", "What's your start date?", "What time?"],
)
def test_a_day_a_date_or_a_time_is_still_a_fact(question):
    assert classify_question(question).kind == "closed"


@pytest.mark.parametrize(
    "request_", ["What do you mean by 'not notable'?", "What do you mean, late?"]
)
def test_what_do_you_mean_is_no_check_in(request_):
    cues = " ".join(analyze_request(request_).cues)
    assert "checks whether it works for them" not in cues


@pytest.mark.parametrize(
    "request_", ["What do you think of moving it to Friday?", "What would you need from me?"]
)
def test_asking_what_they_think_or_need_still_checks_in(request_):
    result = analyze_request(request_)
    assert result.style == "partnering"
    assert "checks whether it works for them" in " ".join(result.cues)
