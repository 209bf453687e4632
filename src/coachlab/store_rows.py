"""How a journal event is laid out in the progress file: the table, an event as a row and back,
and the key that tells identical events apart (so an import skips what is already there)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .store_faults import CorruptFile

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    lesson TEXT NOT NULL,
    exercise TEXT NOT NULL,
    kind TEXT NOT NULL,
    answer TEXT NOT NULL,
    correct INTEGER,
    score REAL,
    feedback TEXT NOT NULL,
    shared INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_by_exercise ON events (lesson, exercise, id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta VALUES ('schema_version', '1');
"""
COLUMNS = "at, lesson, exercise, kind, answer, correct, score, feedback, shared"
INSERT = f"INSERT INTO events ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"  # noqa: S608
SELECT_ALL = f"SELECT {COLUMNS} FROM events ORDER BY id"  # noqa: S608
SELECT_EXERCISE = f"SELECT {COLUMNS} FROM events WHERE lesson = ? AND exercise = ? ORDER BY id"  # noqa: S608


@dataclass(frozen=True)
class Event:
    """One submitted answer and the feedback it got."""

    at: str  # ISO 8601, UTC
    lesson: str
    exercise: str
    kind: str
    answer: Any  # what ex.answer() accepts: str, list or dict
    correct: bool | None
    score: float | None
    feedback: str
    shared: bool = False  # the learner chose to share it with the facilitator (no name)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in COLUMNS.split(", ")}


def initialise(db: sqlite3.Connection) -> None:
    """Check the file; create the tables only when missing (a healthy file is only read)."""
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    check = db.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise CorruptFile(f"integrity check failed: {check}")
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"events", "meta"} <= tables:
        db.executescript(f"BEGIN IMMEDIATE; {SCHEMA} COMMIT;")
    elif "shared" not in {r[1] for r in db.execute("PRAGMA table_info(events)")}:
        # A file from before consent existed: nothing in it was shared.
        try:
            db.execute("ALTER TABLE events ADD COLUMN shared INTEGER NOT NULL DEFAULT 0")
        except sqlite3.OperationalError as error:  # another kernel added it a moment ago
            if "duplicate column" not in str(error):
                raise


def to_row(entry: dict[str, Any]) -> tuple:
    correct = entry["correct"]
    return (
        *(entry[name] for name in ("at", "lesson", "exercise", "kind")),
        json.dumps(entry["answer"], ensure_ascii=False),
        None if correct is None else int(correct),
        entry["score"],
        entry["feedback"],
        int(entry.get("shared", False)),
    )


def row_key(row: tuple) -> tuple:
    """Identical events have the same key (an answer's JSON compared in one spelling)."""
    try:
        answer = json.dumps(json.loads(row[4]), sort_keys=True)
    except ValueError:
        answer = row[4]
    return (*row[:4], answer, *row[5:])


def from_row(row: tuple) -> Event:
    at, lesson, exercise, kind, answer, correct, score, feedback, shared = row
    correct = None if correct is None else bool(correct)
    answer = json.loads(answer)
    return Event(at, lesson, exercise, kind, answer, correct, score, feedback, bool(shared))
