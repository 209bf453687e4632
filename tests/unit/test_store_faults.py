"""Store errors told apart (issue 11): busy is waited for, unwritable is kept and explained,
only corrupt is moved aside (once, under a lock, never overwriting an earlier copy); the
workbook stays usable whatever the store's state, and never says "saved" when it was not.

Tests run as root, and root ignores file permissions, so "read-only" and "disk full" are
simulated at SQLite's level: a connection opened read-only (``mode=ro``, which SQLite enforces
even for root) and a connection whose writes fail with SQLITE_FULL.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import warnings

import pytest

import coachlab
from coachlab import store as store_module
from coachlab.store import (
    Event,
    Store,
    StoreBusyWarning,
    StoreError,
    StoreUnavailableWarning,
    default_store,
    now,
)

CORRUPT = b"this is not a database" * 100


def event(answer="b") -> Event:
    return Event(now(), "07", "pick-one", "single_choice", answer, True, 1.0, "Because.")


def hold_write_lock(path, seconds: float) -> threading.Thread:
    """Another "kernel" holding BEGIN IMMEDIATE on the file for ``seconds``."""
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(seconds, lambda: (db.rollback(), db.close()))
    timer.start()
    return timer


def test_a_busy_store_is_waited_for_with_a_note_and_never_moved_aside(tmp_path):
    path = tmp_path / "progress.sqlite3"
    Store(path).record(event("a"))
    timer = hold_write_lock(path, 1.0)
    store = Store(path, busy_timeout=0.1)  # before: "database is locked" -> moved aside
    assert store.set_aside is None and store.last("07", "pick-one").answer == "a"
    notes: list[str] = []
    store.record(event("b"), on_busy=lambda: notes.append("busy"))
    timer.join()
    assert notes == ["busy"]
    assert [e.answer for e in Store(path).events()] == ["a", "b"]


def test_a_busy_store_warns_when_no_one_listens(tmp_path):
    path = tmp_path / "progress.sqlite3"
    Store(path)
    timer = hold_write_lock(path, 0.5)
    with pytest.warns(StoreBusyWarning, match="busy"):
        Store(path, busy_timeout=0.1).record(event())
    timer.join()


def read_only(path, timeout):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout, isolation_level=None)


def test_a_read_only_store_is_kept_and_explained(tmp_path, monkeypatch):
    path = tmp_path / "progress.sqlite3"
    Store(path).record(event("a"))
    before = path.read_bytes()
    monkeypatch.setattr(store_module, "_connect", read_only)
    store = Store(path)
    with pytest.raises(StoreError, match="cannot be saved right now: the file or its folder is"):
        store.record(event("b"))
    assert store.set_aside is None and path.read_bytes() == before
    assert [e.answer for e in store.events()] == ["a"]  # earlier answers still shown
    assert list(tmp_path.glob("*corrupt*")) == []


class FullDisk:
    """A connection whose writes fail as SQLite does when the disk is full."""

    def __init__(self, path, timeout):
        self.db = sqlite3.connect(path, timeout=timeout, isolation_level=None)

    def execute(self, sql, *args):
        if sql.startswith(("INSERT", "BEGIN IMMEDIATE")):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13
            raise error
        return self.db.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.db, name)


def test_a_full_disk_keeps_the_file_and_says_so(tmp_path, monkeypatch):
    path = tmp_path / "progress.sqlite3"
    Store(path).record(event("a"))
    monkeypatch.setattr(store_module, "_connect", FullDisk)
    store = Store(path)
    with pytest.raises(StoreError, match="the disk is full"):
        store.record(event("b"))
    assert store.set_aside is None and store.problem == "the disk is full"
    monkeypatch.undo()
    assert [e.answer for e in Store(path).events()] == ["a"]


def test_coachlab_home_pointing_at_a_file_leaves_the_workbook_usable(tmp_path, monkeypatch):
    home = tmp_path / "not-a-folder"
    home.write_text("x")
    monkeypatch.setenv("COACHLAB_HOME", str(home))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ex = coachlab.exercise("01", "reflect-partnership")  # before: FileExistsError
        ex.answer("Next time I will ask what they think before I decide.")
        result = ex.submit()
    assert result.answered and "words" in result.feedback
    assert "Saved in your journal" not in result.feedback  # before: said beside "Not saved"
    assert "Not saved" in result.feedback and "⚠ Not saved." in ex.error_html.value
    assert "is a file" in ex.error_html.value  # the reason, in words
    messages = [str(w.message) for w in caught if w.category is StoreUnavailableWarning]
    assert messages and all("safe in" not in m for m in messages)  # no file that is not there
    assert "No progress file could be made" in messages[0]


def test_a_reflection_that_was_saved_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path))
    ex = coachlab.exercise("01", "reflect-partnership")
    ex.answer("Next time I will ask what they think before I decide.")
    assert "Saved in your journal" in ex.submit().feedback
    assert ex.error_html.value == "" and default_store().problem is None


def test_a_corrupt_store_set_aside_twice_keeps_both_copies(tmp_path):
    path = tmp_path / "progress.sqlite3"
    for content in (b"first" * 300, b"second" * 300):
        path.write_bytes(content)
        for name in ("progress.sqlite3-wal", "progress.sqlite3-shm"):
            (tmp_path / name).unlink(missing_ok=True)
        with pytest.warns(UserWarning, match="could not be read"):
            Store(path)
    kept = sorted(p.read_bytes() for p in tmp_path.glob("progress.sqlite3.corrupt-*[!lm]"))
    assert kept == [b"first" * 300, b"second" * 300]  # before: same second, one overwritten


OPENER = """
import sys, warnings
from pathlib import Path
from coachlab.store import Store, Event, now
warnings.simplefilter("ignore")
store = Store(Path(sys.argv[1]))
store.record(Event(now(), "07", "x", "single_choice", "a", None, None, "f"))
"""


def test_four_kernels_opening_one_corrupt_store_move_it_aside_once(tmp_path):
    for attempt in range(3):
        folder = tmp_path / str(attempt)
        folder.mkdir()
        path = folder / "progress.sqlite3"
        path.write_bytes(CORRUPT)
        kernels = [
            subprocess.Popen([sys.executable, "-c", OPENER, str(path)], stderr=subprocess.PIPE)
            for _ in range(4)
        ]
        errors = [k.communicate(timeout=60)[1].decode() for k in kernels]
        assert [k.returncode for k in kernels] == [0, 0, 0, 0], errors
        aside = [p for p in folder.glob("progress.sqlite3.corrupt-*") if p.suffix != ".lock"]
        assert [p.read_bytes() for p in aside if not p.name.endswith(("-wal", "-shm"))] == [CORRUPT]
        assert len(Store(path).events()) == 4  # every kernel's answer kept in the new file


IMPORTER = """
import sys
from pathlib import Path
from coachlab.export import import_journal
from coachlab.store import Store
store = Store(Path(sys.argv[1]))
print("ready", flush=True)
import_journal(Path(sys.argv[2]), store)
print("done", flush=True)
"""


def test_a_kernel_killed_mid_import_leaves_all_or_nothing(tmp_path):
    """Issue 11: a kill mid-import left part of the journal (one transaction per event)."""
    import json
    import os
    import signal
    import time

    events = [
        {
            "at": f"2026-11-23T10:{n // 60 % 60:02d}:{n % 60:02d}+00:00",
            "lesson": "gallery",
            "exercise": f"e{n}",
            "kind": "reflection",
            "answer": f"Thought {n}",
            "correct": None,
            "score": None,
            "feedback": "Noted.",
        }
        for n in range(5_000)
    ]
    source = tmp_path / "journal.json"
    source.write_text(
        json.dumps({"format": "coachlab-journal", "schema_version": 1, "events": events})
    )
    for attempt, delay in enumerate((0.05, 0.15, 0.3)):
        path = tmp_path / f"progress-{attempt}.sqlite3"
        process = subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(path), str(source)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert len(Store(path).events()) in (0, 5_000)
