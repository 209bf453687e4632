"""The action plan as calendar reminders: an .ics file with check-ins at 30, 60 and 90 days.

A plan written at a workshop is forgotten by the next busy week; a reminder in the learner's own
calendar brings it back when the 30-day check-in comes. Built with ``icalendar`` (RFC 5545: the
escaping of commas, semicolons and new lines in the plan's text is its job, not ours). A reminder
that would fall on a Saturday or a Sunday moves to the next Monday.

The dates count from when the plan was first written, and each reminder keeps its identity (UID)
when the plan is updated, with a higher SEQUENCE: a calendar that imports the updated file
replaces the three reminders instead of adding three more (facilitator walkthrough 72: a plan
updated at a follow-up made six, the new ones counting 30 days from the follow-up). A plan
written again after its 90-day check-in starts a new round. Exporting twice gives the same file.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from icalendar import Alarm, Calendar, Event

PLAN = {  # lesson 10's action plan: exercise id -> how the reminder names it
    "plan-relationship": "A relationship to build",
    "plan-habit": "A habit to change, and its first step",
    "plan-ask": "What I will ask of my partner",
}
DAYS = (30, 60, 90)
CHECK_IN = (
    "What did you do? What got in the way, or what made it work? What is your next step, and when?"
)


@dataclass(frozen=True)
class Round:
    """One round of check-ins: the day it counts from, and how many answers revised the plan on
    a later day (the reminders' SEQUENCE)."""

    start: date
    revisions: int


def current_round(days: list[date]) -> Round | None:
    """The round the latest plan belongs to: from the first day the plan was written, unless it
    was written again after that round's last check-in, which starts a new one."""
    start, revisions = None, 0
    for day in sorted(days):
        if start is None or day > start + timedelta(days=DAYS[-1]):
            start, revisions = day, 0
        elif day > start:  # the plan's questions answered on its first day are one version
            revisions += 1
    return Round(start, revisions) if start else None


def _plan_answers(data: dict[str, Any]) -> tuple[dict[str, str], list[date]]:
    """The latest answer to each plan question in a journal, and every day one was written."""
    answers, days = {}, []
    for event in data["events"]:
        if (
            event["lesson"] == "10"
            and event["exercise"] in PLAN
            and isinstance(event["answer"], str)
        ):
            answers[event["exercise"]] = event["answer"]
            days.append(datetime.fromisoformat(event["at"].replace("Z", "+00:00")).date())
    return answers, days


def on_a_weekday(day: date) -> date:
    """``day``, or the next Monday when it is a Saturday or a Sunday."""
    shift = 7 - day.weekday() if day.weekday() >= 5 else 0  # Saturday 5 -> 2 days, Sunday 6 -> 1
    return day + timedelta(days=shift)


def _printable(text: str) -> str:
    """``text`` without control characters other than line breaks and tabs: RFC 5545 allows none
    in a value, and a NUL a learner pasted went into the file as it was (walkthrough 66)."""
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def to_ics(data: dict[str, Any]) -> str | None:
    """The reminders as iCalendar text, or None when the journal holds no action plan."""
    answers, days_written = _plan_answers(data)
    plan_round = current_round(days_written)
    if not answers or plan_round is None:
        return None
    written, start = max(days_written), plan_round.start
    plan = "\n\n".join(f"{PLAN[k]}: {_printable(answers[k])}" for k in PLAN if k in answers)
    calendar = Calendar()
    calendar.add("prodid", "-//coachlab//action plan//EN")
    calendar.add("version", "2.0")
    for days in DAYS:
        event = Event()
        event.add("uid", f"coachlab-action-plan-{start:%Y%m%d}-{days}@coachlab")
        event.add("sequence", plan_round.revisions)
        event.add("dtstamp", datetime.combine(written, time(0, 0)))
        event.add("summary", f"Action plan check-in: {days} days")
        due = on_a_weekday(start + timedelta(days=days))
        event.add("dtstart", datetime.combine(due, time(9, 0)))
        event.add("duration", timedelta(minutes=30))
        event.add("description", f"{CHECK_IN}\n\nMy plan ({written:%Y-%m-%d}):\n\n{plan}")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Action plan check-in: {days} days")
        alarm.add("trigger", timedelta(minutes=-15))
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")
