"""The dashboard survives any file (issue 11): generated journals, hostile values and hostile
folder entries go through load -> summary -> report -> charts, and a report comes back every
time, with each skipped file listed with a reason.

Charts are drawn for real (matplotlib's Agg renderer, as the dashboard does); examples are
kept small so the whole run takes seconds.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachlab.facilitator.dashboard import charts, render
from coachlab.facilitator.room import load_folder, load_room
from coachlab.facilitator.summary import summarize
from coachlab.journal_schema import ANSWER_SHAPES

PNG = b"\x89PNG"
HOSTILE_TEXT = ["$", "$x$", "$\\frac{$", "a$b$c$", "\ud83d", "<script>x</script>", "\x00", ""]
HUGE = "<a 5,000-digit number>"  # json cannot write one, so it is put in afterwards
HOSTILE_NUMBERS = [10**400, HUGE, 10_000, -1, 2**63, float("nan"), float("inf"), 1e308]
HOSTILE_FILES = [
    b"[" * 100_000,
    b"1" * 5_000,
    b'{"format": "coachlab-journal", "schema_version": true, "events": []}',
    b'{"format": "coachlab-journal", "schema_version": 1.0, "events": []}',
    b'{"format": "coachlab-journal", "schema_version": 1, "events": [NaN]}',
    b"\xff\xfe\x00",
    b"",
]

text = st.one_of(st.text(max_size=12), st.sampled_from(HOSTILE_TEXT))
number = st.one_of(st.integers(-10, 10), st.sampled_from(HOSTILE_NUMBERS), st.floats())
scalar = st.one_of(st.none(), st.booleans(), number, text)
anything = st.recursive(
    scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
ids = st.lists(st.sampled_from(["a", "b", "c", "$a$"]), max_size=3)
answers = {
    "text": st.one_of(st.sampled_from(["a", "b", "$b$", "Ask first. $5 $$"]), text),
    "ids": ids,
    "groups": st.dictionaries(st.sampled_from(["s1", "s2"]), st.sampled_from(["g1", "g$"])),
    "ratings": st.dictionaries(
        st.sampled_from(["goals", "listening", "trust", "$$", "$\\sqrt{$", "x" * 70]),
        st.integers(1, 7),
        min_size=3,
        max_size=6,
    ),
}
LABELS = ["01", "e1", "e2", "$e$ and $", "$\\frac{$", "a" * 150, "<b>x</b>"]


@st.composite
def events(draw) -> dict:
    """A valid event (with hostile but allowed text) or, one time in ten, one field broken."""
    kind = draw(st.sampled_from(sorted(ANSWER_SHAPES)))
    event = {
        "at": "2026-11-23T10:00:00+00:00",
        "lesson": draw(st.sampled_from(LABELS)),
        "exercise": draw(st.sampled_from(LABELS)),
        "kind": kind,
        "answer": draw(answers[ANSWER_SHAPES[kind]]),
        "correct": draw(st.sampled_from([True, False, None])),
        "score": draw(st.one_of(st.none(), st.floats(0, 1))),
        "feedback": draw(st.sampled_from(["Cue: did: closed", "$x$", "<img src=x>"])),
    }
    if draw(st.integers(0, 9)) == 0:
        broken = draw(st.sampled_from(sorted(event)))
        if draw(st.booleans()):
            event[broken] = draw(anything)
        else:
            event.pop(broken)
    return event


@st.composite
def journal_files(draw) -> bytes:
    if draw(st.integers(0, 5)) == 0:
        return draw(st.sampled_from(HOSTILE_FILES))
    data = {
        "format": draw(st.sampled_from(["coachlab-room-export"] * 4 + ["coachlab-journal"])),
        "schema_version": draw(st.sampled_from([1] * 9 + [True, 1.0, "1", None])),
        "events": draw(st.lists(events(), max_size=8)),
    }
    raw = json.dumps(data).encode()  # NaN and lone surrogates as JSON writes them
    return raw.replace(json.dumps(HUGE).encode(), b"1" + b"0" * 5000)


def hostile_entries(folder: Path) -> int:
    """What a folder of exports may also hold: a FIFO, links to /dev/zero and out of the
    folder, a folder named like a journal. How many entries end in .json."""
    os.mkfifo(folder / "fifo.json")
    (folder / "zero.json").symlink_to("/dev/zero")
    (folder / "outside.json").symlink_to("/etc/hostname")
    (folder / "dir.json").mkdir()
    return 4


DRAWN: set[str] = set()  # chart inputs already drawn: the same input is not drawn twice


def check_report(room, count: int, draw: bool = True) -> None:
    assert len(room.journals) + len(room.rejected) == count  # every file accounted for
    assert all(r.reason for r in room.rejected)
    summary = summarize(room)
    page = render(summary, room)
    assert "participant" in page and "<script" not in page
    drawn = repr(
        ([(s.lesson, s.exercise, s.correct_share) for s in summary.exercises], summary.profile)
    )
    if not draw or drawn in DRAWN:
        return
    DRAWN.add(drawn)
    bars, radars = charts(summary)
    assert bars == b"" or bars.startswith(PNG)
    assert all(png.startswith(PNG) for _, png in radars)


@settings(
    max_examples=500,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(journal_files(), min_size=1, max_size=4))
def test_any_folder_gives_a_report(files):
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for index, raw in enumerate(files):
            (folder / f"p{index}.json").write_bytes(raw)
        count = len(files) + hostile_entries(folder)
        check_report(load_folder(folder), count)
        uploaded = load_room((f"u{i}.json", raw) for i, raw in enumerate(files))
        check_report(uploaded, len(files), draw=False)  # the same charts as the folder's
