"""The feedback engine and the lessons never contradict each other.

Every statement a lesson sorts into a group that an analyzer can judge (partnering or marching
orders, open or closed, proactive or reactive, straight, hedged or harsh) is read by that
analyzer, which must agree, unless the YAML says, in ``ambiguous:``, why it may not.
"""

from __future__ import annotations

import pytest

from coachlab.content import content_dir, load_lesson_file
from coachlab.feedback import ANALYZERS

# A category id of the lessons -> (analyzer, the value it must give).
JUDGED = {
    "partnering": ("request", "partnering"),
    "marching-orders": ("request", "directive"),
    "directive": ("request", "directive"),
    "open": ("question", "open"),
    "closed": ("question", "closed"),
    "proactive": ("framing", "proactive"),
    "reactive": ("framing", "reactive"),
    "straight": ("candor", "straight"),
    "hedged": ("candor", "hedged"),
    "harsh": ("candor", "harsh"),
}


def judged_items():
    for path in sorted(content_dir().glob("*.yaml")):
        if path.name == "lessons.yaml":
            continue
        lesson = load_lesson_file(path)
        for spec in lesson.exercises:
            if getattr(spec, "kind", None) != "categorize":
                continue
            if not all(category.id in JUDGED for category in spec.categories):
                continue
            for item in spec.items:
                yield pytest.param(item, id=f"{path.stem}-{spec.id}-{item.id}")


ITEMS = list(judged_items())


def test_the_lessons_have_statements_the_engine_can_judge():
    assert len(ITEMS) >= 15


@pytest.mark.parametrize("item", ITEMS)
def test_the_engine_reads_each_sorted_statement_as_the_lesson_does(item):
    name, value = JUDGED[item.category]
    analyzer = ANALYZERS[name]
    (field,) = analyzer.fields
    result = analyzer.function(item.text)
    if item.ambiguous:
        return  # the YAML says why either reading is fair; a reader can see it there
    assert str(getattr(result, field)) == value, (item.text, result.cues)
