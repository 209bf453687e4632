"""coachlab: a Jupyter workbook on leadership coaching and partnership.

In a lesson notebook, one line shows an exercise::

    import coachlab
    coachlab.exercise("01", "partner-definition")

Names are imported on first use, so ``import coachlab.feedback`` (pure Python) does not pay for
ipywidgets, pydantic or matplotlib.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "ContentError": "coachlab.content",
    "before_after": "coachlab.comparison",
    "load_lesson": "coachlab.content",
    "lessons_table": "coachlab.overview",
    "self_assessment_overview": "coachlab.overview",
    "journal_panel": "coachlab.journal_controls",
    "export_journal": "coachlab.export",
    "import_journal": "coachlab.export",
    "Exercise": "coachlab.widgets",
    "Result": "coachlab.widgets",
}

if TYPE_CHECKING:
    from .comparison import before_after
    from .content import ContentError, load_lesson
    from .export import export_journal, import_journal
    from .journal_controls import journal_panel
    from .overview import lessons_table, self_assessment_overview
    from .widgets import Exercise, Result


_SANDBOX = False  # set by sandbox(): nothing shown afterwards in this kernel is saved


def sandbox() -> Any:
    """From here on in this notebook, exercises are for trying only: nothing is saved to the
    learner's journal, progress or room export, and nothing saved is shown. The gallery is
    always a sandbox; solutions notebooks call this so model answers never pass as the
    learner's own."""
    from IPython.display import HTML

    global _SANDBOX
    _SANDBOX = True
    return HTML(
        '<p class="coachlab-sandbox" role="note">🧪 A sandbox: answers in this notebook are '
        "checked but never saved in your journal.</p>"
    )


def exercise(lesson: str | int, exercise_id: str) -> Exercise:
    """The exercise ``exercise_id`` of lesson ``lesson`` (e.g. ``"01"``), ready to display.
    Answers are remembered for numbered lessons only, and never in a sandbox (see sandbox)."""
    from .content import load_lesson
    from .widgets import build

    if not isinstance(exercise_id, str):
        raise TypeError(
            f"exercise_id is a str such as 'partner-definition', not {type(exercise_id).__name__}"
        )
    content = load_lesson(lesson)
    remembered = content.lesson.number is not None and not _SANDBOX
    return build(
        content.exercise(exercise_id), lesson=content.lesson.number if remembered else None
    )


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'coachlab' has no attribute {name!r}")


__all__ = [
    "ContentError",
    "Exercise",
    "Result",
    "before_after",
    "exercise",
    "export_journal",
    "import_journal",
    "journal_panel",
    "lessons_table",
    "load_lesson",
    "sandbox",
    "self_assessment_overview",
]
