"""Small things a learner notices (issue 12): each fixed and kept fixed."""

from __future__ import annotations

import coachlab
from coachlab.widgets.base import Result
from coachlab.widgets.feedback_area import feedback_markup


def test_a_correct_answer_does_not_say_yes_twice():
    result = Result(correct=True, feedback="Yes. It names the shared goal.")
    assert str(result) == "✔ Correct. It names the shared goal."
    assert "Yes." not in feedback_markup(result)
    assert str(Result(correct=False, feedback="Yes. But no.")) == "✘ Not quite. Yes. But no."


def test_lesson_07s_dialogue_is_one_line_per_turn():
    ex = coachlab.exercise("07", "spot-the-habits")
    header = ex.header_html.value
    assert header.count("<br>(") == 6
    assert "<br>(1) Harriet" in header and "<br>(6) Harriet" in header
    # The instruction after the dialogue is its own paragraph, not part of line (6).
    assert "End of discussion.”</p><p>The article says" in header


def test_a_finished_scenario_tells_its_ending_once():
    talk = coachlab.exercise("gallery", "scenario")
    talk.answer(["warn", "step-back", "together"])
    ending = talk.spec.nodes[talk.node_id].text
    assert talk.node_html.value == ""  # the ending is in the feedback only
    assert talk.feedback_html.value.count(ending[:40]) == 1
    assert "The path you took:" in talk.path_html.value
    assert "so far" not in talk.path_html.value


def test_counts_agree_with_their_nouns():
    sort = coachlab.exercise("gallery", "categorize")
    first = next(iter(sort.pickers))
    sort.answer({key: None for key in sort.pickers} | {first: sort.pickers[first].options[0][1]})
    left = len(sort.pickers) - 1
    assert f"{left} statements still need a group" in sort.submit().feedback


def test_an_exercise_is_shown_after_a_note_for_a_lesson_not_yet_run(monkeypatch):
    from coachlab.widgets import unrun

    shown = []
    monkeypatch.setattr("IPython.display.display", shown.append)
    ex = coachlab.exercise("gallery", "single-choice")
    ex._ipython_display_()
    note, widget = shown
    assert "Run ▸ Run All Cells" in note.data and widget is ex.widget
    assert unrun.HIDE_NOTE in ex.widget.children[0].value  # live: the note is hidden
