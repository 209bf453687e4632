"""The learner's consent to share one written answer with the facilitator.

Reflections and free-text answers are private by default. A ticked box marks the answer as
shared (stored with the event); ticking or unticking after the answer was saved records the
same answer again with the new choice, so the latest choice is the one the room export obeys.
The line under the box says where a shared answer goes here: into the file exported for the room
(a laptop, Binder), or at once to the facilitator's dashboard (a hub with a room service).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..hub.client import where_shared_goes

if TYPE_CHECKING:
    from .base import Exercise

LABEL = "Share with the facilitator (no name)"


def share_box(exercise: Exercise) -> widgets.VBox:
    """The checkbox (off) and one line saying what it does; changes go through the guard."""
    exercise.share = widgets.Checkbox(
        value=False, description=LABEL, indent=False, layout=widgets.Layout(width="auto")
    )
    exercise.share.add_class("coachlab-share")
    hint = exercise.share_hint = widgets.HTML(_hint(shared=False))
    exercise.share.observe(exercise.guard(lambda change: _changed(exercise, hint, change)), "value")
    return widgets.VBox([exercise.share, hint])


def _hint(shared: bool, saved: bool = True) -> str:
    said = html.escape(where_shared_goes(shared, saved))  # a laptop's file, or this hub's room
    return f'<p class="coachlab-share-hint" role="status">{said}</p>'


def _changed(exercise: Exercise, hint: widgets.HTML, change: Any) -> None:
    from . import memory

    shared = bool(change["new"])
    # restored too: the line says what the box holds, and whether an answer is saved to share
    saved = exercise._restoring or (
        exercise.lesson is not None and memory.reshare(exercise, shared)
    )
    hint.value = _hint(shared, saved)


def saved_now(exercise: Exercise) -> None:
    """After an answer is saved: a tick given before it now says the answer is shared."""
    if exercise.share is not None and exercise.share.value and exercise.share_hint is not None:
        exercise.share_hint.value = _hint(True)
