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

import os
import sqlite3
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import store_backup
from .journal_schema import JournalError, check_event, clean
from .store_faults import (  # noqa: F401 (the warnings are part of the store's interface)
    BUSY,
    CORRUPT,
    CorruptStoreWarning,
    StoreBusyWarning,
    StoreError,
    StoreUnavailableWarning,
    StoreWarning,
    classify,
    file_lock,
    move_aside,
)
from .store_rows import (
    INSERT,
    SELECT_ALL,
    SELECT_EXERCISE,
    Event,
    from_row,
    initialise,
    row_key,
    to_row,
)

SCHEMA_VERSION = 1
FILE_NAME = "progress.sqlite3"
COPY_EVERY = 300  # seconds between copies of the progress file while answering (store_backup)
BUSY_NOTE = "Your progress file is busy: another notebook is saving to it. Still trying…"


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
        self._copied_at: float | None = None  # when store_backup last copied the file
        self._open()

    def record(self, event: Event, on_busy: Callable[[], None] | None = None) -> None:
        """Append ``event`` (one transaction: all of it is written, or none of it)."""
        self.record_new([event], on_busy, skip_known=False)

    def record_new(
        self, events: Iterable[Event], on_busy: Callable[[], None] | None = None, skip_known=True
    ) -> int:
        """Append ``events`` in one transaction (one fsync), skipping those already stored
        when ``skip_known``; how many were added. A bad event stores nothing."""
        rows = [to_row(check_event(clean(e.as_dict()), f"event {i}")) for i, e in enumerate(events)]
        if self.problem:
            self._open()
        if self.problem:
            raise StoreError(f"Your answers cannot be saved right now: {self.problem}.")

        def write(db: sqlite3.Connection) -> int:
            db.execute("BEGIN IMMEDIATE")
            new, seen = [], {row_key(r) for r in db.execute(SELECT_ALL)} if skip_known else set()
            for row in rows:
                if not skip_known or row_key(row) not in seen:
                    new.append(row)
                    seen.add(row_key(row))
            db.executemany(INSERT, new)
            db.execute("COMMIT")
            return len(new)

        try:
            added = self._retrying(write, on_busy)
        except sqlite3.Error as error:
            kind, reason = classify(error)
            if kind != BUSY:
                self.problem = reason
            raise StoreError(f"Your answers cannot be saved right now: {reason}.") from None
        self._keep_a_copy()
        return added

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
    def copy_now(self) -> None:
        """Copy the file now, whatever the time since the last copy: after a change of consent,
        so that a restore can never bring back an answer as shared that the learner took back."""
        if store_backup.take(self.path):
            self._copied_at = time.monotonic()

    def _keep_a_copy(self) -> None:
        """Copy the healthy file (store_backup) when first opened, then every few minutes of
        answering: a file damaged later loses at most those minutes."""
        due = self._copied_at is None or time.monotonic() - self._copied_at > COPY_EVERY
        if due and store_backup.take(self.path):
            self._copied_at = time.monotonic()

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
                events.append(Event(**check_event(from_row(row).as_dict())))
            except (JournalError, ValueError):
                self.skipped += 1
        return events

    def _open(self) -> None:
        self.problem = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._retrying(initialise)
            self._keep_a_copy()
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
                self._retrying(initialise)
                return
            except sqlite3.Error as again:
                if classify(again)[0] != CORRUPT:
                    raise
            self.set_aside = move_aside(self.path)
            restored = store_backup.restore(self.path)
            self._retrying(initialise)
        if restored:
            said = (
                f"Your progress file could not be read ({error}). It was kept as "
                f"{self.set_aside}, and your answers were put back from the copy made on "
                f"{restored}. Answers checked after that are only in the damaged file: if you "
                "exported your journal since, import it to bring them back."
            )
        else:
            said = (
                f"Your progress file could not be read ({error}). It was kept as "
                f"{self.set_aside} and a new one was started at {self.path}. Your exported "
                "journal, if you have one, can be imported to restore your answers."
            )
        warnings.warn(said, CorruptStoreWarning, stacklevel=4)

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
