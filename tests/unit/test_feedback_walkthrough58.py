"""Walkthrough 58 (a learner in the browser, lessons 00-03, 05, 06 and 08): answers a trainer
marks down that the engine passed. A no made to cost them is no partnering request; waiting,
handing the problem on, quitting and scorn are no proactive step."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_candor, analyze_framing, analyze_request, classify_question


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Could you cover the Saturday shift, or would you prefer that I write you up?",
         "write you up"),
        ("Can you take on the audit? If not, don't expect a good review this year.",
         "don't expect a good review"),
        ("Would you mind staying late on Friday? Otherwise I'll have to reconsider your bonus.",
         "I'll have to reconsider your bonus"),
    ],
)  # fmt: skip
def test_a_threat_behind_the_ask_is_directive_and_quoted(text, threat):
    result = analyze_request(text)
    assert result.style == "directive", result
    assert any(threat in cue for cue in result.cues), result.cues
    assert threat.lower() in analyze_candor(text).words.get("threat", "").lower()


@pytest.mark.parametrize(
    "text",
    [
        "Can you take on the audit? I'll review your workload with you on Monday.",
        "Would you be up for the audit? I'd expect a good review of the process to come of it.",
    ],
)
def test_talk_of_reviews_and_workload_is_no_threat(text):
    assert not any("threat" in cue for cue in analyze_request(text).cues)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'll do nothing until IT fixes it.", "do nothing until"),
        ("I can't fix the system. I'll leave it to IT.", "leave it to IT"),
        ("I'll resign if this keeps happening.", "I'll resign"),
        ("If the rota is still short on Friday, I'll quit.", "I'll quit"),
        ("I'll tell head office their targets are stupid.", "their targets are stupid"),
    ],
)  # fmt: skip
def test_waiting_handing_on_quitting_and_scorn_read_reactive(text, words):
    result = analyze_framing(text)
    assert result.stance == "reactive", result
    assert any(words in cue for cue in result.cues), result.cues
    assert not any("then acts" in cue or "ends on what you will do" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "I'll quit checking email after six so I can plan the rota properly.",
        "I can't fix the system, so I'll keep a paper list and ring IT at nine tomorrow.",
        "I'll tell head office the targets are tight and propose a phased plan by Friday.",
    ],
)
def test_steps_near_those_words_still_read_proactive(text):
    assert analyze_framing(text).stance == "proactive"


@pytest.mark.parametrize(
    "text",
    [
        "Let's go through your numbers first, then we can talk about what you want.",
        "Let's go through your numbers first. Then, what would you like to talk about?",
        "I've got three things to cover today, then what's on your mind?",
    ],
)
def test_their_turn_put_after_your_agenda_is_no_opening(text):
    """Lesson 05 asks for a question "that lets them speak first"."""
    result = classify_question(text)
    assert "leading" in result.flags, result
    assert any("puts your topics first" in cue for cue in result.cues), result.cues
    assert result.tips[-1].startswith("Let them go first"), result.tips


@pytest.mark.parametrize(
    "text",
    [
        "So, what's on your mind this week?",
        "Let's look at the rota first: what got in the way last week?",
        "What would you like to talk about first, and then I'll share a couple of updates?",
        "First, what's on your mind? Then I have two small updates.",
    ],
)
def test_their_topic_first_or_a_topic_named_is_fine(text):
    result = classify_question(text)
    assert result.kind == "open" and not result.flags & {"leading", "hostile", "advice"}, result


@pytest.mark.parametrize(
    "text",
    [
        "Would you redo the stock list by March?",
        "Could you look at it before March?",
        "Could you do the rota for March?",
        "Could you finish the audit in mid-May?",
    ],
)
def test_a_month_is_a_when(text):
    assert not any("by when" in tip for tip in analyze_request(text).tips)
