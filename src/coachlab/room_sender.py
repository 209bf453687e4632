"""Who sent a room export, without a name: a random token made once per workbook, and how many
exports it has made. The dashboard counts a participant once when they send a newer file
(facilitator walkthrough 56: a re-sent export counted as a new person, and kept showing words the
learner had since taken back). The token says nothing about the learner; it only ties their own
exports together, and the export's first field says so."""

from __future__ import annotations

import contextlib
import json
import secrets
from pathlib import Path

from .journal_schema import SENDER

FILE_NAME = "room-sender.json"


def current(folder: Path) -> tuple[str, int]:
    """The token and the number of exports made so far (a new token, 0, where none is kept or
    the file cannot be read: a new token only makes the next export count as a new person)."""
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        token, made = data["sender"], data["exports"]
        if isinstance(token, str) and SENDER.fullmatch(token) and type(made) is int and made >= 0:
            return token, made
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return secrets.token_hex(8), 0


def kept(folder: Path) -> tuple[str, int] | None:
    """The token and count kept here, or None where no export was made (nothing to carry)."""
    token, made = current(folder)
    return (token, made) if made and (folder / FILE_NAME).is_file() else None


def adopt(folder: Path, token: str, made: int) -> bool:
    """Carry a journal's token here, so a restored session's next export replaces the old one
    on the dashboard instead of counting a second person (facilitator walkthrough 61); only
    where this workbook has exported nothing yet. Whether it was adopted."""
    from .export import write_atomically

    if kept(folder) is not None:
        return False  # this workbook has its own exports: two tokens, not one rewritten
    with contextlib.suppress(OSError):
        write_atomically(folder / FILE_NAME, json.dumps({"sender": token, "exports": made}))
        return True
    return False


def next_export(folder: Path) -> tuple[str, int]:
    """The token and this export's number, kept for the next one (written atomically)."""
    from .export import write_atomically

    token, made = current(folder)
    # a read-only progress folder: the export still goes out, as from a new sender
    with contextlib.suppress(OSError):
        write_atomically(folder / FILE_NAME, json.dumps({"sender": token, "exports": made + 1}))
    return token, made + 1
