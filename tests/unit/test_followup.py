"""The action plan's calendar reminders: 30, 60 and 90 days after it was written, each with an
alarm, carrying the plan's own words; exported with the journal only when there is a plan."""

from __future__ import annotations

from datetime import date, datetime

from icalendar import Calendar

from coachlab.export import export_journal
from coachlab.followup import to_ics
from coachlab.store import Event, Store

PLAN = {
    "plan-relationship": "Esther, who joined in March; we both want the schedule to work.",
    "plan-habit": "I answer before asking; first step: two questions on 14 May, then advice.",
    "plan-ask": "“Tell me a week ahead; in return I keep Thursday's check-in.”",
}


def event(exercise: str, answer: str, at: str = "2026-11-30T15:00:00+00:00") -> dict:
    return Event(at, "10", exercise, "reflection", answer, None, None, "ok").as_dict()


def journal(*events: dict) -> dict:
    return {"format": "coachlab-journal", "schema_version": 1, "events": list(events)}


def test_three_check_ins_with_alarms_carry_the_plan():
    data = journal(*(event(k, v) for k, v in PLAN.items()))
    calendar = Calendar.from_ical(to_ics(data))
    events = calendar.walk("VEVENT")
    starts = [e.decoded("dtstart") for e in events]
    assert [s.date() for s in starts] == [date(2026, 12, 30), date(2027, 1, 29), date(2027, 2, 28)]
    assert all(e.walk("VALARM") for e in events)
    for e in events:
        text = str(e.get("description"))
        assert all(answer in text for answer in PLAN.values())  # commas, semicolons survive


def test_the_latest_answer_counts_and_the_file_is_stable():
    early = event("plan-habit", "old habit", "2026-11-01T09:00:00+00:00")
    late = event("plan-habit", "new habit", "2026-11-02T09:00:00Z")
    text = to_ics(journal(early, late))
    assert text == to_ics(journal(early, late))
    first = Calendar.from_ical(text).walk("VEVENT")[0]
    assert "new habit" in str(first.get("description"))
    assert first.decoded("dtstart") == datetime(2026, 12, 2, 9, 0)


def test_no_plan_no_calendar_file(tmp_path):
    store = Store(tmp_path / "a" / "progress.sqlite3")
    store.record(Event("2026-11-30T10:00:00+00:00", "01", "x", "single_choice", "b", True, 1, "f"))
    assert to_ics(journal(store.events()[0].as_dict())) is None
    names = {p.name for p in export_journal(tmp_path / "out", store)}
    assert "coachlab-action-plan.ics" not in names
    for exercise, answer in PLAN.items():
        store.record(Event(**event(exercise, answer)))
    names = {p.name for p in export_journal(tmp_path / "out", store)}
    assert "coachlab-action-plan.ics" in names
