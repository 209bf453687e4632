"""Remembering: each answered submit goes to the learner's store, and an exercise that is shown
again (a reopened lesson, a restarted kernel) comes back with the last answer and its feedback.
On a hub with a room, a shared answer then goes to the room too (``sharing``)."""

from __future__ import annotations

import dataclasses
import html
import sqlite3
from typing import TYPE_CHECKING, Any

from ..dates import local_time
from ..store import BUSY_NOTE, Event, StoreError, default_store, now
from ..where import hide_paths
from .sharing import tell_the_room

if TYPE_CHECKING:
    from .base import Exercise, Result


def save(exercise: Exercise, answer: Any, result: Result) -> bool:
    """Record the submit; if the store cannot take it, say so and why in the exercise (never
    silently). A busy file shows a note while the save waits. True when it was saved."""
    event = Event(
        now(),
        exercise.lesson,
        exercise.spec.id,
        exercise.kind,
        answer,
        result.correct,
        result.score,
        result.feedback,
        exercise.shared,
    )
    # pressed again with nothing changed: the journal already has it (walkthrough 66: 300
    # presses of one long reflection made an export too large for the workbook to import)
    saved = _same_as_last(exercise, event) or _record(exercise, event)
    if saved:  # a room that cannot take it says so in the exercise (pressing again retries)
        tell_the_room(exercise, event)
        from .consent import saved_now

        saved_now(exercise)
    return saved


def reshare(exercise: Exercise, shared: bool) -> bool:
    """The learner changed their mind about sharing: record the last saved answer again, now
    with ``shared``, so the latest choice is the one that counts. Nothing saved: nothing to do
    (the choice is stored with the next answer). True when an answer is saved, the one a tick
    shares: the line under the box says so (one read of the journal for both)."""
    try:
        last = default_store().last(exercise.lesson, exercise.spec.id)
    except (StoreError, sqlite3.Error, OSError):
        return False
    if last is None:
        return False
    if last.shared != shared:
        event = dataclasses.replace(last, at=now(), shared=shared)
        if _record(exercise, event):
            default_store().copy_now()  # the copy a damaged file comes back from: this choice
            tell_the_room(exercise, event, withdrawing=not shared)
    return True


def _same_as_last(exercise: Exercise, event: Event) -> bool:
    """Whether the last saved answer to this exercise is ``event`` in all but its time."""
    try:
        last = default_store().last(exercise.lesson, exercise.spec.id)
    except (StoreError, sqlite3.Error, OSError):
        return False
    return last is not None and dataclasses.replace(last, at=event.at) == event


def _record(exercise: Exercise, event: Event) -> bool:
    def busy() -> None:
        exercise.error_html.value = f'<div role="status">⏳ {html.escape(BUSY_NOTE)}</div>'

    try:
        default_store().record(event, on_busy=busy)
    except (StoreError, sqlite3.Error, OSError, ValueError) as error:  # ValueError: schema
        exercise.error_html.value = (
            '<div role="alert"><strong>⚠ Not saved.</strong> Your answer was checked, but it '
            f"could not be saved ({html.escape(hide_paths(str(error)))}). Export your journal to "
            "keep a copy.</div>"
        )
        return False
    exercise.error_html.value = ""
    return True


def restore(exercise: Exercise) -> None:
    """Show the last answer again, marked as such. An answer that no longer fits (the lesson's
    content changed since) is skipped: the exercise then starts empty."""
    from .base import Result

    try:
        last = default_store().last(exercise.lesson, exercise.spec.id)
    except (StoreError, sqlite3.Error, OSError):  # already said why; start empty
        return
    if last is None:
        return
    exercise._restoring = True
    try:
        if exercise.share is not None:
            exercise.share.value = last.shared
        exercise._set_answer(last.answer)
    except (ValueError, TypeError):
        return
    finally:
        exercise._restoring = False
    exercise._restored(last)
    result = Result.kept(exercise.kind, exercise.spec, last.correct, last.feedback, last.score)
    if exercise.spec.assessment == "pre":  # held back until lesson 10 (see base.submit)
        result = Result(correct=None, feedback=last.feedback)
    exercise.last_result = result
    when = local_time(last.at)
    exercise.feedback_html.show(result, f"↺ Your last answer, from {when}.", announce=False)
