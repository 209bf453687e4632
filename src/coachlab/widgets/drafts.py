"""Drafts: what a learner has put in an exercise but not checked yet, kept in the kernel so that
running the cell again (or "Run All") puts it back instead of emptying the box. Only the last
checked answer is in the journal; a draft never leaves this kernel and is gone when it stops."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..store import home

if TYPE_CHECKING:
    from .base import Exercise

# (journal folder, lesson, exercise id) -> the answer as the controls last held it
_DRAFTS: dict[tuple[str, str, str], Any] = {}


def _key(exercise: Exercise) -> tuple[str, str, str]:
    """Whose draft: another journal (COACHLAB_HOME) has its own."""
    return (str(home()), exercise.lesson or "", exercise.spec.id)


def note(exercise: Exercise) -> str:
    """Said over an answer put back: it has no verdict yet, and which button gives one."""
    return (
        "↺ Put back as you left it before this exercise was shown again. Not checked yet: "
        f"press “{exercise.check_label}” when it is ready."
    )


def keep(exercise: Exercise) -> None:
    """Remember the answer the controls now hold (a cleared box forgets the draft)."""
    if exercise.lesson is None or not exercise.has_check_button:
        return
    key = _key(exercise)
    answer = exercise._current_answer()
    if answer is None:
        _DRAFTS.pop(key, None)
    else:
        _DRAFTS[key] = answer


def put_back(exercise: Exercise) -> bool:
    """Show the draft again where it differs from what the journal put back; True if it did."""
    if exercise.lesson is None:
        return False
    draft = _DRAFTS.get(_key(exercise))
    if draft is None or draft == exercise._current_answer():
        return False
    exercise._restoring = True
    try:
        exercise._set_answer(draft)
    except (ValueError, TypeError):  # the lesson's content changed under it: start as saved
        return False
    finally:
        exercise._restoring = False
    from .base import Result

    exercise.last_result = None
    exercise.feedback_html.show(Result(None, note(exercise), answered=False), announce=False)
    return True
