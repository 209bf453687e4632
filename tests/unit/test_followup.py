"""The action plan's calendar reminders: 30, 60 and 90 days after it was written, each with an
alarm, carrying the plan's own words; exported with the journal only when there is a plan."""

from __future__ import annotations

from datetime import date, datetime

from icalendar import Calendar

from coachlab.export import export_journal
from coachlab.followup import on_a_weekday, to_ics
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
    # 90 days after Monday 30 November 2026 is Sunday 28 February: the reminder moves to Monday
    assert [s.date() for s in starts] == [date(2026, 12, 30), date(2027, 1, 29), date(2027, 3, 1)]
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
    assert first.decoded("dtstart") == datetime(2026, 12, 1, 9, 0)  # from the first plan


def test_a_plan_updated_at_a_follow_up_replaces_its_reminders():
    """Facilitator walkthrough 72: updated two weeks later, the plan made three more reminders
    (new ids), counting 30 days from the update. Same ids, a higher sequence, the same days."""
    workshop = [event(k, v) for k, v in PLAN.items()]
    follow_up = event("plan-habit", "Two questions first, every Monday.", "2026-12-14T10:00:00Z")
    before = Calendar.from_ical(to_ics(journal(*workshop))).walk("VEVENT")
    after = Calendar.from_ical(to_ics(journal(*workshop, follow_up))).walk("VEVENT")
    assert [str(e["uid"]) for e in after] == [str(e["uid"]) for e in before]
    assert [e.decoded("dtstart") for e in after] == [e.decoded("dtstart") for e in before]
    assert [e.decoded("sequence") for e in before] == [0, 0, 0]
    assert [e.decoded("sequence") for e in after] == [1, 1, 1]
    assert "Two questions first, every Monday." in str(after[0].get("description"))


def test_a_plan_written_again_after_its_last_check_in_starts_a_new_round():
    workshop = [event(k, v) for k, v in PLAN.items()]
    next_year = event("plan-habit", "A new habit.", "2027-06-01T10:00:00Z")
    again = Calendar.from_ical(to_ics(journal(*workshop, next_year))).walk("VEVENT")
    assert again[0].decoded("dtstart").date() == date(2027, 7, 1)
    assert str(again[0]["uid"]) == "coachlab-action-plan-20270601-30@coachlab"
    assert again[0].decoded("sequence") == 0


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


def test_a_weekend_reminder_moves_to_the_next_monday():
    assert on_a_weekday(date(2027, 2, 27)) == date(2027, 3, 1)  # Saturday
    assert on_a_weekday(date(2027, 2, 28)) == date(2027, 3, 1)  # Sunday
    for day in range(22, 27):  # Monday 22 to Friday 26 February stay where they are
        assert on_a_weekday(date(2027, 2, day)) == date(2027, 2, day)
    # a plan written on Thursday 1 October 2026: +30 is Saturday 31 October, +60 Monday 30
    # November, +90 Wednesday 30 December
    data = journal(*(event(k, v, "2026-10-01T15:00:00+00:00") for k, v in PLAN.items()))
    starts = [e.decoded("dtstart") for e in Calendar.from_ical(to_ics(data)).walk("VEVENT")]
    assert [s.date() for s in starts] == [date(2026, 11, 2), date(2026, 11, 30), date(2026, 12, 30)]
    assert all(s.weekday() < 5 for s in starts)


def test_the_panel_says_which_files_to_keep_first(tmp_path, monkeypatch):
    """After Export my journal, the two files to click come first, numbered, each with what it
    is for; the others follow as "also there" (a room of newcomers has three minutes)."""
    from coachlab.journal_controls import journal_panel

    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "a"))
    panel = journal_panel(tmp_path / "here")
    panel.export_button.click()
    said = panel.status.value
    assert "coachlab-action-plan.ics" not in said  # no plan yet, no calendar file to click
    assert said.count("<li>") == 1 and "bring them back later with Import a journal" in said
    for exercise, answer in PLAN.items():
        Store().record(Event(**event(exercise, answer)))
    panel.export_button.click()
    said = panel.status.value
    listed, also = said.split("</ol>")
    assert listed.index('download="coachlab-journal.json"') < listed.index(
        'download="coachlab-action-plan.ics"'
    )
    assert "30, 60 and 90 days" in listed and listed.count("<li>") == 2
    assert 'download="coachlab-journal.html"' in also and "(to read or print)" in also


def test_control_characters_a_learner_pasted_stay_out_of_the_calendar_file():
    """Walkthrough 66: a NUL went into the .ics as it was (RFC 5545 allows no control
    characters in a value); line breaks and tabs are the plan's own and stay."""
    text = to_ics(journal(event("plan-habit", "ask first\x00, then\x07 advise\nline two\tend")))
    assert "\x00" not in text and "\x07" not in text
    description = str(Calendar.from_ical(text).walk("VEVENT")[0].get("description"))
    assert "ask first, then advise\nline two\tend" in description
