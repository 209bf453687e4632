"""Learner progress: every answer, self-assessment and reflection a learner submits, kept.

One SQLite file per learner (``$COACHLAB_HOME/progress.sqlite3``, else the user's data folder),
holding an append-only log of events. SQLite gives what a learner's work needs:
- a write is one transaction, so a kernel killed mid-write leaves the file as it was before;
- WAL mode with a busy timeout lets two notebooks in two kernels write without losing either;
- ``synchronous=FULL``: a submitted answer is on disk before the feedback appears.
Every event is checked against the journal schema on the way in and on the way out, so one bad
event cannot break a lesson for good. A learner is never blocked by the file: a busy file is
waited for (with a note), a file that cannot be written right now is kept as it is and the
learner is told why, and only a corrupt file is moved aside (see ``store_faults``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .journal_schema import JournalError, check_event, clean
from .store_faults import (  # noqa: F401 (the warnings are part of the store's interface)
    BUSY,
    CORRUPT,
    CorruptFile,
    CorruptStoreWarning,
    StoreBusyWarning,
    StoreError,
    StoreUnavailableWarning,
    StoreWarning,
    classify,
    file_lock,
    move_aside,
)

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
INSERT OR IGNORE INTO meta VALUES ('schema_version', '1');
"""
COLUMNS = "at, lesson, exercise, kind, answer, correct, score, feedback"
INSERT = f"INSERT INTO events ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"  # noqa: S608
SELECT_ALL = f"SELECT {COLUMNS} FROM events ORDER BY id"  # noqa: S608
SELECT_EXERCISE = f"SELECT {COLUMNS} FROM events WHERE lesson = ? AND exercise = ? ORDER BY id"  # noqa: S608
BUSY_NOTE = "Your progress file is busy: another notebook is saving to it. Still trying…"


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
        return {name: getattr(self, name) for name in COLUMNS.split(", ")}


def home() -> Path:
    """Where progress lives: ``$COACHLAB_HOME``, else the platform's user data folder."""
    configured = os.environ.get("COACHLAB_HOME")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_data_dir("coachlab", appauthor=False))


class Store:
    """The learner's progress file. Cheap to create: each call opens, writes and closes.

    ``problem`` says why answers cannot be saved right now (None when they can).
    """

    def __init__(self, path: Path | None = None, busy_timeout: float = 5.0, busy_wait=120.0):
        self.path = path or home() / FILE_NAME
        self.busy_timeout, self.busy_wait = busy_timeout, busy_wait
        self.set_aside: Path | None = None  # where a corrupt file went, when one did
        self.problem: str | None = None
        self.unreadable: str | None = None  # why the last read found nothing to read
        self.skipped = 0  # stored events that no longer pass the schema (never shown)
        self._open()

    def record(self, event: Event, on_busy: Callable[[], None] | None = None) -> None:
        """Append ``event`` (one transaction: all of it is written, or none of it)."""
        self.record_new([event], on_busy, skip_known=False)

    def record_new(
        self, events: Iterable[Event], on_busy: Callable[[], None] | None = None, skip_known=True
    ) -> int:
        """Append ``events`` in one transaction (one fsync), skipping those already stored
        when ``skip_known``; how many were added. A bad event stores nothing."""
        rows = [_row(check_event(clean(e.as_dict()), f"event {i}")) for i, e in enumerate(events)]
        if self.problem:
            self._open()
        if self.problem:
            raise StoreError(f"Your answers cannot be saved right now: {self.problem}.")

        def write(db: sqlite3.Connection) -> int:
            db.execute("BEGIN IMMEDIATE")
            new, seen = [], {_key(r) for r in db.execute(SELECT_ALL)} if skip_known else set()
            for row in rows:
                if not skip_known or _key(row) not in seen:
                    new.append(row)
                    seen.add(_key(row))
            db.executemany(INSERT, new)
            db.execute("COMMIT")
            return len(new)

        try:
            return self._retrying(write, on_busy)
        except sqlite3.Error as error:
            kind, reason = classify(error)
            if kind != BUSY:
                self.problem = reason
            raise StoreError(f"Your answers cannot be saved right now: {reason}.") from None

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
        with closing(_connect(self.path, self.busy_timeout)) as db:
            db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            db.execute("PRAGMA synchronous = FULL")
            yield db

    def _retrying(self, work: Callable[[sqlite3.Connection], Any], on_busy=None) -> Any:
        """Run ``work`` on a connection; while the file is busy, say so once and try again."""
        deadline = time.monotonic() + self.busy_wait
        noted = False
        while True:
            try:
                with self._connection() as db:
                    try:
                        return work(db)
                    finally:
                        if db.in_transaction:
                            db.rollback()
            except sqlite3.Error as error:
                if classify(error)[0] != BUSY or time.monotonic() > deadline:
                    raise
                if not noted:
                    (on_busy or _warn_busy)()
                    noted = True

    def _select(self, query: str, args: tuple) -> list[Event]:
        try:
            rows = self._retrying(lambda db: db.execute(query, args).fetchall())
        except sqlite3.Error as error:
            self.unreadable = classify(error)[1]
            self._unavailable(self.unreadable)
            return []
        self.unreadable = None
        events = []
        for row in rows:
            try:
                events.append(Event(**check_event(_event(row).as_dict())))
            except (JournalError, ValueError):
                self.skipped += 1
        return events

    def _open(self) -> None:
        self.problem = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._retrying(_initialise)
        except (sqlite3.Error, OSError) as error:
            kind, reason = classify(error)
            if kind != CORRUPT:
                self._unavailable(reason)
                return
            try:
                self._recover(error)
            except (sqlite3.Error, OSError) as again:
                self._unavailable(classify(again)[1])

    def _recover(self, error: BaseException) -> None:
        """Under a lock, so that kernels opening the same corrupt file at once move it once."""
        with file_lock(self.path.with_name(f"{self.path.name}.lock")):
            try:  # another kernel may have recovered it while this one waited for the lock
                self._retrying(_initialise)
                return
            except sqlite3.Error as again:
                if classify(again)[0] != CORRUPT:
                    raise
            self.set_aside = move_aside(self.path)
            self._retrying(_initialise)
        warnings.warn(
            f"Your progress file could not be read ({error}). It was kept as "
            f"{self.set_aside} and a new one was started at {self.path}. Your exported "
            "journal, if you have one, can be imported to restore your answers.",
            CorruptStoreWarning,
            stacklevel=4,
        )

    def _unavailable(self, reason: str) -> None:
        self.problem = reason
        kept = (
            f"Your earlier answers are safe in {self.path}."
            if self.path.is_file()
            else f"(No progress file could be made at {self.path}.)"
        )
        message = f"Your answers cannot be saved right now: {reason}. {kept}"
        if message not in _WARNED:
            _WARNED.add(message)
            warnings.warn(message, StoreUnavailableWarning, stacklevel=4)


def _connect(path: Path, timeout: float) -> sqlite3.Connection:
    """One connection, in autocommit mode: transactions are begun explicitly."""
    return sqlite3.connect(path, timeout=timeout, isolation_level=None)


def _initialise(db: sqlite3.Connection) -> None:
    """Check the file; create the tables only when missing (a healthy file is only read)."""
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    check = db.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise CorruptFile(f"integrity check failed: {check}")
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"events", "meta"} <= tables:
        db.executescript(f"BEGIN IMMEDIATE; {SCHEMA} COMMIT;")


def _row(entry: dict[str, Any]) -> tuple:
    correct = entry["correct"]
    return (
        *(entry[name] for name in ("at", "lesson", "exercise", "kind")),
        json.dumps(entry["answer"], ensure_ascii=False),
        None if correct is None else int(correct),
        entry["score"],
        entry["feedback"],
    )


def _key(row: tuple) -> tuple:
    """Identical events have the same key (an answer's JSON compared in one spelling)."""
    try:
        answer = json.dumps(json.loads(row[4]), sort_keys=True)
    except ValueError:
        answer = row[4]
    return (*row[:4], answer, *row[5:])


def _event(row: tuple) -> Event:
    at, lesson, exercise, kind, answer, correct, score, feedback = row
    correct = None if correct is None else bool(correct)
    return Event(at, lesson, exercise, kind, json.loads(answer), correct, score, feedback)


def _warn_busy() -> None:
    warnings.warn(BUSY_NOTE, StoreBusyWarning, stacklevel=5)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_OPEN: dict[Path, Store] = {}
_WARNED: set[str] = set()  # each "cannot save" message is shown once per session


def default_store() -> Store:
    """The store at ``home()``, opened once per process (and again if COACHLAB_HOME changes,
    the file disappears, or it could not be written last time)."""
    path = home() / FILE_NAME
    known = _OPEN.get(path)
    if known is None or known.problem or not path.exists():
        _OPEN[path] = Store(path)
    return _OPEN[path]
