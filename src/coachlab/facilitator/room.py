"""A room: the journals participants exported, checked one by one. A bad file (too large, not
JSON, not a journal, malformed) is listed with its reason and skipped; it never stops the rest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..export import MAX_BYTES, JournalError, parse

MAX_FILES = 20_000  # far above any room; a folder with more is not a room's exports


@dataclass(frozen=True)
class Rejected:
    name: str
    reason: str


@dataclass
class Room:
    journals: list[dict[str, Any]] = field(default_factory=list)  # valid, anonymous
    rejected: list[Rejected] = field(default_factory=list)


def load_room(files: Iterable[tuple[str, bytes]]) -> Room:
    """Check each (file name, content) pair; keep the journals, list the rest with a reason."""
    room = Room()
    for count, (name, raw) in enumerate(files, start=1):
        if count > MAX_FILES:
            room.rejected.append(Rejected(name, f"more than {MAX_FILES:,} files; the rest skipped"))
            break
        try:
            room.journals.append(parse(raw))
        except JournalError as problem:
            room.rejected.append(Rejected(name, str(problem)))
    return room


def load_folder(folder: Path | str) -> Room:
    """Every ``*.json`` file in ``folder`` (sorted by name); oversized files are not even read."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"No folder at {folder}")

    def files() -> Iterable[tuple[str, bytes]]:
        for path in sorted(folder.glob("*.json")):
            size = path.stat().st_size
            yield path.name, (path.read_bytes() if size <= MAX_BYTES else b" " * (MAX_BYTES + 1))

    return load_room(files())
