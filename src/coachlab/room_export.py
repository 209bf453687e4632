"""What a learner hands to the facilitator: the room export.

The journal stays on the learner's computer. For the room's dashboard the learner exports a
separate file that holds, from the lessons only (never the gallery or a sandbox), only what they
chose to share:
- the reflections and written answers they ticked "Share with the facilitator", and only those;
- their latest choice in each exercise (option ids and ratings; no words of theirs, no
  feedback), only when they tick "Include my choices in the exercises" as they export.
It has no name, and dates are kept to the day. Its first field says what it contains. A random
token and the export's number (``room_sender``) let the dashboard count a re-sent file once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .journal_schema import ROOM_FORMAT, SCHEMA_VERSION, clean
from .room_sender import next_export
from .store import Store, StoreError, default_store

FILE_NAME = "coachlab-for-the-room.json"
# The one promise, word for word in Start here, the README and the facilitator guide (tested).
PRIVACY = (
    "Your answers stay where you run the workbook (your computer, or the Binder session until "
    "it ends). Reflections and written answers are private unless you tick **Share with the "
    "facilitator (no name)** under them. For a workshop, press **Export what I shared for the "
    "room** in *Start here* and send that one file (`coachlab-for-the-room.json`): it holds "
    "only the written answers you chose to share and, if you tick **Include my choices in the "
    "exercises**, your choices (options and ratings, none of your words), without your name. "
    "Your facilitator may read a shared answer to the room, never with your name. "
    "Your journal is yours; you never need to send it."
)
CHOICES_LABEL = "Include my choices in the exercises (options and ratings, none of my words)"
# What changes on a workshop hub with the room service (docs/deploy.md); in Start here, the
# README and the guide too (tested). The share box says the same where it is.
HUB_PRIVACY = (
    "On a workshop hub, a ticked answer goes at once to the facilitator's dashboard instead, "
    "still without your name, and unticking takes it back. Other participants never see it "
    "unless your facilitator reads it out."
)
TEXT_KINDS = frozenset({"reflection", "free_text"})  # the learner's own words: consent needed
ABOUT = (
    "What I shared for the room, for the facilitator's dashboard. No name. It holds only the "
    "reflections and written answers I chose to share ({shared}) and {choices}. "
    "Dates are kept to the day. A random number, not my name, lets the dashboard count a newer "
    "export of mine in place of this one. Everything else stays in my journal, where I run the "
    "workbook."
)
CHOICES = {
    True: "my latest choice in each lesson exercise (option ids and ratings, without feedback), "
    "which I chose to include",
    False: "none of my choices in the exercises (I did not include them)",
}


def about(shared: int, choices: bool) -> str:
    """The export's first field: what it holds, in the learner's words. Not how many answers
    they wrote in all: that is their journal's (facilitator walkthrough 64 read "(1 of 9)")."""
    return ABOUT.format(shared=shared, choices=CHOICES[choices])


def room_events(events: list[dict[str, Any]], choices: bool = False) -> list[dict[str, Any]]:
    """The events a room export may hold (see the module), latest per exercise: shared words,
    and choices only when the learner included them."""
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for event in events:
        if event["lesson"].isdigit():  # lessons only: the gallery is a sandbox
            latest[(event["lesson"], event["exercise"])] = event
    kept = []
    for event in latest.values():
        words = event["kind"] in TEXT_KINDS  # shared: the feedback may stay (it quotes them)
        if not (event.get("shared") if words else choices):
            continue
        kept.append(
            {
                **event,
                "at": event["at"][:10] + "T00:00:00+00:00",
                "feedback": event["feedback"] if words else "",
            }
        )
    return kept


def room_export(store: Store | None = None, choices: bool = False) -> dict[str, Any]:
    """The room export as plain data; it says at the top what it contains. ``choices``: the
    learner ticked to include their choices in the exercises (off unless they do)."""
    store = store or default_store()
    events = [clean(event.as_dict()) for event in store.events()]
    if store.unreadable:
        raise StoreError(f"Your answers cannot be read right now: {store.unreadable}.")
    kept = room_events(events, choices)
    shared = sum(e["kind"] in TEXT_KINDS for e in kept)
    return {
        "about": about(shared, choices),
        "format": ROOM_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "events": kept,
    }


def export_room(
    folder: Path | str | None = None, store: Store | None = None, choices: bool = False
) -> Path | None:
    """Write the room export into ``folder`` (default: the journal folder); its path.

    None when it would hold nothing: an empty file would look like something to send. Then no
    file is written, and one left by an earlier export is removed, since the learner has since
    taken back everything in it (a facilitator must not receive it)."""
    from .export import default_folder, to_json, write_atomically

    store = store or default_store()
    data = room_export(store, choices)
    path = Path(folder or default_folder()) / FILE_NAME
    if not data["events"]:
        path.unlink(missing_ok=True)
        return None
    sender, number = next_export(store.path.parent)
    return write_atomically(path, to_json({**data, "sender": sender, "export": number}))
