"""The facilitator's dashboard: every file checked, the room summarised, nothing unescaped."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from coachlab.export import MAX_BYTES
from coachlab.facilitator import dashboard, demo_room, load_folder, load_room, summarize

XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>"


def journal(*events: dict) -> bytes:
    return json.dumps(
        {"format": "coachlab-journal", "schema_version": 1, "events": list(events)}
    ).encode()


def event(exercise: str, answer, correct=None, kind="single_choice", feedback="f", at="2026-01-01"):
    return {
        "at": at,
        "lesson": "01",
        "exercise": exercise,
        "kind": kind,
        "answer": answer,
        "correct": correct,
        "score": None,
        "feedback": feedback,
    }


def test_a_generated_room_of_thirty():
    summary = summarize(load_room(demo_room(30, seed=1)))
    assert summary.participants == 30
    assert {s.kind for s in summary.exercises} >= {"single_choice", "scale", "free_text"}
    assert all(0 < s.answered <= 30 for s in summary.exercises)
    assert set(summary.profile) == {
        "goals",
        "listening",
        "accessible",
        "understanding",
        "empowering",
        "accountability",
    }
    assert summary.pitfalls and summary.reflections
    assert demo_room(5, seed=2) == demo_room(5, seed=2)  # seeded: the same room every time


def test_bad_files_are_listed_with_their_reason_and_skipped():
    room = load_room(
        [
            ("good.json", journal(event("x", "a", True))),
            ("big.json", b" " * (MAX_BYTES + 1)),
            ("notes.json", b"my notes"),
            ("other.json", b'{"format": "something"}'),
            ("broken.json", journal({"at": 1})),
        ]
    )
    assert len(room.journals) == 1
    reasons = {r.name: r.reason for r in room.rejected}
    assert reasons["big.json"].startswith("too large for a journal")
    assert reasons["notes.json"].startswith("not a JSON file")
    assert reasons["other.json"].startswith("not a coachlab journal")
    assert reasons["broken.json"].startswith("events[0] should have exactly the fields")


def test_only_each_participants_latest_answer_counts():
    room = load_room(
        [
            (
                "p1.json",
                journal(
                    event("x", "a", False, at="2026-01-01T09:00"),
                    event("x", "b", True, at="2026-01-01T10:00"),
                ),
            ),
            ("p2.json", journal(event("x", "a", False))),
        ]
    )
    (summary,) = summarize(room).exercises
    assert (summary.answered, summary.correct, summary.graded) == (2, 1, 2)
    assert summary.choices == {"b": 1, "a": 1} and summary.correct_share == 0.5


def test_profile_pitfalls_and_reflections():
    room = load_room(
        [
            (
                "p1.json",
                journal(
                    event("s", {"listening": 2, "goals": 4}, kind="scale"),
                    event("q", "did you?", False, "free_text", "Cue: “did”: yes or no"),
                    event("r", "Ask first.", kind="reflection"),
                ),
            ),
            (
                "p2.json",
                journal(
                    event("s", {"listening": 4, "goals": 4}, kind="scale"),
                    event("q", "was it?", False, "free_text", "Cue: “was”: yes or no"),
                    event("r", "Ask first.", kind="reflection"),
                ),
            ),
        ]
    )
    summary = summarize(room)
    assert summary.profile["listening"] == (3.0, 1.0, 2)
    assert summary.pitfalls == [("“did”", 1), ("“was”", 1)]
    assert summary.reflections == ["Ask first."]  # the same words are read once


def test_loading_a_folder(tmp_path):
    for name, raw in demo_room(4, seed=3):
        (tmp_path / name).write_bytes(raw)
    (tmp_path / "huge.json").write_bytes(b"{" + b" " * MAX_BYTES + b"}")
    (tmp_path / "readme.txt").write_text("not a json file, not even looked at")
    room = load_folder(tmp_path)
    assert len(room.journals) == 4 and [r.name for r in room.rejected] == ["huge.json"]
    with pytest.raises(FileNotFoundError, match="No folder at"):
        load_folder(tmp_path / "missing")


def test_everything_shown_is_escaped():
    room_files = [
        (f"{XSS}.json", b"not json"),
        (
            "p1.json",
            journal(
                event(XSS, XSS, True, feedback=XSS),
                event("r", XSS, kind="reflection"),
                event("q", XSS, False, "free_text", f"Cue: {XSS}: x"),
            ),
        ),
    ]
    board = dashboard(room_files)
    page = board.report.value
    assert "<script" not in page and "<img" not in page
    assert page.count("&lt;script&gt;") >= 4  # file name, exercise, choice, reflection, cue


def test_the_buttons_and_the_upload():
    board = dashboard()
    assert board.summary_text() == "No exports loaded yet."
    board.load_button.click()
    assert "Type the folder" in board.report.value
    board.folder.value = "/no/such/folder"
    board.load_button.click()
    assert "No folder at /no/such/folder" in board.report.value
    raw = demo_room(2, seed=4)[0][1]
    board.upload.value = (
        {
            "name": "one.json",
            "type": "application/json",
            "size": len(raw),
            "content": memoryview(raw),
            "last_modified": datetime.now(timezone.utc),
        },
    )
    assert board.summary_text().startswith("1 participant, ")
    assert board.chart.layout.display is None and bytes(board.chart.value).startswith(b"\x89PNG")
