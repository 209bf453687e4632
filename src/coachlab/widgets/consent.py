"""The learner's consent to share one written answer with the facilitator.

Reflections and free-text answers are private by default. A ticked box marks the answer as
shared (stored with the event); ticking or unticking after the answer was saved records the
same answer again with the new choice, so the latest choice is the one the room export obeys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

if TYPE_CHECKING:
    from .base import Exercise

LABEL = "Share with the facilitator (no name)"
HINT = (
    "Private unless you tick this. Shared answers go only into the file you export for the "
    "room, without your name; nothing is sent anywhere by itself."
)


def share_box(exercise: Exercise) -> widgets.VBox:
    """The checkbox (off) and one line saying what it does; changes go through the guard."""
    exercise.share = widgets.Checkbox(
        value=False, description=LABEL, indent=False, layout=widgets.Layout(width="auto")
    )
    exercise.share.add_class("coachlab-share")
    exercise.share.observe(exercise.guard(lambda change: _changed(exercise, change)), "value")
    hint = widgets.HTML(f'<p class="coachlab-share-hint">{HINT}</p>')
    return widgets.VBox([exercise.share, hint])


def _changed(exercise: Exercise, change: Any) -> None:
    from . import memory

    if exercise._restoring or exercise.lesson is None:
        return
    memory.reshare(exercise, bool(change["new"]))
