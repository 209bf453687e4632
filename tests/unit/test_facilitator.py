"""The facilitator's dashboard: every file checked, the room summarised, nothing unescaped."""

from __future__ import annotations

import itertools
import json
from datetime import datetime, timezone

import pytest

from coachlab.export import MAX_BYTES
from coachlab.facilitator import dashboard, demo_room, load_folder, load_room, summarize
from coachlab.facilitator.dashboard import render

XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>"


FILES = itertools.count(1)


def journal(*events: dict) -> bytes:
    """A room export; each one a different file, as two people's are (the same bytes twice is
    one file added twice, and counts once)."""
    about = f"test file {next(FILES)}"
    return json.dumps(
        {
            "format": "coachlab-room-export",
            "about": about,
            "schema_version": 1,
            "events": list(events),
        }
    ).encode()


def event(exercise: str, answer, correct=None, kind="single_choice", feedback="f", at="2026-01-01",
          shared=True):  # fmt: skip
    return {
        "shared": shared,
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
    assert set(summary.profile) >= {"goals", "listening", "listen", "upward"}
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
    assert reasons["other.json"].startswith("not a file coachlab exported")
    assert reasons["broken.json"].startswith("events[0] should have the fields")


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
                    event("q", "did you?", False, "free_text", "Why: “did”: yes or no"),
                    event("r", "Ask first.", kind="reflection"),
                ),
            ),
            (
                "p2.json",
                journal(
                    event("s", {"listening": 4, "goals": 4}, kind="scale"),
                    event("q", "was it?", False, "free_text", "Cue: “was”: yes or no"),  # before v2
                    event("r", "Ask first.", kind="reflection"),
                ),
            ),
        ]
    )
    summary = summarize(room)
    assert summary.profile["listening"] == (3.0, 1.0, 2)
    assert summary.pitfalls == [("yes or no", 2)]  # the habit, never the learner's words
    # the same words are read once; a shared written answer is named by its exercise
    assert sorted(summary.reflections) == ["q: did you?", "q: was it?", "r: Ask first."]


def test_words_not_shared_never_reach_the_dashboard():
    room = load_room(
        [
            ("old.json", journal(event("r", "Private words.", kind="reflection", shared=False))),
            ("p.json", journal(event("r", "Talk to Chris on Thursday.", kind="reflection"))),
        ]
    )
    board = dashboard(room)
    page = board.report.value + board.shared.value
    assert "Private words" not in page
    assert "Talk to Chris on Thursday." in page
    assert "⚠ May name someone: Chris." in page
    assert "a guess from capital letters and common first names" in page


def test_shared_answers_stay_off_the_projector_until_shown():
    """Walkthrough 61: every shared answer sat under the table, on the projector for the room."""
    room = load_room(
        [("p.json", journal(event("r", "Talk to Chris on Thursday.", kind="reflection")))]
    )
    board = dashboard(room)
    assert "Talk to Chris" not in board.report.value
    assert "1 shared answer, behind the “Show shared answers” button" in board.report.value
    assert board.shared.layout.display == "none" and board.show_shared.layout.display == ""
    assert board.show_shared.description == "Show shared answers (1)"
    board.show_shared.value = True
    assert board.shared.layout.display == "" and "Talk to Chris" in board.shared.value
    assert board.show_shared.description == "Hide shared answers (1)"
    board.show(room)  # a file added: hidden again
    assert board.shared.layout.display == "none" and not board.show_shared.value
    board.clear()
    assert board.shared.value == "" and board.show_shared.layout.display == "none"


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
    page = board.report.value + board.shared.value
    assert "<script" not in page and "<img" not in page
    assert page.count("&lt;script&gt;") >= 4  # file name, exercise, choice, reflection, cue


def test_the_buttons_and_the_upload():
    board = dashboard()
    assert board.summary_text() == "No exports loaded yet."
    board.load_button.click()
    assert "Type the folder" in board.report.value
    board.folder.value = "/no/such/folder"
    board.load_button.click()
    assert "No folder /no/such/folder (looked in /no/such/folder)" in board.report.value
    board.upload.value = tuple(
        {
            "name": name,
            "type": "application/json",
            "size": len(raw),
            "content": memoryview(raw),
            "last_modified": datetime.now(timezone.utc),
        }
        for name, raw in demo_room(3, seed=4)
    )
    assert board.summary_text().startswith("3 participants, ")
    assert board.chart.layout.display is None and board.chart.png.startswith(b"\x89PNG")


def hostile_folder(folder):
    """The hostile files of issue 11, each named for what it is."""
    import os

    good = event("x", "a", False)
    files = {
        "number-answer.json": journal(event("x", 5)),
        "deep.json": b"[" * 100_000,
        "long-int.json": journal(good).replace(b'"score": null', b'"score": 1' + b"0" * 5000),
        "rating-10-400.json": journal(event("s", {"goals": 10**400}, kind="scale")),
        "rating-10000.json": journal(event("s", {"goals": 10_000}, kind="scale")),
        "unhashable.json": journal(event("m", [["a"], {"b": 1}], kind="multiple_select")),
        "mixed.json": journal(event("m", ["a", 1, None], kind="multiple_select")),
        "surrogate.json": journal(event("r", "\ud83d", kind="reflection")),
        "nan.json": journal(good).replace(b'"score": null', b'"score": NaN'),
        "version-true.json": journal(good).replace(
            b'"schema_version": 1', b'"schema_version": true'
        ),
        "date.json": journal(event("x", "a", at="yesterday")),
    }
    for name, raw in files.items():
        (folder / name).write_bytes(raw)
    os.mkfifo(folder / "fifo.json")
    (folder / "zero.json").symlink_to("/dev/zero")
    (folder / "passwd.json").symlink_to("/etc/passwd")
    (folder / "dollar.json").write_bytes(
        journal(event("$x$ and $\\frac{$", "a", True), event("$", "b", False))
    )
    return [*files, "fifo.json", "zero.json", "passwd.json"]


def test_hostile_files_are_each_skipped_with_a_reason_and_the_rest_reported(tmp_path):
    from coachlab.facilitator.dashboard import charts, render

    for n in range(50):
        (tmp_path / f"good-{n:02d}.json").write_bytes(journal(event("x", "ab"[n % 2], n % 2 == 0)))
    hostile = hostile_folder(tmp_path)
    room = load_folder(tmp_path)  # before: TypeError, RecursionError, hangs on the FIFO
    reasons = {r.name: r.reason for r in room.rejected}
    assert sorted(reasons) == sorted(hostile) and all(reasons.values())
    assert "not a regular file" in reasons["fifo.json"]
    assert "outside the folder" in reasons["zero.json"]
    assert "events[0].answer" in reasons["number-answer.json"]
    summary = summarize(room)
    assert summary.participants == 51  # the 50 good ones and the one with $ labels
    assert "51 participants" in render(summary, room)
    bars, _ = charts(summary)  # before: matplotlib's maths text raised on the $ labels
    assert bars.startswith(b"\x89PNG")


def test_the_room_has_a_memory_budget(tmp_path):
    from coachlab.facilitator.room import load_folder as load

    for n in range(5):
        (tmp_path / f"p{n}.json").write_bytes(journal(event("x", "a")))
    size = (tmp_path / "p0.json").stat().st_size
    room = load(tmp_path, budget=3 * size)
    assert len(room.journals) == 3
    assert [r.reason for r in room.rejected] == [
        "the room's files exceed " + f"{3 * size:,}" + " bytes in all; skipped"
    ] * 2


def test_the_dashboard_speaks_in_titles_and_option_text_with_partial_credit():
    multi = event("spot-the-partnership", ["a", "b"], False, "multiple_select")
    room = load_room(
        [
            ("p1.json", journal({**event("partner-definition", "b", True), "score": 1.0})),
            ("p2.json", journal({**event("partner-definition", "a", False), "score": 0.0})),
            ("p3.json", journal({**event("partner-definition", "b", True), "score": 1.0})),
            *(
                (f"m{n}.json", journal({**multi, "score": 0.5, "at": f"2026-01-0{n}"}))
                for n in (2, 3, 4)
            ),
        ]
    )
    board = dashboard(room)
    page = board.report.value
    assert "Complete the definition" in page and "partner-definition" not in page
    assert "2 · common interests and goals" in page and "1 · a clear chain of command" in page
    assert "50% (0 of 3 fully right)" in page  # half right is not nothing
    assert board.banner.value == ""  # a real room is never labelled made up


def test_one_radar_per_self_assessment_and_the_made_up_room_only_on_request():
    board = dashboard()
    assert board.summary is None and board.radars.children == ()
    board.demo_button.click()
    assert "A made-up room" in board.banner.value
    titles = [box.children[0].value for box in board.radars.children]
    assert any("Your commitments profile" in t for t in titles) and len(titles) >= 2
    assert all(box.children[1].png.startswith(b"\x89PNG") for box in board.radars.children)


def _personal_journal() -> bytes:
    """A learner's full journal (export.py), with a choice they never shared."""
    raw = journal(event("partner-definition", "b", True, shared=False))
    return raw.replace(b"coachlab-room-export", b"coachlab-journal")


def test_a_personal_journal_in_the_folder_is_skipped_with_the_reason(tmp_path):
    (tmp_path / "coachlab-journal.json").write_bytes(_personal_journal())
    (tmp_path / "coachlab-for-the-room.json").write_bytes(demo_room(1, seed=2)[0][1])
    room = load_folder(tmp_path)
    assert len(room.journals) == 1
    [skipped] = room.rejected
    assert skipped.name == "coachlab-journal.json"
    assert skipped.reason == (
        "a personal journal, not an export for the room: ask for coachlab-for-the-room.json"
    )
    board = dashboard()
    board.folder.value = str(tmp_path)
    board.load_button.click()
    assert board.summary_text().startswith("1 participant, ")
    assert "a personal journal, not an export for the room" in board.report.value


def test_an_uploaded_personal_journal_is_skipped_with_the_reason():
    board = dashboard()
    raw = _personal_journal()
    board.upload.value = (
        {
            "name": "coachlab-journal.json",
            "type": "application/json",
            "size": len(raw),
            "content": memoryview(raw),
            "last_modified": datetime.now(timezone.utc),
        },
    )
    assert "a personal journal, not an export for the room" in board.report.value
    assert board.summary_text().startswith("0 participants, 0 exercises answered")


def test_what_misses_had_in_common_is_faults_only_each_named_once():
    def free(feedback: str, correct: bool) -> bytes:
        answer = event("your-straight-message", "words", correct, "free_text", feedback)
        return journal({**answer, "lesson": "09"})

    unquoted = "Why: request: asks for something\nWhy: vagueness: no specific moment"
    room = load_room(
        [
            ("p1.json", free(unquoted, False)),
            ("p2.json", free("Why: “stuff”: no specific moment", False)),
            ("p3.json", free("Why: “Could you”: asks rather than tells", False)),
            ("p4.json", free("Why: “Could you”: asks rather than tells", True)),
        ]
    )
    assert summarize(room).pitfalls == [("no specific moment", 2)]


def test_the_made_up_room_on_a_projector():
    board = dashboard()
    board.demo_button.click()
    page = board.report.value
    assert "asks for something" not in page.split("had in common")[1]  # a habit, not a miss
    assert "vagueness:" not in page  # "no specific moment" once, under one name
    assert ".:" not in page and "Capitalised" not in page
    where_you_start = [
        row for row in page.split("<tr>") if "Where you start" in row and "<td>" in row
    ]
    assert len(where_you_start) == 4
    assert all(
        "not scored: Start here" in row and "fully right" not in row for row in where_you_start
    )


@pytest.mark.parametrize("count", [1, 16])
def test_the_chart_title_is_shown_whole(count):
    from coachlab.facilitator.dashboard import MAX_BARS, bars_title
    from coachlab.plots import MAX_LABEL

    assert MAX_BARS == 16
    title = bars_title(count)
    assert len(title) <= MAX_LABEL and title.startswith("Right answers per exercise")


def test_a_folder_that_is_not_there_clears_the_made_up_room(tmp_path, monkeypatch):
    board = dashboard()
    board.show_demo()
    assert "made-up room" in board.banner.value
    board.folder.value = "my-journal"
    board.load_button.click()
    assert board.banner.value == "" and board.summary is None and board.radars.children == ()
    assert "No folder my-journal (looked in " in board.report.value


def test_a_relative_folder_is_found_from_the_workbook_root(tmp_path, monkeypatch):
    root = tmp_path / "workbook"
    (root / "content").mkdir(parents=True)
    (root / "notebooks").mkdir()
    exports = root / "my-journal"
    exports.mkdir()
    (exports / "coachlab-for-the-room.json").write_bytes(demo_room(1, seed=2)[0][1])
    monkeypatch.setenv("COACHLAB_CONTENT", str(root / "content"))
    monkeypatch.chdir(root / "notebooks")  # where a notebook or Voila runs
    board = dashboard()
    board.folder.value = "my-journal"
    board.load_button.click()
    assert board.summary is not None and board.summary.participants == 1


def test_the_made_up_room_looks_like_a_room_learning_and_covers_the_90_minutes():
    """A facilitator rehearsing the short agenda sees its lessons, its sorting exercises, and a
    room that mostly gets things right (not one answering at random)."""
    summary = summarize(load_room(demo_room(30, seed=1)))
    lessons = {s.lesson for s in summary.exercises}
    assert {"00", "04", "05", "07", "09", "10"} <= lessons
    assert {"categorize", "order"} <= {s.kind for s in summary.exercises}
    shares = [s.correct_share for s in summary.exercises if s.correct_share is not None]
    assert sum(shares) / len(shares) > 0.6
    assert sum(share < 0.3 for share in shares) <= 2


def test_a_lesson_at_a_time_for_its_debrief():
    """Debriefing lesson 09: only its exercises, faults and reflections; the room stays whole,
    the choice offers only lessons the room answered, and survives a file added meanwhile."""
    board = dashboard()
    board.show_demo()
    everything = board.summary_text()
    answered = {value for _, value in board.lesson.options} - {""}
    assert answered == {e["lesson"] for j in board.room.journals for e in j["events"]}
    assert "03" not in answered  # the made-up room follows the 90-minute agenda
    board.lesson.value = "09"
    lessons = {s.lesson for s in board.summary.exercises}
    assert lessons == {"09"} and board.summary.participants == 30
    assert board.summary_text() != everything
    assert "Showing lesson 09 · Talking straight only." in board.report.value
    assert "Rewrite a directive" not in board.report.value  # lesson 04's exercise is not shown
    shared_in_09 = [
        e
        for j in board.room.journals
        for e in j["events"]
        if e["lesson"] == "09" and e["kind"] in ("reflection", "free_text") and e.get("shared")
    ]
    reflected = {e["answer"].strip() for e in shared_in_09 if e["kind"] == "reflection"}
    written = {e["answer"].strip() for e in shared_in_09 if e["kind"] == "free_text"}
    shown = board.summary.reflections
    assert shown and all(
        text.split(": ", 1)[-1] in reflected
        or text.split(": ", 1)[-1] in written
        or text.split(": ", 2)[-1] in written
        for text in shown
    ), shown
    assert any(text.startswith("Write it straight: ") for text in shown)  # named by its exercise
    board.show(board.room, made_up=True)  # a file added mid-debrief: still lesson 09
    assert board.lesson.value == "09"
    board.clear()
    assert board.lesson.options == (("All lessons", ""),) and board.lesson.value == ""


def test_only_the_workbook_s_lessons_are_offered():
    """A file may name any lesson id (up to 100 characters): the list offers ours alone, so a
    hostile file cannot fill it with thousands of made-up lessons."""
    files = demo_room(2, seed=3)
    data = json.loads(files[0][1])
    event = dict(data["events"][0], lesson="<b>99</b>")
    data["events"] += [dict(event, lesson=f"x{n}") for n in range(300)] + [event]
    board = dashboard([(files[0][0], json.dumps(data).encode()), files[1]])
    offered = [value for _, value in board.lesson.options]
    assert offered[0] == "" and all(len(v) == 2 and v.isdigit() for v in offered[1:])
    # walkthrough 66: nor the table; answers to lessons the workbook lacks are left out
    assert "99" not in board.report.value and "x299" not in board.report.value
    assert "2 participants</strong>" in board.report.value


def test_a_file_of_made_up_lessons_or_exercises_is_not_read():
    """Walkthrough 66: one file with 20,000 made-up lessons made a 20,000-row table."""
    many = [event(f"x{n}", "a") for n in range(200)]
    room = load_room(
        [
            (
                "lessons.json",
                journal(*[dict(event("x", "a"), lesson=str(100 + n)) for n in range(50)]),
            ),
            ("exercises.json", journal(*many)),
            ("ok.json", journal(event("partner-definition", "b", True))),
        ]
    )
    reasons = {r.name: r.reason for r in room.rejected}
    assert reasons["lessons.json"].startswith("answers to no lesson of this workbook")
    assert reasons["exercises.json"].startswith("answers to 200 exercises; this workbook has")
    assert len(room.journals) == 1


def test_the_same_file_added_twice_counts_once():
    one = journal(event("partner-definition", "b", True))
    room = load_room([("a.json", one), ("a (1).json", one), ("b.json", journal(event("x", "a")))])
    assert len(room.journals) == 2
    assert [(r.name, r.reason) for r in room.rejected] == [
        ("a (1).json", "the same file as a.json")
    ]


def test_a_file_saved_again_with_a_byte_order_mark_is_read():
    utf16 = journal(event("x", "b")).decode().encode("utf-16")  # Notepad's "Unicode"
    room = load_room([("bom.json", b"\xef\xbb\xbf" + journal(event("x", "a"))), ("u.json", utf16)])
    assert len(room.journals) == 2 and not room.rejected


def test_a_file_saved_again_in_windows_1252_is_read_and_a_picture_is_not():
    """Walkthrough 66: an export saved again by an older editor ("ANSI") was called "not text
    at all (a picture, a document?)"."""
    ansi = journal(event("x", "café – “ok”")).decode().encode("cp1252")
    room = load_room([("ansi.json", ansi), ("photo.json", b"\x89PNG\r\n\x1a\n\x00\xff")])
    assert len(room.journals) == 1
    assert room.journals[0]["events"][0]["answer"] == "café – “ok”"
    assert room.rejected[0].reason.startswith("not a JSON file: not text at all")


def test_a_damaged_export_says_what_to_do():
    room = load_room([("cut.json", b'{"format": "coachlab-room-export", "events": [{"a')])
    assert room.rejected[0].reason.startswith("not a JSON file, or a damaged one (")
    assert room.rejected[0].reason.endswith("): export it again")


def test_a_sorting_exercise_shows_which_items_the_room_sorted_wrong():
    """Facilitator walkthrough 56: "What they chose" was empty for lesson 04's sorting."""

    def sorted_(answer):
        return {**event("orders-or-partnering", answer, False, "categorize"), "lesson": "04"}

    room = load_room(
        [
            ("p1.json", journal(sorted_({"audit-date": "marching-orders"}))),
            (
                "p2.json",
                journal(
                    sorted_({"audit-date": "marching-orders", "breaks-at-eleven": "partnering"})
                ),
            ),
            ("p3.json", journal(sorted_({"audit-date": "partnering"}))),
        ]
    )
    summary = summarize(room)
    (sorting,) = summary.exercises
    assert sorting.choices == {
        "misplaced:audit-date>marching-orders": 2,
        "misplaced:breaks-at-eleven>partnering": 1,
    }
    page = render(summary, room)
    # which group they chose is the debrief's point (facilitator walkthrough 72)
    assert "<li>2 · sorted as “Marching orders”: " in page
    assert "<li>1 · sorted as “Partnering”: " in page


def test_every_shared_answer_is_shown_by_exercise_in_lesson_order():
    """Facilitator walkthrough 72: 30 files with 83 shared answers showed 12, picked by a hash,
    mixed across exercises, and nothing said so."""
    from coachlab.facilitator.dashboard import Dashboard

    def shared(lesson, exercise, words):
        return {**event(exercise, words, None, "reflection"), "lesson": lesson, "shared": True}

    files = [
        (
            f"p{n}.json",
            journal(
                shared("09", "reflect-the-unsaid", f"Say it straight, take {n}."),
                shared("01", "reflect-partnership", f"Partnership means asking first, take {n}."),
            ),
        )
        for n in range(40)
    ]
    board = Dashboard(load_room(files))
    summary = board.summary
    assert len(summary.shared) == len(summary.reflections) == 80
    assert [a.lesson for a in summary.shared] == ["01"] * 40 + ["09"] * 40
    assert board.show_shared.description == "Show shared answers (80)"
    page = board.shared.value
    assert "all 80 answers, by exercise" in page
    assert page.count("<details>") == 2 and "(40)</summary>" in page
    assert page.index("01 · ") < page.index("09 · ")


def test_a_figure_from_fewer_than_three_people_is_not_shown():
    """Facilitator walkthrough 72: with one sender, the room's profile chart was that person's
    own, and a choice counted once pointed at one person; the guide promises "never anyone's
    chart"."""
    from coachlab.facilitator.dashboard import TOO_FEW

    def person(rating):
        return journal(
            event("s", {"listening": rating, "goals": 3, "trust": 2}, kind="scale"),
            event("partner-definition", "a", False),
        )

    two = dashboard(load_room([("p1.json", person(2)), ("p2.json", person(4))]))
    page = two.report.value
    assert page.count(TOO_FEW) == 4  # the choice, and each of the three ratings
    assert "a clear chain of command" not in page and "average" not in page
    assert two.radars.children == () and two.chart.layout.display == "none"
    three = dashboard(load_room([(f"p{n}.json", person(n)) for n in (1, 2, 3)]))
    assert (
        TOO_FEW not in three.report.value and "3 · a clear chain of command" in three.report.value
    )


def test_the_name_check_reads_a_long_answer_once():
    """Walkthrough 66: it read the whole answer again at each capital (12 answers of 20,000
    capitals took 38 s to show). Same flags as before, at any length."""
    from coachlab.facilitator.names import possible_names

    assert possible_names("Met Sam. Then asked chris about it: Ok. “Hello Ana”") == [
        "Sam",
        "Chris",
        "Ana",
    ]
    assert possible_names("met Sam " * 2_500) == ["Sam"]


def test_a_shared_answer_shows_in_the_order_it_was_written():
    """Walkthrough 66: U+202E in a shared answer reversed how it showed on the dashboard."""
    from coachlab.facilitator.dashboard import reflections_html

    shown = reflections_html(["I was late \u202eon Friday\u202c because of <b>traffic</b>"])
    assert "I was late on Friday because of &lt;b&gt;traffic&lt;/b&gt;" in shown
    assert "\u202e" not in shown
