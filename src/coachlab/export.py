"""The learner's journal, to take away and bring back: JSON (to import), Markdown and HTML (to
read). Binder forgets everything after ten idle minutes; this is how nothing is lost.

The JSON carries a ``schema_version`` and no export time, so exporting, importing into an empty
store and exporting again gives the same bytes.
"""

from __future__ import annotations

import glob
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from . import markdown, room_sender
from .followup import to_ics
from .journal_page import journal_html
from .journal_schema import (  # JournalError and parse: still imported from here
    FORMAT,
    MAX_BYTES,
    SCHEMA_VERSION,
    JournalError,
    clean,
    parse,
)
from .journal_view import journal_view
from .store import Event, Store, StoreError, default_store, home

STALE_SECONDS = 60  # a temporary file older than this was left by an interrupted export
NAMES = {
    "json": "coachlab-journal.json",
    "md": "coachlab-journal.md",
    "html": "coachlab-journal.html",
    "ics": "coachlab-action-plan.ics",  # only when the journal holds lesson 10's action plan
}


def journal(store: Store | None = None) -> dict[str, Any]:
    """Everything the learner submitted, oldest first, as plain data (valid Unicode: a lone
    surrogate the learner typed is replaced, so every export can be written)."""
    store = store or default_store()
    events = store.events()
    if store.unreadable:  # an empty journal now would overwrite a good export with nothing
        raise StoreError(f"Your answers cannot be read right now: {store.unreadable}.")
    data = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "events": [clean(event.as_dict()) for event in events],
    }
    sender = room_sender.kept(store.path.parent)
    if sender is not None:  # carried on import, so a restored session is still one person
        data["room_sender"] = {"sender": sender[0], "exports": sender[1]}
    return data


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def to_markdown(data: dict[str, Any]) -> str:
    """The same journal as the HTML page, in Markdown; every value is escaped (see markdown)."""
    lines = ["# My coachlab journal", ""]
    for lesson in journal_view(data):
        lines += [f"## {markdown.inline(lesson.title)}", ""]
        for entry in lesson.entries:
            shared = " · shared with the facilitator (no name)" if entry.shared else ""
            lines += [f"### {markdown.inline(entry.title)}", ""]
            lines += [
                f"*{markdown.inline(entry.kind)} · {markdown.inline(entry.when)}{shared}*",
                "",
            ]
            if entry.prompt:
                lines += [markdown.block(entry.prompt), ""]
            if len(entry.answer) == 1:  # one answer: a paragraph; several: a list of ours
                lines += [f"**My answer:** {markdown.block(entry.answer[0])}", ""]
            else:
                lines += ["**My answer:**", ""]
                lines += [f"- {markdown.block(line)}" for line in entry.answer] + [""]
            lines += [f"**{markdown.inline(entry.verdict)}.** {markdown.block(entry.feedback)}", ""]
    if len(lines) == 2:
        lines += ["Nothing yet: answers appear here once you check them in a lesson.", ""]
    return "\n".join(lines)


def to_html(data: dict[str, Any], charts: bool = True) -> str:
    """A standalone, printable page (see journal_page); every value is escaped."""
    return journal_html(journal_view(data), charts)


def default_folder() -> Path:
    """Where exports go: ``$COACHLAB_EXPORTS``, else ``my-journal/`` in the checkout (git-ignored,
    beside the lessons, never among them), else ``exports/`` in the progress folder."""
    configured = os.environ.get("COACHLAB_EXPORTS")
    if configured:
        return Path(configured)
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file():
        return checkout / "my-journal"
    return home() / "exports"


def journal_texts(store: Store | None = None) -> dict[str, str]:
    """The journal's files by kind ("json", "md", "html", and "ics" once there is an action
    plan), as text: what an export writes, and what a learner downloads straight from the
    workbook when the folder cannot be written (a full or read-only disk)."""
    data = journal(store)
    texts = {"json": to_json(data), "md": to_markdown(data), "html": to_html(data)}
    reminders = to_ics(data)
    if reminders is not None:
        texts["ics"] = reminders
    return texts


def export_journal(folder: Path | str | None = None, store: Store | None = None) -> list[Path]:
    """Write the journal as JSON, Markdown and HTML into ``folder`` (default: default_folder),
    and the action plan's calendar reminders (.ics) once there is one."""
    folder = Path(folder or default_folder())
    texts = journal_texts(store)
    written = []
    for kind, text in texts.items():
        written.append(write_atomically(folder / NAMES[kind], text))
    return written


def import_journal(source: Path | str | bytes, store: Store | None = None) -> int:
    """Add a journal's answers to the store, all or nothing, in one transaction; events already
    there (the same in every field) are skipped. How many were added."""
    raw = source if isinstance(source, bytes) else _read_limited(Path(source))
    data = parse(raw)
    if data["format"] != FORMAT:
        raise JournalError(
            "this is a file exported for the room, not a journal: import coachlab-journal.json"
        )
    store = store or default_store()
    added = store.record_new(Event(**entry) for entry in data["events"])
    if "room_sender" in data:
        room_sender.adopt(store.path.parent, *data["room_sender"])
    return added


def _read_limited(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(MAX_BYTES + 1)


def write_atomically(path: Path, text: str) -> Path:
    """Write via a temporary file and a rename: a reader never sees half a file. Temporary
    files left by an export that was killed are removed first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(path)
    data = text.encode("utf-8", "replace")  # a lone surrogate becomes "?", never an error
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _remove_stale(path: Path) -> None:
    cutoff = time.time() - STALE_SECONDS
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*"):
        try:
            if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass  # another kernel removed it first, or it is not ours to remove
