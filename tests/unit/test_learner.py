"""The learner's own display order: stable across restarts, stored by id, different per learner."""

from __future__ import annotations

import pytest

from coachlab import exercise
from coachlab.learner import FILE_NAME, display_order, learner_id

IDS = list("abcdefgh")


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path))
    return tmp_path


def test_the_id_is_created_once_and_kept(home):
    first = learner_id()
    assert (home / FILE_NAME).read_text().strip() == first
    assert learner_id() == first  # a restarted kernel reads the same id


def test_a_damaged_id_file_is_replaced(home):
    (home / FILE_NAME).write_text("not an id")
    fresh = learner_id()
    assert len(fresh) == 16 and (home / FILE_NAME).read_text().strip() == fresh


def test_the_order_is_stable_for_a_learner_and_differs_between_learners(home, monkeypatch):
    mine = display_order(IDS, "01", "equal-status")
    assert display_order(IDS, "01", "equal-status") == mine
    assert sorted(mine) == IDS
    others = set()
    for n in range(6):
        monkeypatch.setenv("COACHLAB_HOME", str(home / f"other-{n}"))
        others.add(tuple(display_order(IDS, "01", "equal-status")))
    assert len(others | {tuple(mine)}) > 1


def test_a_lesson_item_shows_the_learners_order_and_saves_by_id(home):
    ex = exercise("01", "equal-status")
    shown = [option_id for _label, option_id in ex.choices.options]
    assert shown == display_order([o.id for o in ex.spec.options], "01", "equal-status")
    ex.answer(ex.spec.correct)
    assert ex.submit().correct is True
    again = exercise("01", "equal-status")  # after a restart: same order, same answer
    assert [option_id for _label, option_id in again.choices.options] == shown
    assert again.choices.value == ex.spec.correct


def test_scenario_replies_follow_the_learners_order(home):
    ex = exercise("08", "disengaged-employee")
    node = ex.spec.nodes[ex.spec.start]
    labels = [button.description for button in ex.replies]
    order = display_order([c.id for c in node.choices], "08", ex.spec.id, ex.spec.start)
    assert labels == [next(c.text for c in node.choices if c.id == i) for i in order]


def test_categorize_statements_follow_the_learners_order_and_the_feedback_numbers_them(home):
    ex = exercise("09", "hedged-harsh-straight")
    authored = [item.id for item in ex.spec.items]
    shown = list(ex.pickers)
    assert shown == display_order(authored, "09", "hedged-harsh-straight")
    ex.answer({item_id: "straight" for item_id in shown})
    first_wrong = next(
        i for i, item_id in enumerate(shown, 1) if ex._items[item_id].category != "straight"
    )
    assert f"\n{first_wrong}. {ex._items[shown[first_wrong - 1]].text} →" in ex.submit().feedback


def test_a_sequence_keeps_its_order(home):
    ex = exercise("07", "spot-the-habits")  # the lines of one conversation
    assert ex.choices.values == [option.id for option in ex.spec.options]


def test_the_gallery_keeps_the_authored_order(home):
    ex = exercise("gallery", "categorize")  # a demonstration: the same for every room
    assert list(ex.pickers) == [item.id for item in ex.spec.items]


def test_pressing_check_again_with_nothing_changed_saves_one_copy(home):
    """Walkthrough 66: every press stored a full copy, so 300 presses of one long reflection made
    a journal export larger than the workbook's own import takes."""
    from coachlab.store import default_store

    ex = exercise("01", "equal-status")
    ex.answer(ex.spec.correct)
    for _ in range(5):
        ex.submit()
    assert len(default_store().history("01", "equal-status")) == 1
    ex.answer(next(o.id for o in ex.spec.options if o.id != ex.spec.correct))
    ex.submit()  # a change is a new answer
    assert len(default_store().history("01", "equal-status")) == 2
