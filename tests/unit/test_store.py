"""The progress store keeps a learner's work: across restarts, two writers, killed kernels and
broken files."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachlab.store import CorruptStoreWarning, Event, Store, home, now

WRITER = """
import sys
from pathlib import Path
from coachlab.store import Event, Store, now
store = Store(Path(sys.argv[1]))
print("ready", flush=True)
for n in range(int(sys.argv[3])):
    store.record(Event(now(), "07", sys.argv[2], "free_text", f"{n} " + "x" * 2000,
                       None, None, "feedback " * 50))
"""


def event(exercise: str = "pick-one", answer: object = "b", kind="single_choice") -> Event:
    return Event(now(), "07", exercise, kind, answer, True, 1.0, "Because b is right.")


def writer(path: Path, name: str, count: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), name, str(count)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "ready"
    return process


def test_round_trip_and_survives_a_restart(tmp_path):
    path = tmp_path / "progress.sqlite3"
    Store(path).record(event(answer="a"))
    Store(path).record(event(answer={"goals": 3}, kind="scale"))
    again = Store(path)  # a restarted kernel opens the file afresh
    assert [e.answer for e in again.history("07", "pick-one")] == ["a", {"goals": 3}]
    assert again.last("07", "pick-one").feedback == "Because b is right."
    assert again.last("07", "other") is None


def test_two_writers_at_once_lose_nothing(tmp_path):
    path = tmp_path / "progress.sqlite3"
    Store(path)
    first, second = writer(path, "first", 150), writer(path, "second", 150)
    assert first.wait(timeout=120) == 0 and second.wait(timeout=120) == 0
    store = Store(path)
    assert len(store.history("07", "first")) == 150
    assert len(store.history("07", "second")) == 150


def test_a_writer_killed_mid_write_leaves_a_readable_store(tmp_path):
    path = tmp_path / "progress.sqlite3"
    Store(path)
    for attempt in range(12):
        process = writer(path, f"killed-{attempt}", 100_000)
        time.sleep(0.05 + 0.02 * attempt)  # mid-stream: it writes about a thousand a second
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        store = Store(path)
        assert store.set_aside is None, "a killed writer must never corrupt the file"
        events = store.history("07", f"killed-{attempt}")
        assert events, "some writes landed before the kill"
        numbers = [int(e.answer.split()[0]) for e in events]
        assert numbers == list(range(len(events)))  # no gap, no torn row
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_corrupt_file_is_set_aside_with_a_warning(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.warns(CorruptStoreWarning, match="could not be read") as caught:
        store = Store(path)
    assert str(store.set_aside) in str(caught[0].message)
    assert store.set_aside.read_bytes() == b"this is not a database" * 100  # kept, not deleted
    store.record(event())
    assert Store(path).last("07", "pick-one").answer == "b"


def test_where_the_store_lives(monkeypatch, tmp_path):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path))
    assert home() == tmp_path
    monkeypatch.delenv("COACHLAB_HOME")
    assert "coachlab" in str(home())


def test_answers_are_stored_as_json(tmp_path):
    path = tmp_path / "progress.sqlite3"
    Store(path).record(event(answer=["a", "c"], kind="multiple_select"))
    with sqlite3.connect(path) as db:
        stored = db.execute("SELECT answer FROM events").fetchone()[0]
    assert json.loads(stored) == ["a", "c"]


def test_a_file_from_before_consent_gains_the_shared_column_and_shares_nothing(tmp_path):
    import sqlite3

    path = tmp_path / "progress.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
            "lesson TEXT NOT NULL, exercise TEXT NOT NULL, kind TEXT NOT NULL, answer TEXT NOT "
            "NULL, correct INTEGER, score REAL, feedback TEXT NOT NULL);"
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "INSERT INTO events (at, lesson, exercise, kind, answer, correct, score, feedback) "
            "VALUES ('2026-01-01T00:00:00+00:00', '01', 'r', 'reflection', '\"Mine.\"', NULL, "
            "NULL, 'Noted.');"
        )
    db.close()
    (event,) = Store(path).events()
    assert event.answer == "Mine." and event.shared is False


def _truncated(path):
    """Half the file, as a sync tool or a full disk can leave it (walkthrough 66)."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_a_damaged_file_comes_back_from_the_copy_taken_when_it_was_healthy(tmp_path, monkeypatch):
    import coachlab.store as store_module

    path = tmp_path / "progress.sqlite3"
    first = Store(path)
    for n in range(200):  # a few pages, so that half the file loses some of them
        first.record(event(exercise=f"ex-{n}", answer="Because. " * 40, kind="free_text"))
    monkeypatch.setattr(store_module, "COPY_EVERY", 10**9)  # no copy after this one…
    assert Store(path).events()  # …opened healthy: copied
    Store(path).record(event(exercise="after-the-copy"))
    _truncated(path)
    with pytest.warns(CorruptStoreWarning, match="put back from the copy made on") as caught:
        again = Store(path)
    assert "Answers checked after that are only in the damaged file" in str(caught[0].message)
    restored = {e.exercise for e in again.events()}
    assert {f"ex-{n}" for n in range(200)} <= restored and "after-the-copy" not in restored
    assert again.set_aside.exists()  # the damaged file is kept too
    again.record(event(exercise="next"))
    assert Store(path).last("07", "next") is not None


def test_a_damaged_file_with_no_copy_starts_afresh_and_says_so(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    with pytest.warns(CorruptStoreWarning, match="a new one was started"):
        assert Store(path).events() == []


def test_no_copy_is_kept_of_a_file_with_no_answer(tmp_path):
    path = tmp_path / "progress.sqlite3"
    Store(path)
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []
    Store(path).record(event())
    assert (tmp_path / "progress.sqlite3.backup").is_file()


def test_a_restore_never_shares_again_what_the_learner_took_back(tmp_path, monkeypatch):
    """The copy is taken at once when consent changes: a damaged file restored from an older
    copy would otherwise share again an answer the learner had unshared."""
    import coachlab.store as store_module
    from coachlab.content import load_lesson
    from coachlab.widgets import build

    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path))
    monkeypatch.setattr(store_module, "COPY_EVERY", 10**9)  # no copy but the ones this forces
    ex = build(load_lesson("01").exercise("reflect-partnership"), lesson="01")
    for n in range(150):  # enough pages that half the file loses some
        ex.answer(f"Draft {n}: I will ask Sam what would help before I set the rota next week.")
        ex.submit()
    path = tmp_path / "progress.sqlite3"
    ex.share.value = True
    Store(path)  # another lesson opened: a copy, with the answer shared
    ex.share.value = False  # taken back: copied now
    _truncated(path)
    with pytest.warns(CorruptStoreWarning, match="put back from the copy"):
        restored = Store(path)
    assert restored.last("01", "reflect-partnership").shared is False
