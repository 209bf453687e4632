"""Whole-workbook checks on content: no key can be guessed from its length or its place."""

from __future__ import annotations

import pytest

from coachlab.content_bench import Figures, Item, scenario_items, single_choice_items


@pytest.mark.parametrize(
    "collect", [single_choice_items, scenario_items], ids=["single", "scenario"]
)
def test_no_key_stands_out_by_length_or_place(collect, capsys):
    figures = collect()
    with capsys.disabled():
        print("\n" + figures.report(collect.__name__))
    assert len(figures.items) >= 20  # the whole workbook was read, not an empty list
    assert figures.problems() == []


def test_the_limits_catch_a_guessable_workbook():
    longest_first = [Item(f"item {n}", (120, 60, 70, 65), 0) for n in range(5)]
    problems = Figures(longest_first).problems()
    assert "the key is the longest option in 100% of items" in problems
    assert "position 1 holds the key in 100% of items" in problems
    assert "item 0: the key is 1.85x its distractors' mean length" in problems


def test_balanced_items_pass():
    items = [Item(f"item {n}", (60, 70, 65, 62), n % 4) for n in range(8)]
    assert Figures(items).problems() == []


def test_our_own_models_say_so_when_checked(tmp_path, monkeypatch):
    from coachlab import exercise
    from coachlab.widgets.base import OUR_MODEL

    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path))
    steps = exercise("05", "coaching-steps")
    steps.answer([step.id for step in steps.spec.steps])
    assert steps.submit().feedback.startswith(OUR_MODEL)
    article = exercise("05", "adult-to-adult")
    article.answer(article.spec.correct)
    assert OUR_MODEL not in article.submit().feedback
