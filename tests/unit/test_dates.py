"""Times are shown where the learner is: the journal's UTC is not their evening."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from coachlab.dates import date_in_words, local_time


@pytest.fixture
def new_york():
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.skipif(
    not hasattr(time, "tzset") or not Path("/usr/share/zoneinfo/America/New_York").exists(),
    reason="needs the system's time zone data",
)
def test_late_evening_in_new_york_is_still_that_day(new_york):
    at = "2026-12-02T03:30:00+00:00"  # 22:30 on the 1st in New York
    assert date_in_words(at) == "Tuesday 1 December 2026"
    assert local_time(at) == "01 Dec 2026, 22:30 EST"


def test_what_is_not_a_time_is_shown_as_it_is():
    assert date_in_words("yesterday") == "yesterday"
    assert local_time("") == ""
