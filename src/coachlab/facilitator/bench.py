"""How fast the dashboard reads a room: ``python -m coachlab.facilitator.bench`` (``make bench``).

Writes generated exports to a temporary folder (not timed), then times reading, checking and
summarising them, as the dashboard's "Load folder" does. Targets: 1,000 exports under 2 s,
10,000 under 20 s, on a 2-core machine.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from .demo import demo_room
from .room import load_folder
from .summary import summarize

TARGETS = {1_000: 2.0, 10_000: 20.0}


def main() -> int:
    for count, target in TARGETS.items():
        with tempfile.TemporaryDirectory() as folder:
            for name, raw in demo_room(count, seed=count):
                (Path(folder) / name).write_bytes(raw)
            start = time.perf_counter()
            summary = summarize(load_folder(folder))
            seconds = time.perf_counter() - start
        verdict = "within" if seconds < target else "OVER"
        print(
            f"{count:>6} exports: {seconds:6.2f} s to load, check and summarise "
            f"({summary.participants} read; target < {target:.0f} s: {verdict})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
