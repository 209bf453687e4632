"""Times as a learner reads them: in their own time zone. The journal keeps UTC (it is moved
between computers and merged in a room); what a person wants to see is their day and hour."""

from __future__ import annotations

from datetime import datetime


def date_in_words(at: str) -> str:
    """ "Monday 23 November 2026", the day where the learner is (the journal keeps UTC: late
    in the evening in New York is already tomorrow there)."""
    when = _here(at)
    return f"{when:%A} {when.day} {when:%B %Y}" if when else at


def local_time(at: str) -> str:
    """ "02 Dec 2026, 19:40 CET": when an answer was given, in the computer's own time zone
    (the kernel runs where the learner is; on Binder that zone is UTC, and it says so)."""
    when = _here(at)
    return f"{when:%d %b %Y, %H:%M} {when.tzname() or ''}".rstrip() if when else at


def _here(at: str) -> datetime | None:
    """``at`` (ISO 8601) in the computer's time zone; None when it is not a time."""
    try:
        return datetime.fromisoformat(at).astimezone()
    except (ValueError, OverflowError, OSError):  # a year out of range: not a time to show
        return None
