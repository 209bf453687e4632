"""Learner progress: every answer, self-assessment and reflection a learner submits, kept.

One SQLite file per learner (``$COACHLAB_HOME/progress.sqlite3``, else the user's data folder),
holding an append-only log of events. SQLite gives what a learner's work needs:
- a write is one transaction, so a kernel killed mid-write leaves the file as it was before;
- WAL mode with a busy timeout lets two notebooks in two kernels write without losing either;
- ``synchronous=FULL``: a submitted answer is on disk before the feedback appears.
A file that is not a readable database is moved aside (never deleted) with a visible warning,
and a fresh one is started, so a learner is never blocked by a broken file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import warnings
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
FILE_NAME = "progress.sqlite3"
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
    feedback TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_exercise ON events (lesson, exercise, id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
SELECT_ALL = (
    "SELECT at, lesson, exercise, kind, answer, correct, score, feedback FROM events ORDER BY id"
)
SELECT_EXERCISE = (
    "SELECT at, lesson, exercise, kind, answer, correct, score, feedback FROM events "
    "WHERE lesson = ? AND exercise = ? ORDER BY id"
)


class CorruptStoreWarning(UserWarning):
    """The progress file could not be read; it was moved aside and a new one started."""


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

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "lesson": self.lesson,
            "exercise": self.exercise,
            "kind": self.kind,
            "answer": self.answer,
            "correct": self.correct,
            "score": self.score,
            "feedback": self.feedback,
        }


def home() -> Path:
    """Where progress lives: ``$COACHLAB_HOME``, else the platform's user data folder."""
    configured = os.environ.get("COACHLAB_HOME")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_data_dir("coachlab", appauthor=False))


class Store:
    """The learner's progress file. Cheap to create: each call opens, writes and closes."""

    def __init__(self, path: Path | None = None):
        self.path = path or home() / FILE_NAME
        self.set_aside: Path | None = None  # where a corrupt file went, when one did
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._open_or_recover()

    def record(self, event: Event) -> None:
        """Append ``event`` (one transaction: all of it is written, or none of it)."""
        with self._connection() as db, db:
            db.execute(
                "INSERT INTO events (at, lesson, exercise, kind, answer, correct, score, "
                "feedback) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    event.at,
                    event.lesson,
                    event.exercise,
                    event.kind,
                    json.dumps(event.answer),
                    None if event.correct is None else int(event.correct),
                    event.score,
                    event.feedback,
                ),
            )

    def history(self, lesson: str, exercise: str) -> list[Event]:
        """Every event of one exercise, oldest first."""
        return self._select(SELECT_EXERCISE, (lesson, exercise))

    def last(self, lesson: str, exercise: str) -> Event | None:
        events = self.history(lesson, exercise)
        return events[-1] if events else None

    def events(self) -> list[Event]:
        """Everything, oldest first."""
        return self._select(SELECT_ALL, ())

    # -- internals -------------------------------------------------------------------------
    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30)) as db:
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA synchronous = FULL")
            yield db

    def _select(self, query: str, args: tuple) -> list[Event]:
        with self._connection() as db:
            rows = db.execute(query, args).fetchall()
        return [
            Event(
                at,
                lesson,
                exercise,
                kind,
                json.loads(answer),
                None if correct is None else bool(correct),
                score,
                feedback,
            )
            for at, lesson, exercise, kind, answer, correct, score, feedback in rows
        ]

    def _open_or_recover(self) -> None:
        try:
            self._initialise()
        except sqlite3.DatabaseError as error:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            self.set_aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
            for suffix in ("", "-wal", "-shm"):
                part = Path(f"{self.path}{suffix}")
                if part.exists():
                    part.replace(Path(f"{self.set_aside}{suffix}"))
            warnings.warn(
                f"Your progress file could not be read ({error}). It was kept as "
                f"{self.set_aside} and a new one was started at {self.path}. Your exported "
                "journal, if you have one, can be imported to restore your answers.",
                CorruptStoreWarning,
                stacklevel=3,
            )
            self._initialise()

    def _initialise(self) -> None:
        with self._connection() as db:
            db.execute("PRAGMA journal_mode = WAL")
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {check}")
            with db:
                db.executescript(SCHEMA)
                db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_OPEN: dict[Path, Store] = {}


def default_store() -> Store:
    """The store at ``home()``, opened once per process (and again if COACHLAB_HOME changes)."""
    path = home() / FILE_NAME
    if path not in _OPEN or not path.exists():
        _OPEN[path] = Store(path)
    return _OPEN[path]
