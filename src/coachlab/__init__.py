"""coachlab: a Jupyter workbook on leadership coaching and partnership.

In a lesson notebook, one line shows an exercise::

    import coachlab
    coachlab.exercise("01", "partner-definition")
"""

from __future__ import annotations

from .content import ContentError, load_lesson
from .overview import lessons_table
from .widgets import Exercise, Result, build

__version__ = "0.1.0"


def exercise(lesson: str | int, exercise_id: str) -> Exercise:
    """The exercise ``exercise_id`` of lesson ``lesson`` (e.g. ``"01"``), ready to display."""
    if not isinstance(exercise_id, str):
        raise TypeError(
            f"exercise_id is a str such as 'partner-definition', not {type(exercise_id).__name__}"
        )
    return build(load_lesson(lesson).exercise(exercise_id))


__all__ = ["ContentError", "Exercise", "Result", "exercise", "lessons_table", "load_lesson"]
