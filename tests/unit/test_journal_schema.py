"""One schema for a journal event: what import, the store and the dashboard refuse, and why.

Each case here was accepted before (issue 11) and then broke the workbook for good, since the
store is append-only.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from coachlab.export import export_journal, import_journal
from coachlab.journal_schema import ANSWER_SHAPES, MAX_EVENTS, JournalError, check_event, parse
from coachlab.specs import kind_names
from coachlab.store import Event, Store


def entry(**changes) -> dict:
    base = {
        "at": "2026-11-23T10:00:00+00:00",
        "lesson": "gallery",
        "exercise": "scale",
        "kind": "scale",
        "answer": {"goals": 3},
        "correct": None,
        "score": None,
        "feedback": "Noted.",
    }
    return {**base, **changes}


def raw(*events, version="1") -> bytes:
    body = ", ".join(json.dumps(e) if isinstance(e, dict) else e for e in events)
    return (
        f'{{"format": "coachlab-journal", "schema_version": {version}, "events": [{body}]}}'
    ).encode()


def test_every_exercise_kind_has_an_answer_shape():
    assert set(ANSWER_SHAPES) == kind_names()


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"at": "yesterday"}, r"events\[0\]\.at: 'yesterday' is not a date"),
        # walkthrough 66: a year the workbook cannot show broke its exercise and every export;
        # a compact date was written back out wrong
        ({"at": "9999-12-31T23:00:00-05:00"}, r"events\[0\]\.at: '9999-12-31T23:00:00-05:00'"),
        ({"at": "0001-01-01T00:00:00+00:00"}, r"events\[0\]\.at: '0001-01-01"),
        ({"at": "20261203T101010+0000"}, r"events\[0\]\.at: '20261203T101010\+0000' is not"),
        ({"answer": {"goals": 99}}, r"events\[0\]\.answer\.goals: a rating is a whole number"),
        ({"answer": {"goals": True}}, r"answer\.goals: a rating"),
        ({"answer": "high"}, r"events\[0\]\.answer should be an object"),
        ({"kind": "single_choice", "answer": 5}, r"events\[0\]\.answer should be text"),
        ({"kind": "multiple_select", "answer": [["a"]]}, r"answer\[0\] should be text"),
        ({"kind": "multiple_select", "answer": [{"a": 1}]}, r"answer\[0\] should be text"),
        ({"kind": "order", "answer": "abc"}, r"answer should be a list of ids"),
        ({"kind": "telepathy"}, r"events\[0\]\.kind: 'telepathy' is not an exercise kind"),
        ({"correct": 1}, r"events\[0\]\.correct should be true, false or null"),
        ({"score": 7.5}, r"events\[0\]\.score should be between -1 and 1"),
        ({"score": True}, r"events\[0\]\.score should be a number"),
        ({"lesson": 1}, r"events\[0\]\.lesson should be text"),
        ({"exercise": "x" * 101}, r"events\[0\]\.exercise is too long"),
        ({"feedback": "y" * 20_001}, r"events\[0\]\.feedback is too long"),
        ({"answer": {f"d{i}": 1 for i in range(101)}}, r"answer has too many items"),
    ],
)
def test_bad_events_are_refused_naming_event_and_field(changes, problem):
    with pytest.raises(JournalError, match=problem):
        parse(raw(entry(**changes)))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (raw(entry(), version="true"), "schema_version True; this one reads 1"),
        (raw(entry(), version="1.0"), "schema_version 1.0; this one reads 1"),
        (raw(entry(score=None)).replace(b'"score": null', b'"score": NaN'), "NaN is not"),
        (raw(entry()).replace(b'"score": null', b'"score": Infinity'), "Infinity is not"),
        (raw(entry()).replace(b'"score": null', b'"score": 1e400'), "score should be between"),
        (raw(entry()).replace(b'"goals": 3', b'"goals": 1' + b"0" * 400), "rating is a whole"),
        (raw(entry()).replace(b'"goals": 3', b'"goals": 1' + b"0" * 5000), "not a JSON file"),
        (raw(entry()).replace(b'"Noted."', b'"\\ud83d"'), "feedback is not valid Unicode"),
        (b"[" * 100_000, "nested too deeply"),
        (raw(*[json.dumps(entry())] * (MAX_EVENTS + 1)), "too many events"),
    ],
)
def test_hostile_files_are_refused_with_a_reason(text, problem):
    with pytest.raises(JournalError, match=problem):
        parse(text)


def test_a_valid_event_passes_and_is_copied():
    good = entry()
    checked = check_event(good)
    assert checked == {**good, "shared": False} and checked is not good


def test_shared_is_off_by_default_and_must_be_true_or_false():
    assert check_event(entry())["shared"] is False
    assert check_event({**entry(), "shared": True})["shared"] is True
    with pytest.raises(JournalError, match=r"event\.shared should be true or false"):
        check_event({**entry(), "shared": "yes"})


def test_import_is_all_or_nothing(tmp_path):
    store = Store(tmp_path / "progress.sqlite3")
    bad = raw(entry(), entry(exercise="other"), entry(at="yesterday"))
    with pytest.raises(JournalError, match=r"events\[2\]\.at"):
        import_journal(bad, store)
    assert store.events() == []  # before: the first two were stored


def test_importing_what_was_just_exported_adds_nothing(tmp_path):
    store = Store(tmp_path / "progress.sqlite3")
    assert import_journal(raw(entry(), entry(exercise="other"), entry()), store) == 2
    (json_file, *_) = export_journal(tmp_path / "out", store)
    assert import_journal(json_file, store) == 0
    assert len(store.events()) == 2


def test_a_bad_event_already_in_the_store_no_longer_breaks_the_lesson(tmp_path, monkeypatch):
    """A store filled by an older import: the exercise opens (the bad event is skipped)."""
    import coachlab

    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path))
    Store(tmp_path / "progress.sqlite3")
    with sqlite3.connect(tmp_path / "progress.sqlite3") as db:
        db.execute(
            "INSERT INTO events (at, lesson, exercise, kind, answer, correct, score, feedback) "
            "VALUES ('yesterday', '01', 'reflect-partnership', 'reflection', '\"hi\"', NULL, NULL, "
            "'x'), ('2026-01-01', '02', 'scale', 'scale', '\"high\"', NULL, NULL, 'x')"
        )
    ex = coachlab.exercise("01", "reflect-partnership")  # before: ValueError every time
    assert ex.last_result is None
    assert coachlab.self_assessment_overview() is not None  # before: crashed on "high"


def test_the_store_refuses_an_event_outside_the_schema(tmp_path):
    store = Store(tmp_path / "progress.sqlite3")
    with pytest.raises(JournalError, match=r"event 0\.answer\.goals"):
        store.record(Event("2026-01-01", "07", "s", "scale", {"goals": 10**400}, None, None, ""))
    assert store.events() == []


def test_an_imported_rating_beyond_this_lessons_scale_is_skipped_in_the_overview(
    tmp_path, monkeypatch
):
    """A 7 is a valid rating, but lesson 02's scale has 5 points: the overview leaves it out
    instead of failing (before: IndexError in profile_summary)."""
    import coachlab

    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path))
    fits = entry(lesson="02", exercise="commitments-profile", answer={"goals": 2})
    too_high = entry(lesson="02", exercise="commitments-profile", answer={"goals": 7})
    too_high["at"] = "2026-11-24T10:00:00+00:00"
    import_journal(raw(fits, too_high))
    overview = coachlab.self_assessment_overview()
    text = " ".join(getattr(child, "value", "") for child in overview.children[:1])
    assert "Goals" in text or "goals" in text.lower()
    assert "7 of 5" not in text
