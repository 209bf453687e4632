"""The journal goes out as JSON, Markdown and HTML, and comes back in without loss."""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timezone

import pytest

from coachlab.content import load_lesson
from coachlab.export import (
    MAX_BYTES,
    JournalError,
    export_journal,
    import_journal,
    journal,
    parse,
    to_html,
    to_json,
    to_markdown,
)
from coachlab.journal_controls import journal_panel
from coachlab.store import Event, Store
from coachlab.widgets import build

XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>"


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "a" / "progress.sqlite3")
    store.record(
        Event(
            "2026-11-23T10:00:00+00:00",
            "01",
            "partner-definition",
            "single_choice",
            "b",
            True,
            1.0,
            "A partner is “an ally”.",
        )
    )
    store.record(
        Event(
            "2026-11-23T10:05:00+00:00",
            "gallery",
            "scale",
            "scale",
            {"goals": 3, "listening": 2},
            None,
            None,
            "Your two lowest:\nListening",
        )
    )
    store.record(
        Event(
            "2026-11-23T10:09:00+00:00",
            "gallery",
            "reflection",
            "reflection",
            f"I will ask first. {XSS}",
            None,
            None,
            "6 words.",
        )
    )
    return store


def test_export_import_export_is_identical(store, tmp_path):
    first = tmp_path / "first"
    export_journal(first, store)
    empty = Store(tmp_path / "b" / "progress.sqlite3")
    assert import_journal(first / "coachlab-journal.json", empty) == 3
    second = tmp_path / "second"
    export_journal(second, empty)
    assert (first / "coachlab-journal.json").read_bytes() == (
        second / "coachlab-journal.json"
    ).read_bytes()
    assert (first / "coachlab-journal.md").read_text() == (
        second / "coachlab-journal.md"
    ).read_text()


def test_importing_twice_adds_nothing_the_second_time(store, tmp_path):
    raw = to_json(journal(store)).encode()
    target = Store(tmp_path / "c" / "progress.sqlite3")
    assert import_journal(raw, target) == 3
    assert import_journal(raw, target) == 0
    assert len(target.events()) == 3


def test_markdown_and_html_say_what_was_answered(store):
    data = journal(store)
    markdown, page = to_markdown(data), to_html(data)
    # the lesson and exercise by title, the question as seen, the answer in words, the verdict,
    # the date in words: never ids, letters or ISO timestamps (issue 12)
    assert "## 01 · What a partnership is" in markdown
    assert "### Complete the definition" in markdown and "how Webster's Dictionary" in markdown
    assert "**My answer:** common interests and goals" in markdown and "**✔ Correct.**" in markdown
    assert "Monday 23 November 2026" in markdown and "2026-11-23T" not in markdown
    assert "- Establishing goals and missions: 3 of 5 (Often)" in markdown
    assert "partner-definition" not in markdown + page and "(single_choice)" not in page
    assert "<h3>Complete the definition</h3>" in page and "common interests and goals" in page
    assert "I will ask first." in page and "Your two lowest:<br>Listening" in page
    assert "<script" not in page and "<img src=x" not in page and "&lt;script&gt;" in page
    assert "system-ui" in page and "max-width: 68ch" in page and "@media print" in page


def test_an_empty_journal_says_so(tmp_path):
    data = journal(Store(tmp_path / "progress.sqlite3"))
    assert data["events"] == [] and "Nothing yet" in to_markdown(data)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"x" * (MAX_BYTES + 1), "too large for a journal"),
        (b"\xff\xfe", "not a JSON file"),
        (b"{not json", "not a JSON file"),
        (b'{"format": "something-else"}', "not a file coachlab exported"),
        (
            b'{"format": "coachlab-journal", "schema_version": 9, "events": []}',
            "made by another version of coachlab .schema_version 9; this one reads 1.",
        ),
        (
            b'{"format": "coachlab-journal", "schema_version": 1, "events": {}}',
            "'events' should be a list",
        ),
        (
            b'{"format": "coachlab-journal", "schema_version": 1, "events": [{"at": 1}]}',
            "events[0] should have the fields",
        ),
    ],
)
def test_bad_files_are_refused_with_the_reason(raw, problem):
    with pytest.raises(JournalError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        parse(raw)


def test_files_are_written_whole(store, tmp_path):
    paths = export_journal(tmp_path / "out", store)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in paths)
    assert json.loads(paths[0].read_text())["schema_version"] == 1


def test_the_panel_exports_and_imports(store, tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "a"))
    panel = journal_panel(tmp_path / "here")
    panel.export_button.click()
    assert (tmp_path / "here" / "coachlab-journal.html").exists()
    assert 'download="coachlab-journal.json" href="data:application/json' in panel.status.value
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "fresh"))
    raw = (tmp_path / "here" / "coachlab-journal.json").read_bytes()
    panel.upload.value = (
        {
            "name": "mine.json",
            "type": "application/json",
            "size": len(raw),
            "content": memoryview(raw),
            "last_modified": datetime.now(timezone.utc),
        },
    )
    assert "Imported 3 answers from mine.json" in panel.status.value
    panel.import_bytes("mine.json", raw)
    assert "Nothing new in mine.json: every answer in it is already here." in panel.status.value
    bad = b"<script>alert(1)</script>"
    panel.import_bytes("<b>evil</b>.json", bad)
    assert (
        "&lt;b&gt;evil&lt;/b&gt;.json could not be imported: not a JSON file" in panel.status.value
    )


HOSTILE_MD = (
    "[x](javascript:alert(1)) <img src=x onerror=alert(1)> see https://evil.example "
    "and www.evil.example\n## Lesson 99\n- a list\n1. a number\n> a quote\n===\n```\ncode"
)


def test_markdown_escapes_learner_text(tmp_path):
    import mistune

    store = Store(tmp_path / "progress.sqlite3")
    store.record(
        Event("2026-11-23T10:00:00+00:00", "gallery", "r", "reflection", HOSTILE_MD, None, None, "")
    )
    text = to_markdown(journal(store))
    page = mistune.html(text)  # what a Markdown renderer makes of it
    assert "<a " not in page and "<img" not in page and "<blockquote" not in page
    assert "<li" not in page and "<pre" not in page and "<code" not in page
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## gallery · Gallery of exercise kinds"
    ]
    assert page.count("<h1") + page.count("<h2") + page.count("<h3") == 3  # ours only
    assert "javascript:alert(1)" in page and "a number" in page  # still readable


def test_a_lone_surrogate_never_stops_export(tmp_path, monkeypatch):
    """Issue 11: ``ex.answer("I will listen \\ud83d")`` made every later export fail."""
    import coachlab

    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    ex = coachlab.exercise("01", "reflect-partnership")
    ex.answer("I will listen \ud83d to what they say first, then ask what they need this week")
    ex.submit()
    paths = coachlab.export_journal(tmp_path / "out")
    saved = json.loads(paths[0].read_text(encoding="utf-8"))
    assert saved["events"][0]["answer"].startswith("I will listen \ufffd to what they say first")
    assert "I will listen \ufffd" in paths[1].read_text(encoding="utf-8")


def test_an_interrupted_export_leaves_no_temporary_files(store, tmp_path, monkeypatch):
    import os

    out = tmp_path / "out"
    out.mkdir()
    killed = out / ".coachlab-journal.json.abc123.tmp"  # what a SIGKILL mid-write leaves
    killed.write_text("half")
    os.utime(killed, (0, 0))

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr("coachlab.export.os.replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export_journal(out, store)
    assert list(out.iterdir()) == []  # neither the old leftover nor this one's temp file
    monkeypatch.undo()
    assert sorted(p.name for p in export_journal(out, store)) == sorted(
        p.name for p in out.iterdir()
    )


def test_the_panel_says_why_an_export_failed(store, tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "a"))
    blocked = tmp_path / "here"
    blocked.write_text("a file where the folder should be")
    panel = journal_panel(blocked)
    assert panel.export() == []
    assert "could not be saved in the" in panel.status.value and str(blocked) in panel.status.value
    assert "Saved" not in panel.status.value


def test_a_journal_that_cannot_be_written_is_downloaded_from_memory(tmp_path, monkeypatch):
    """A full or read-only disk (walkthrough 66): the export failed, and the learner had no way
    to take their answers away. The links carry the files themselves; the JSON one imports."""
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "a"))
    ex = build(load_lesson("01").exercise("reflect-partnership"), lesson="01")
    ex.answer("One thing I will do differently: ask Sam what would help before the rota.")
    ex.submit()
    blocked = tmp_path / "here"
    blocked.write_text("a file where the folder should be")
    panel = journal_panel(blocked)
    assert panel.export() == []
    shown = panel.status.value
    assert "Nothing is lost: download it straight from here instead." in shown
    links = dict(
        re.findall(r'download="([^"]+)" href="data:[^;]+;charset=utf-8;base64,([^"]+)"', shown)
    )
    assert set(links) >= {"coachlab-journal.json", "coachlab-journal.html", "coachlab-journal.md"}
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "b"))  # a fresh session imports it
    assert import_journal(base64.b64decode(links["coachlab-journal.json"])) == 1
    assert journal()["events"][0]["answer"].startswith("One thing I will do differently")


def test_an_unreadable_store_never_overwrites_an_earlier_export(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "a"))
    panel = journal_panel(tmp_path / "here")
    (tmp_path / "here").mkdir()
    earlier = tmp_path / "here" / "coachlab-journal.json"
    earlier.write_text("the learner's earlier export")
    home = tmp_path / "a"
    home.write_text("not a folder")  # the store cannot be opened, so nothing can be read
    with pytest.warns(UserWarning, match="cannot be saved right now"):
        assert panel.export() == []
    assert earlier.read_text() == "the learner's earlier export"
    assert "could not be exported: Your answers cannot be read right now" in panel.status.value


def _start_here_store(tmp_path):
    """Start here's pre-assessment answered as submit keeps it: the verdict, the held feedback."""
    from coachlab.widgets.base import HELD

    store = Store(tmp_path / "pre" / "progress.sqlite3")
    for minute, exercise, answer, correct in (
        (1, "pre-partnership", "a", False),  # wrong
        (2, "pre-marching-orders", "c", True),  # right
    ):
        at = f"2026-11-23T10:0{minute}:00+00:00"
        store.record(Event(at, "00", exercise, "single_choice", answer, correct, None, HELD))
    return store


def _views(store):
    data = journal(store)
    return {"html": to_html(data, charts=False), "md": to_markdown(data)}


def test_start_here_verdicts_stay_held_back_in_every_journal_view(tmp_path):
    store = _start_here_store(tmp_path)
    for name, text in _views(store).items():
        assert text.count("✎ Noted") == 2, name
        assert "✘" not in text and "✔" not in text, name
        assert "Not quite" not in text and "Correct" not in text, name
        assert "without a verdict for now" in text, name


def test_lesson_10_post_assessment_reveals_start_heres_verdicts(tmp_path):
    store = _start_here_store(tmp_path)
    at = "2026-11-30T10:00:00+00:00"
    store.record(Event(at, "10", "post-partnership", "single_choice", "b", True, None, "Yes."))
    for name, text in _views(store).items():
        assert "✘ Not quite" in text, name
        assert text.count("✔ Correct") == 2, name  # Start here's right one, and lesson 10's
        assert "without a verdict for now" not in text, name


def test_entries_follow_the_lesson_not_the_time_or_the_kind(tmp_path):
    """The journal follows the content's order, which is the lesson notebook's (checked in
    test_lesson_order_is_the_notebooks): lesson 01's free text, then its reflection."""
    store = Store(tmp_path / "order" / "progress.sqlite3")
    for at, exercise, kind in (
        ("2026-11-23T10:00:00+00:00", "reflect-partnership", "reflection"),
        ("2026-11-23T10:05:00+00:00", "your-joint-venture", "free_text"),
    ):
        store.record(Event(at, "01", exercise, kind, "Ten words or so.", None, None, "Kept."))
    page = to_html(journal(store), charts=False)
    assert page.index("Your case: invite a joint venture") < page.index("Your partnership, today")


@pytest.mark.parametrize("key", [f"{n:02d}" for n in range(11)])
def test_lesson_order_is_the_notebooks(key):
    """Each lesson's exercises in its YAML come in the order its notebook shows them."""
    import re
    from pathlib import Path

    from coachlab.content import load_lesson

    [path] = (Path(__file__).parents[2] / "notebooks").glob(f"{key}_*.ipynb")
    cells = json.loads(path.read_text())["cells"]
    code = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    shown = re.findall(rf'exercise\("{key}", "([^"]+)"\)', code)
    assert shown, path
    assert [s.id for s in load_lesson(key).exercises if s.id in shown] == shown


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"", "an empty file: export it again"),
        (b"  \n", "an empty file: export it again"),
        (b"\x89PNG\r\n\x1a\n\x00\xff", "not a JSON file: not text at all"),
    ],
)
def test_a_wrong_file_is_named_in_plain_words(raw, problem):
    """Walkthrough 61: "Expecting value: line 1 column 1 (char 0)", "invalid continuation byte"."""
    with pytest.raises(JournalError) as caught:
        parse(raw)
    assert str(caught.value).startswith(problem)


def test_the_journal_pages_drop_invisible_and_reordering_characters():
    """Walkthrough 66: a NUL and U+202E a learner pasted went into the HTML journal as they were
    (the Markdown kept the reordering one); line breaks stay."""
    answer = "late on\x00 Fri\x07day \u202eyadnoM\u202c\nsecond line\tend"
    data = journal_of(answer)
    for page in (to_html(data), to_markdown(data)):
        assert not any(ch in page for ch in "\x00\x07\u202e\u202c")
    assert "late on Friday yadnoM<br>second line\tend" in to_html(data)


def journal_of(answer: str) -> dict:
    event = Event("2026-12-03T10:00:00+00:00", "01", "reflect-partnership", "reflection",
                  answer, None, None, "ok")  # fmt: skip
    return {"format": "coachlab-journal", "schema_version": 1, "events": [event.as_dict()]}


def test_a_full_disk_is_said_in_words_without_the_temporary_file(tmp_path, monkeypatch):
    import errno

    import coachlab.journal_controls as controls

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / ".x.json.ab12.tmp"))

    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(controls, "export_journal", full)
    panel = journal_panel(tmp_path / "out")
    assert panel.export() == []
    assert "folder: No space left on device. Nothing is lost" in panel.status.value
    assert ".tmp" not in panel.status.value
