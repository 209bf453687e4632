"""The room under load: ``python -m coachlab.hub.bench`` (part of ``make bench``).

Starts a local JupyterHub with the room service (coachlab.hub.trial: the configuration a hub
deploys), makes 200 learners with their own hub tokens (not timed), then has all 200 share a
reflection at the same moment, each from its own thread, as 200 kernels would. Every token is
checked with the hub (HubAuth) the first time, as in a workshop; then all 200 send the same
again with their tokens known (each replaces the first: still one per learner). Then the
facilitator's dashboard loads the room ("Load what the room shared") and is timed. Prints what
was received, lost and duplicated.
Targets: 200 of 200 received, none duplicated, the dashboard refreshed in under 2 s.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .trial import FACILITATOR, TrialHub, call

LEARNERS = 200
ACCESS = ["access:services!service=coachlab-room"]
DASHBOARD_TARGET = 2.0  # seconds


def reflection(words: str) -> dict:
    """A shared reflection of lesson 01, as a learner's kernel sends it."""
    return {
        "at": "2026-11-30T10:00:00+00:00",
        "lesson": "01",
        "exercise": "reflect-partnership",
        "kind": "reflection",
        "answer": words,
        "correct": None,
        "score": None,
        "feedback": "✎ Noted.",
        "shared": True,
    }


def words(number: int) -> str:
    return f"Learner {number:03d}: I will ask my colleague what they need before I decide."


def share_all_at_once(room_url: str, tokens: list[str]) -> tuple[list[float], list[str]]:
    """Every learner sends one item, all released together; latencies and failures."""
    start_line = threading.Barrier(len(tokens))
    url = room_url + "items/01/reflect-partnership"

    def send(number: int) -> float | str:
        start_line.wait()
        began = time.perf_counter()
        try:
            call("PUT", url, reflection(words(number)), tokens[number])
        except (urllib.error.URLError, OSError) as error:
            return f"learner {number}: {error}"
        return time.perf_counter() - began

    with ThreadPoolExecutor(max_workers=len(tokens)) as pool:
        results = list(pool.map(send, range(len(tokens))))
    return [r for r in results if isinstance(r, float)], [r for r in results if isinstance(r, str)]


def dashboard_refresh(room_url: str, token: str) -> tuple[float, str]:
    """The facilitator presses "Load what the room shared": seconds, and the report's headline."""
    from ..facilitator import Dashboard

    os.environ.update(COACHLAB_ROOM_URL=room_url, JUPYTERHUB_API_TOKEN=token)
    board = Dashboard()
    began = time.perf_counter()
    board.load_from_hub()
    return time.perf_counter() - began, board.summary_text()


def resident_megabytes(hub: TrialHub) -> str:
    """The hub's, the proxy's and the room service's memory, for sizing a hub."""
    import psutil

    hub_process = psutil.Process(hub.process.pid)
    parts = [f"hub {hub_process.memory_info().rss >> 20} MB"]
    for child in hub_process.children(recursive=True):
        command = " ".join(child.cmdline())
        for what, marker in (("room service", "room_service"), ("proxy", "http-proxy")):
            if marker in command:
                parts.append(f"{what} {child.memory_info().rss >> 20} MB")
    return ", ".join(parts)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="coachlab-room-bench-") as folder:
        hub = TrialHub(Path(folder))
        try:
            began = time.perf_counter()
            hub.start()
            names = [f"learner-{number:03d}" for number in range(LEARNERS)]
            hub.api("POST", "/users", {"usernames": names})
            with ThreadPoolExecutor(max_workers=8) as pool:
                tokens = list(pool.map(lambda name: hub.user_token(name, ACCESS), names))
            setup = time.perf_counter() - began

            began = time.perf_counter()
            latencies, failures = share_all_at_once(hub.room_url, tokens)
            wall = time.perf_counter() - began
            began = time.perf_counter()  # again: each token now known to the service
            again, failed_again = share_all_at_once(hub.room_url, tokens)
            wall_again = time.perf_counter() - began
            failures += failed_again

            facilitator = hub.user_token(FACILITATOR, ACCESS)
            room = call("GET", hub.room_url + "room", token=facilitator)["participants"]
            answers = [event["answer"] for export in room for event in export["events"]]
            expected = {words(number) for number in range(LEARNERS)}
            received = len(expected & set(answers))
            duplicated = len(answers) - len(set(answers))
            seconds, headline = dashboard_refresh(hub.room_url, facilitator)
            memory = resident_megabytes(hub)
        finally:
            stopped = hub.stop()
    ordered = sorted(latencies) or [float("nan")]
    print(f"room service, {LEARNERS} learners sharing at once (hub, proxy and service here):")
    print(f"  setup (hub up, {LEARNERS} users and tokens; not timed below): {setup:.1f} s")
    print(
        f"  received {received} of {LEARNERS}, lost {LEARNERS - received}, "
        f"duplicated {duplicated}, requests failed {len(failures)}"
    )
    print(
        f"  all {LEARNERS} answered in {wall:.2f} s; per request median "
        f"{statistics.median(ordered):.2f} s, 95th percentile "
        f"{ordered[int(0.95 * (len(ordered) - 1))]:.2f} s, slowest {ordered[-1]:.2f} s"
    )
    print(
        f"  the same again (each learner's token already checked with the hub): all answered "
        f"in {wall_again:.2f} s, slowest {max(again, default=float('nan')):.2f} s"
    )
    verdict = "within" if seconds < DASHBOARD_TARGET else "OVER"
    print(
        f"  dashboard refresh (read the room, check, summarise, render): {seconds:.2f} s "
        f"(target < {DASHBOARD_TARGET:.0f} s: {verdict}); it shows: {headline}"
    )
    print(f"  memory after it all (resident): {memory}")
    print(f"  hub and everything it started stopped in {stopped:.1f} s")
    for failure in failures[:5]:
        print(f"  failed: {failure}")
    ok = received == LEARNERS and not duplicated and not failures and seconds < DASHBOARD_TARGET
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
