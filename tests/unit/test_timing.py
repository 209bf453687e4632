"""Stated lesson times match the content: reading at about 200 words a minute plus a time per
exercise (coachlab.timing), within three minutes; and a notebook states its YAML's time."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coachlab.content import declared_order, load_lesson
from coachlab.timing import ROOT, estimate

TOLERANCE = 3


@pytest.mark.parametrize("stem", declared_order())
def test_stated_minutes_match_the_content(stem):
    reading, work = estimate(stem[:2])
    stated = load_lesson(stem[:2]).lesson.minutes
    assert abs(stated - (reading + work)) <= TOLERANCE, (
        f"{stem}: states {stated} min, content takes {reading + work:.0f} "
        f"(reading {reading:.0f}, exercises {work:.0f})"
    )


@pytest.mark.parametrize("stem", declared_order())
def test_the_notebook_states_the_same_time(stem):
    minutes = load_lesson(stem[:2]).lesson.minutes
    cells = json.loads(Path(ROOT / "notebooks" / f"{stem}.ipynb").read_text())["cells"]
    assert f"about {minutes} minutes" in "".join(cells[0]["source"])


def test_start_here_states_one_time():
    text = (ROOT / "content" / "00_start_here.yaml").read_text() + "".join(
        "".join(c["source"])
        for c in json.loads((ROOT / "notebooks" / "00_start_here.ipynb").read_text())["cells"]
    )
    words = {"5": "five", "10": "ten", "15": "fifteen", "20": "twenty"}
    said = re.findall(r"(\w+) minutes (?:for this lesson|\.\*\* You will)", text)
    said += re.findall(r"This lesson takes about (\w+) minutes", text)
    minutes = str(load_lesson("00").lesson.minutes)
    assert said and {words.get(s, s) for s in said} == {words[minutes]}


def test_more_content_means_more_minutes():
    reading, work = estimate("10")
    assert reading > 0 and work >= 10 * 1.5  # lesson 10 shows at least ten exercises
