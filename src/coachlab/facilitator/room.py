"""A room: the journals participants exported, checked one by one against the journal schema.
A bad file (too large, not JSON, not a journal, a learner's full personal journal rather than
their export for the room, an event outside the schema, not a regular
file, a link out of the folder) is listed with its reason and skipped; it never stops the rest.

Reading a folder opens only regular files, without following links out of it and without
blocking (a FIFO would otherwise hang the dashboard for ever); no file is read past the size
limit, and the whole room has a memory budget.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..journal_schema import FORMAT, MAX_BYTES, JournalError, parse
from ..plural import count
from ..room_export import FILE_NAME
from . import labels

# A full journal holds every answer, shared or not: it is never read as the room's.
PERSONAL = f"a personal journal, not an export for the room: ask for {FILE_NAME}"

MAX_FILES = 20_000  # far above any room; a folder with more is not a room's exports
ROOM_BYTES = 100_000_000  # the room's files in all: about 260 MB of memory once read


@dataclass(frozen=True)
class Rejected:
    name: str
    reason: str


@dataclass
class Room:
    journals: list[dict[str, Any]] = field(default_factory=list)  # valid, anonymous
    rejected: list[Rejected] = field(default_factory=list)


class Skip(Exception):
    """A file that is not read at all, with the reason."""


def load_room(files: Iterable[tuple[str, bytes | Skip]], budget: int = ROOM_BYTES) -> Room:
    """Check each (file name, content) pair; keep the journals, list the rest with a reason."""
    room, used = Room(), 0
    names: list[str] = []  # the file each kept journal came from
    seen: dict[str, str] = {}  # a hash of each file read -> its name: the same file twice
    for number, (name, raw) in enumerate(files, start=1):
        if number > MAX_FILES:
            room.rejected.append(Rejected(name, f"more than {MAX_FILES:,} files; the rest skipped"))
            break
        if isinstance(raw, Skip):
            room.rejected.append(Rejected(name, str(raw)))
            continue
        used += len(raw)
        if used > budget:
            room.rejected.append(
                Rejected(name, f"the room's files exceed {budget:,} bytes in all; skipped")
            )
            continue
        try:
            data = parse(raw)
        except JournalError as problem:
            room.rejected.append(Rejected(name, str(problem)))
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if "sender" not in data and digest in seen:  # with a sender: _newest_per_sender says
            # walkthrough 66: one file added twice counted two participants
            room.rejected.append(Rejected(name, f"the same file as {seen[digest]}"))
            continue
        seen.setdefault(digest, name)
        problem = PERSONAL if data["format"] == FORMAT else _not_this_workbook(data)
        if problem:
            room.rejected.append(Rejected(name, problem))
        else:
            room.journals.append(data)
            names.append(name)
    return _newest_per_sender(room, names)


def _not_this_workbook(data: dict[str, Any]) -> str:
    """Why a room export is not one this workbook made, or ''. Answers to lessons it does not
    have are left out; a file with only those, or with answers to more exercises than the
    workbook has, is not read (walkthrough 66: one file with 20,000 made-up lessons made a
    20,000-row table that every later upload drew again)."""
    events = [e for e in data["events"] if labels.is_lesson(e["lesson"])]
    if data["events"] and not events:
        return "answers to no lesson of this workbook: was it made with another one?"
    exercises = {(e["lesson"], e["exercise"]) for e in events}
    if len(exercises) > (most := labels.exercise_count()):
        return f"answers to {count(len(exercises), 'exercise')}; this workbook has {most}"
    data["events"] = events
    return ""


def _newest_per_sender(room: Room, names: list[str]) -> Room:
    """One export per participant: where two carry the same sender token, the higher export
    number counts and the other is listed as replaced (exports without a token count each)."""
    newest: dict[str, int] = {}
    for index, data in enumerate(room.journals):
        sender = data.get("sender")
        if sender is not None:
            kept = newest.get(sender)
            if kept is None or data["export"] > room.journals[kept]["export"]:
                newest[sender] = index
    kept, replaced = [], []
    for index, data in enumerate(room.journals):
        sender = data.get("sender")
        if sender is None or newest[sender] == index:
            kept.append(data)
            continue
        newer = newest[sender]
        same = data["export"] == room.journals[newer]["export"]  # one file added twice
        reason = "the same export as" if same else "an earlier export from the same participant as"
        replaced.append(Rejected(names[index], f"{reason} {names[newer]}"))
    room.journals = kept
    room.rejected += replaced
    return room


def load_folder(folder: Path | str, budget: int = ROOM_BYTES) -> Room:
    """Every ``*.json`` file in ``folder`` (sorted by name), read safely (see the module)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"No folder at {folder}")
    inside = folder.resolve()

    def files() -> Iterable[tuple[str, bytes | Skip]]:
        for path in sorted(folder.glob("*.json")):
            try:
                yield path.name, read_safely(path, inside)
            except Skip as skipped:
                yield path.name, skipped
            except OSError as error:
                yield path.name, Skip(f"could not be read ({error.strerror or error})")

    return load_room(files(), budget)


def read_safely(path: Path, inside: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file within ``inside`` and not too large."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(inside):
            raise Skip("a link to a file outside the folder; not followed")
        path = target
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    handle = os.open(path, flags)
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise Skip("not a regular file (a folder, device or pipe); not read")
        if info.st_size > MAX_BYTES:
            raise Skip(f"too large for a journal ({info.st_size:,} bytes; at most {MAX_BYTES:,})")
        chunks, left = [], MAX_BYTES + 1
        while left > 0:
            chunk = os.read(handle, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(handle)
