"""On a hub with a room service, what the learner ticked to share goes there as it is saved, and
unticking takes it back. Anywhere else (a laptop, Binder) this does nothing: sharing then means
the file the learner exports for the room. The item is the room export's (``room_events``), so
the facilitator gets exactly what the file would carry."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from ..hub import client
from ..journal_schema import clean
from ..room_export import TEXT_KINDS, room_events
from ..store import Event

if TYPE_CHECKING:
    from .base import Exercise


def tell_the_room(exercise: Exercise, event: Event, withdrawing: bool = False) -> bool:
    """Send ``event`` if it is shared; withdraw it when the learner ``withdrawing`` unticked.
    A private answer is never sent. False, with the reason shown, when the room did not take it."""
    if event.kind not in TEXT_KINDS or not event.lesson.isdigit() or client.room_url() is None:
        return True
    if not event.shared and not withdrawing:
        return True
    try:
        if event.shared:
            client.share(room_events([clean(event.as_dict())])[0])
        else:
            client.withdraw(event.lesson, event.exercise)
    except client.RoomUnavailable as problem:
        what = "sent to" if event.shared else "taken back from"
        exercise.error_html.value = (
            '<div role="alert"><strong>⚠ Not ' + what + " the room.</strong> Your answer is "
            f"saved in your journal, but it could not be {what} your facilitator's dashboard "
            f"({html.escape(str(problem))}). Untick and tick the box again to retry.</div>"
        )
        return False
    return True
