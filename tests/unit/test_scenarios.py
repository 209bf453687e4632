"""Scenarios with real choices: every one has at least two good paths that never lose trust
(more than one defensible way to handle it) and a recovery path (a good ending reached after a
move that lost trust)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coachlab.content import declared_order, load_lesson

SCENARIOS = [
    (stem[:2], spec)
    for stem in declared_order()
    for spec in load_lesson(stem[:2]).exercises
    if spec.kind == "scenario"
]


def good_paths(spec, node: str, taken: frozenset = frozenset()) -> Iterator[list]:
    """Every path (each choice at most once, so loops end) from ``node`` to a good ending."""
    here = spec.nodes[node]
    if here.ending:
        if here.good:
            yield []
        return
    for choice in here.choices:
        if (node, choice.id) not in taken:
            for rest in good_paths(spec, choice.next, taken | {(node, choice.id)}):
                yield [choice, *rest]


@pytest.mark.parametrize(("lesson", "spec"), SCENARIOS, ids=[s.id for _, s in SCENARIOS])
def test_two_defensible_good_paths_and_a_recovery(lesson, spec):
    paths = list(good_paths(spec, spec.start))
    defensible = [p for p in paths if all(choice.trust >= 0 for choice in p)]
    recovery = [p for p in paths if any(choice.trust < 0 for choice in p)]
    assert len(defensible) >= 2, f"{lesson} {spec.id}: one right way only"
    assert recovery, f"{lesson} {spec.id}: no way back after a misstep"


def test_the_scenarios_were_found():
    assert len(SCENARIOS) >= 4
