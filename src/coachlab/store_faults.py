"""What went wrong with the progress file, in words, and what to do about it.

SQLite raises one family of errors for very different situations, and they call for opposite
responses: a *busy* file (another notebook is writing) is waited for; a file that cannot be
written right now (read-only, disk full, folder missing) is kept untouched and the learner is
told why; only a file that is truly *corrupt* is moved aside, under a lock and a name that is
never reused, so that several kernels opening it at once never destroy an earlier copy.
"""

from __future__ import annotations

import errno
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

BUSY, UNAVAILABLE, CORRUPT = "busy", "unavailable", "corrupt"
# Primary SQLite result codes (https://www.sqlite.org/rescode.html).
SQLITE_CODES = {
    3: (UNAVAILABLE, "permission to the file was denied"),
    5: (BUSY, "another notebook is saving to it"),
    6: (BUSY, "another notebook is saving to it"),
    8: (UNAVAILABLE, "the file or its folder is read-only"),
    10: (UNAVAILABLE, "the disk reported an error (it may be full or removed)"),
    11: (CORRUPT, "the file is damaged"),
    13: (UNAVAILABLE, "the disk is full"),
    14: (UNAVAILABLE, "the file cannot be opened (its folder may be missing or read-only)"),
    26: (CORRUPT, "the file is not a progress database"),
}
# For errors without a code (older Pythons), the same by message.
MESSAGES = [
    ("locked", 5),
    ("busy", 5),
    ("readonly", 8),
    ("read-only", 8),
    ("disk is full", 13),
    ("disk i/o", 10),
    ("unable to open", 14),
    ("malformed", 11),
    ("not a database", 26),
    ("integrity check failed", 11),
]
OS_ERRORS = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission to the folder was denied",
    errno.EPERM: "permission to the folder was denied",
}


class StoreWarning(UserWarning):
    """Something about the progress file the learner should know."""


class CorruptStoreWarning(StoreWarning):
    """The progress file could not be read; it was moved aside and a new one started."""


class StoreBusyWarning(StoreWarning):
    """Another notebook is writing to the progress file; this one waits."""


class StoreUnavailableWarning(StoreWarning):
    """Answers cannot be saved right now; the file is kept as it is."""


class StoreError(RuntimeError):
    """An answer could not be saved; the message says why, in plain words."""


class CorruptFile(sqlite3.DatabaseError):
    """The file opened, but SQLite's own check found it damaged."""

    sqlite_errorcode = 11


def classify(error: BaseException) -> tuple[str, str]:
    """(BUSY, UNAVAILABLE or CORRUPT, the reason in plain words) for a store error."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is None:
            text = str(error).lower()
            code = next((c for words, c in MESSAGES if words in text), None)
        if code is not None and code & 0xFF in SQLITE_CODES:
            return SQLITE_CODES[code & 0xFF]
        return UNAVAILABLE, f"SQLite said: {error}"
    if isinstance(error, FileExistsError | NotADirectoryError):
        return UNAVAILABLE, f"its folder is not a folder ({error.filename} is a file)"
    if isinstance(error, OSError):
        return UNAVAILABLE, OS_ERRORS.get(error.errno, error.strerror or str(error))
    return UNAVAILABLE, str(error)


def aside_name(path: Path) -> Path:
    """A name for a corrupt copy that no other kernel, now or earlier, has used."""
    while True:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{secrets.token_hex(4)}")
        if not any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm")):
            return candidate


def move_aside(path: Path) -> Path:
    """Move the file and its WAL parts to a fresh name; never overwrites anything."""
    target = aside_name(path)
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            os.rename(part, f"{target}{suffix}")
    return target


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock between processes (kernels) for the duration of the block."""
    with open(path, "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: lock the first byte instead
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
