"""A copy of the progress file, taken when a kernel first finds it healthy, so that a file later
damaged (a sync tool, a failing disk, half a file copied) comes back with all but the latest
answers instead of empty. It sits beside the file, as ``progress.sqlite3.backup``."""

from __future__ import annotations

import os
import secrets
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from .dates import local_time


def backup_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.backup")


def take(path: Path) -> bool:
    """Copy the file with SQLite's online backup (consistent even while another kernel writes),
    through a temporary file and a rename. Never raises: a copy not taken stops no lesson.
    True when a copy was taken; a file with no answer yet is not copied."""
    target = backup_path(path)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with closing(sqlite3.connect(path)) as source:
            if source.execute("SELECT 1 FROM events LIMIT 1").fetchone() is None:
                return False
            with closing(sqlite3.connect(temporary)) as copy:
                source.backup(copy)
        os.replace(temporary, target)
        return True
    except (sqlite3.Error, OSError):
        temporary.unlink(missing_ok=True)
        return False


def restore(path: Path) -> str | None:
    """Put the copy where the damaged file was (already moved aside); when the copy was taken,
    in the learner's words, or None when there is no healthy copy to put back."""
    source = backup_path(path)
    try:
        taken = datetime.fromtimestamp(source.stat().st_mtime, timezone.utc)
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as copy:
            if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            with closing(sqlite3.connect(path)) as fresh:
                copy.backup(fresh)
    except (sqlite3.Error, OSError):
        Path(path).unlink(missing_ok=True)  # half a copy is no better than a fresh start
        return None
    return local_time(taken.isoformat(timespec="seconds"))
