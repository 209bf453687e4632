"""Chart labels: the lessons' own labels show whole, and none crosses the chart's outer ring
(a walkthrough found "Relying on collaboration and negotiati…" cut short, and labels below the
chart drawn across it)."""

from __future__ import annotations

import math

from coachlab.content import load_lesson
from coachlab.plots import MAX_LABEL, _spoke_labels, _wrap, safe_label


def _scale_labels() -> list[str]:
    labels = []
    for number in [f"{n:02d}" for n in range(1, 11)]:
        for spec in load_lesson(number).exercises:
            labels += [dimension.label for dimension in getattr(spec, "dimensions", [])]
    return labels


def test_every_scale_label_in_the_lessons_shows_whole():
    labels = _scale_labels()
    assert labels, "no self-assessment labels found"
    for label in labels:
        wrapped = _wrap(safe_label(label))
        assert "…" not in wrapped, label
        assert wrapped.replace("\n", " ") == label


def test_a_label_too_long_for_a_chart_is_bounded_and_says_so():
    wrapped = _wrap(safe_label("word " * 40))
    assert len(safe_label("word " * 40)) <= MAX_LABEL
    assert wrapped.count("\n") <= 3 and wrapped.endswith("…")


def test_labels_grow_away_from_the_chart():
    from matplotlib.figure import Figure

    axes = Figure().add_subplot(projection="polar")
    angles = [2 * math.pi * i / 4 for i in range(4)]  # right, top, left, bottom
    _spoke_labels(axes, ["right", "top", "left", "bottom"], angles)
    placed = [
        (t.get_horizontalalignment(), t.get_verticalalignment()) for t in axes.get_xticklabels()
    ]
    assert placed == [
        ("left", "center"),
        ("center", "bottom"),
        ("right", "center"),
        ("center", "top"),
    ]
