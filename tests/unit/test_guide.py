"""The facilitator guide: agendas that fit their time, and a checked-in copy that is current."""

from __future__ import annotations

import itertools

import pytest

from coachlab.content import Lesson
from coachlab.docs import main
from coachlab.facilitator.guide import CLOSING, FORMATS, agenda


def lesson(number: str, minutes: int = 20) -> Lesson:
    return Lesson.model_validate(
        {
            "schema_version": 1,
            "lesson": {
                "number": number,
                "slug": f"l{number}",
                "title": f"Lesson {number}",
                "minutes": minutes,
                "summary": "s",
                "objectives": ["o"],
            },
        }
    )


LESSONS = [lesson("00", 10), *(lesson(f"{n:02d}") for n in range(1, 12))]


@pytest.mark.parametrize(("name", "total"), list(FORMATS.items()))
def test_agendas_fit_their_time_and_keep_the_order(name, total):
    slots, left = agenda(total, LESSONS)
    end = slots[-1].start + slots[-1].minutes
    assert end <= total, f"{name} runs to {end} min"
    assert slots[-1].minutes == CLOSING
    assert all(a.start + a.minutes == b.start for a, b in itertools.pairwise(slots))
    taught = [s.what.split(" ·")[0] for s in slots if " · " in s.what]
    assert taught == [x.lesson.number for x in LESSONS[: len(taught)]]
    assert [x.lesson.number for x in left] == [x.lesson.number for x in LESSONS[len(taught) :]]


def test_a_full_day_has_breaks_and_lunch():
    slots, _ = agenda(FORMATS["Full day (6½ hours)"], LESSONS)
    kinds = [s.what for s in slots]
    assert "Lunch" in kinds and kinds.count("Break") >= 2


def test_the_guide_and_the_readme_table_are_current(capsys):
    assert main(["--check"]) == 0, capsys.readouterr().out
