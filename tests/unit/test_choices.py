"""The choice group and the feedback area, on the kernel side (no browser): what tests, nbval
and solution notebooks drive. Their browser side: tests/browser/test_accessibility.py."""

from __future__ import annotations

import pytest
import traitlets

from coachlab.widgets.base import Result
from coachlab.widgets.choices import Choices
from coachlab.widgets.feedback_area import Feedback, split_lead

OPTIONS = [("First", "a"), ("<b>Second</b>", "b"), ("Third", "c")]


def test_radios_hold_one_known_value():
    group = Choices(OPTIONS, label="Which one?")
    assert group.value is None and group.options == tuple(OPTIONS) and group.values == list("abc")
    group.value = "b"
    assert group.value == "b"
    with pytest.raises(traitlets.TraitError, match="'z' is not an option here"):
        group.value = "z"
    assert group.value == "b"  # a bad value changes nothing


def test_checkboxes_hold_the_ticked_values_in_the_order_shown():
    group = Choices(OPTIONS, label="Tick all", multiple=True)
    assert group.value == ()
    group.value = ["c", "a"]  # as the browser sends them: a list, in the order ticked
    assert group.value == ("a", "c")
    with pytest.raises(traitlets.TraitError, match="Not options here"):
        group.value = ["a", "z"]


def test_the_name_and_caption_are_kept_as_text():
    group = Choices(OPTIONS, label="1. <i>Statement</i>", caption="1. <i>Statement</i>")
    state = group.get_state()
    assert state["label"] == state["caption"] == "1. <i>Statement</i>"  # set as textContent
    assert list(state["options"][1]) == ["<b>Second</b>", "b"]  # the browser sets it as text


@pytest.mark.parametrize(
    "message, lead, rest",
    [
        ("One. Two.", "One.", " Two."),
        ("A partner is “an ally.” What holds it.", "A partner is “an ally.”", " What holds it."),
        ("You found 3 of 3.\nYes: a", "You found 3 of 3.", "\nYes: a"),
        ("No full stop here", "No full stop here", ""),
    ],
)
def test_the_first_sentence_is_what_is_announced(message, lead, rest):
    assert split_lead(message) == (lead, rest)


def test_each_check_is_announced_even_when_the_same():
    area = Feedback()
    assert area.value == "" and area.checks == 0  # exists, empty, before the first check
    result = Result(correct=False, feedback="Not that. Because <b>.\nMore.")
    area.show(result)
    area.show(result)
    assert area.checks == 2 and area.verdict == "✘ Not quite." and area.lead == "Not that."
    assert "&lt;b&gt;" in area.value and "<b>" not in area.value
    assert area.value.count("<br>") == 1
    area.show(result, "↺ Your last answer.", announce=False)  # put back, not checked
    assert area.checks == 2 and "↺ Your last answer." in area.value
    area.clear()
    assert area.value == "" and area.checks == 2


def test_not_answered_has_no_verdict_word():
    area = Feedback()
    area.show(Result(correct=None, feedback="Not answered yet: choose.", answered=False))
    assert area.state == "unanswered" and area.verdict == ""
    assert area.lead == "Not answered yet: choose."


def test_a_pick_from_the_browser_sets_the_value_and_a_stale_one_is_dropped():
    group = Choices(OPTIONS, label="Which one?")
    group._handle_custom_msg({"picked": "c"}, [])  # what choices.js sends on a click
    assert group.value == "c"
    group._handle_custom_msg({"picked": "gone"}, [])
    assert group.value == "c"
