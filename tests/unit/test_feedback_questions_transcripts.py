"""Questions as people say them in meetings (lower case, fillers, few commas), read the way the
same question typed would be: a show of hands, a floor handed over with two words for it, a number
asked after its topic, a question announced before it is asked, "you know what I mean?", a pick
run on without its comma, and a question started again as a yes or no after "uh" or "so". Each
with the near misses that must stay as they were. All sentences are our own."""

from __future__ import annotations

import pytest

from coachlab.feedback import classify_question
from coachlab.feedback.questions import FACT_TIP


def kind(text: str) -> str:
    return classify_question(text).kind


# "Everybody agree?" asks for a show of hands: yes or no. "Anyone…?" still hands over the floor.
@pytest.mark.parametrize(
    "text",
    [
        "Everybody happy with that?",
        "everyone okay to move on",
        "so everybody will bring their own laptop?",
        "Does everyone agree?",
    ],
)
def test_a_show_of_hands_is_closed(text):
    assert kind(text) == "closed"


@pytest.mark.parametrize(
    "text",
    ["Everybody, what do you think?", "Anyone have a different view?", "Anybody got ideas?"],
)
def test_the_floor_handed_to_the_room_stays_open(text):
    assert kind(text) == "open"


# Two words for the same floor are not a pick between them.
@pytest.mark.parametrize(
    "text",
    [
        "Any thoughts or suggestions?",
        "any questions or concerns?",
        "Thoughts or ideas?",
        "questions or comments on the plan?",
        "anybody have any ideas or objections?",
    ],
)
def test_the_floor_named_twice_is_open(text):
    assert kind(text) == "open"


@pytest.mark.parametrize(
    "text",
    ["Tea or coffee?", "Do you want the morning or the afternoon slot?", "Ideas or a plan?"],
)
def test_a_pick_between_things_stays_closed(text):
    assert kind(text) == "closed"


# A number asked after its topic is still a number.
@pytest.mark.parametrize(
    "text",
    [
        "And the budget is how much?",
        "so this took how many hours",
        "and you've been there how long?",
    ],
)
def test_a_number_asked_after_its_topic_is_closed(text):
    result = classify_question(text)
    assert result.kind == "closed"
    assert result.tips[0] == FACT_TIP
    assert any("how" in cue and "a number" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "You mentioned the budget, how did that conversation go?",
        "If you look back at the last three sprints how well did the estimates hold up?",
        "thinking about next year uh what if the team doubled in size?",
    ],
)
def test_an_open_word_after_the_scene_stays_open(text):
    assert kind(text) == "open"


# "The question is…" announces the question: what follows it decides.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The real question is, do we need it at all?", "closed"),
        ("i guess the question is do you want the job", "closed"),
        ("but the problem is are we allowed to change it?", "closed"),
        ("The question is, what would make it worth it for you?", "open"),
        ("the thing is what do you want out of it", "open"),
        ("so the question now is how do we get there?", "open"),
    ],
)
def test_an_announced_question_is_read_by_what_follows(text, expected):
    assert kind(text) == expected


# "You know what I mean?" checks they follow; "You know, what…?" asks.
@pytest.mark.parametrize("text", ["You know what I mean?", "but you know what?"])
def test_you_know_what_asks_nothing_open(text):
    assert kind(text) == "closed"


@pytest.mark.parametrize(
    "text", ["You know, what got in the way?", "uh you know, how did the handover go?"]
)
def test_you_know_then_a_question_stays_open(text):
    assert kind(text) == "open"


# A pick said without its comma: "what's it a bug or a feature?"
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("so what's it a bug or a feature", "a bug or a feature"),
        ("what is it the rota or the pay?", "the rota or the pay"),
    ],
)
def test_a_pick_run_on_without_its_comma_is_closed(text, words):
    result = classify_question(text)
    assert result.kind == "closed"
    assert any(words in cue and "pick" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    ["what is it about the job or the team that bothers you?", "what's it like for you?"],
)
def test_what_it_is_about_them_stays_open(text):
    assert kind(text) == "open"


# Started again as a yes or no after a filler, where writing would have a comma.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("what about uh is there anything new with the rota?", "is there"),
        ("how did the review go um did she sign it off", "did she"),
        ("what's changed so is it better now?", "is it"),
    ],
)
def test_a_question_started_again_as_a_yes_or_no_is_closed(text, words):
    result = classify_question(text)
    assert result.kind == "closed"
    assert any(words in cue and "yes or no" in cue for cue in result.cues), result.cues


@pytest.mark.parametrize(
    "text",
    [
        "what would help so that it is easier",
        "what do you think we should do so we can finish on time?",
        "what happened next, so, what did you do?",
        "um so what do you think about the new rota",
    ],
)
def test_a_so_that_carries_on_stays_open(text):
    assert kind(text) == "open"
