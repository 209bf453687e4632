"""How fast a journal imports: ``python -m coachlab.journal_bench`` (run by ``make bench``).

Builds a journal of 10,000 events (not timed), then times parsing, checking and storing it
into an empty store, as "Import a journal" does: one transaction, one fsync. Then imports the
same file again (everything skipped as already there). Target: under 1 s each.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from .export import import_journal, journal, to_json
from .store import Event, Store

COUNT = 10_000
TARGET = 1.0


def sample(count: int) -> bytes:
    events = [
        Event(
            f"2026-11-23T10:{n // 60 % 60:02d}:{n % 60:02d}+00:00",
            f"{n % 10:02d}",
            f"exercise-{n % 97}",
            "reflection" if n % 2 else "scale",
            f"Next time I will ask first ({n})." if n % 2 else {"goals": 1 + n % 7, "trust": 3},
            None,
            None,
            "Noted: a thought worth keeping. " * 3,
        )
        for n in range(count)
    ]
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "progress.sqlite3")
        store.record_new(events)
        return to_json(journal(store)).encode()


def main() -> int:
    raw = sample(COUNT)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "progress.sqlite3")
        for label in ("into an empty store", "again (all already there)"):
            start = time.perf_counter()
            added = import_journal(raw, store)
            seconds = time.perf_counter() - start
            verdict = "within" if seconds < TARGET else "OVER"
            print(
                f"{COUNT:,} events ({len(raw) / 1e6:.1f} MB) imported {label}: {seconds:.2f} s, "
                f"{added:,} added (target < {TARGET:.0f} s: {verdict})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
