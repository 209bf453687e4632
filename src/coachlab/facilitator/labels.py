"""Words for what the room answered: exercise titles, option text, dimension labels, from the
lesson content (ids are only shown when the content no longer has them)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=64)
def _lesson(key: str) -> Any:
    from ..content import ContentError, load_lesson

    try:
        return load_lesson(key)
    except (ContentError, FileNotFoundError, ValueError, TypeError):
        return None


def spec(lesson: str, exercise: str) -> Any:
    content = _lesson(lesson)
    if content is None:
        return None
    return next((s for s in content.exercises if s.id == exercise), None)


def exercise_title(lesson: str, exercise: str) -> str:
    found = spec(lesson, exercise)
    return found.title if found else exercise


def exercise_ids(lesson: str) -> list[str]:
    """The lesson's exercises in the order it asks them ([] for a lesson it does not have)."""
    content = _lesson(lesson)
    return [s.id for s in content.exercises] if content else []


def is_lesson(lesson: str) -> bool:
    """A lesson of this workbook (a file may name any id; only ours are offered as a choice)."""
    return len(lesson) == 2 and lesson.isdigit() and _lesson(lesson) is not None


def lesson_title(lesson: str) -> str:
    content = _lesson(lesson)
    return f"{lesson} · {content.lesson.title}" if content else lesson


def option_text(lesson: str, exercise: str, option: str) -> str:
    found = spec(lesson, exercise)
    if option.startswith("misplaced:"):  # a sorting exercise's item, sorted wrong: "ITEM>GROUP"
        items = {i.id: i.text for i in getattr(found, "items", [])}
        groups = {c.id: c.label for c in getattr(found, "categories", [])}
        item, _, group = option.removeprefix("misplaced:").partition(">")
        text = " ".join(items.get(item, item).split())
        text = text if len(text) <= 90 else text[:89] + "…"
        into = groups.get(group, group)
        return f"sorted as “{into}”: {text}" if into else f"sorted into the wrong group: {text}"
    options = {o.id: o.text for o in getattr(found, "options", [])}
    return options.get(option, option)


def dimension_labels(lesson: str, exercise: str) -> dict[str, str]:
    found = spec(lesson, exercise)
    return {d.id: d.label for d in getattr(found, "dimensions", [])}


def scale_points(lesson: str, exercise: str) -> int:
    found = spec(lesson, exercise)
    return len(getattr(found, "scale", [])) or 5


def position(lesson: str, exercise: str) -> tuple[str, int, str]:
    """Where the exercise comes in its lesson, so the room's table follows the lesson."""
    content = _lesson(lesson)
    ids = [s.id for s in content.exercises] if content else []
    return (lesson, ids.index(exercise) if exercise in ids else len(ids), exercise)


@lru_cache(maxsize=1)
def exercise_count() -> int:
    """How many exercises the workbook's lessons have in all (a room export cannot name more)."""
    from ..content import declared_order

    return sum(len(c.exercises) for stem in declared_order() if (c := _lesson(stem[:2])))
