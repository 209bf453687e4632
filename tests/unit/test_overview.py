"""Start here's overview: progress per lesson, where to go next, self-assessments over time."""

from __future__ import annotations

import pytest
import yaml

from coachlab.overview import lessons_table, self_assessment_overview
from coachlab.store import Event, default_store, now

SCALE = {
    "kind": "scale",
    "id": "me",
    "title": "How I coach",
    "prompt": "Rate yourself.",
    "scale": ["Rarely", "Sometimes", "Often"],
    "dimensions": [
        {"id": d, "label": d.title(), "suggestion": "Try it."}
        for d in ("asking", "listening", "deciding")
    ],
}


@pytest.fixture
def content(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    folder = tmp_path / "content"
    folder.mkdir()
    for number, slug, exercises in (
        ("00", "start", []),
        ("01", "one", [SCALE]),
        ("02", "two", [dict(SCALE, id="again")]),
    ):
        (folder / f"{number}_{slug}.yaml").write_text(
            yaml.safe_dump(
                {
                    "schema_version": 1,
                    "exercises": exercises,
                    "lesson": {
                        "number": number,
                        "slug": slug,
                        "title": f"Lesson {number}",
                        "minutes": 10,
                        "summary": "s",
                        "objectives": ["o"],
                    },
                }
            )
        )
    (folder / "lessons.yaml").write_text("lessons: [00_start, 01_one, 02_two]\n")
    return folder


def record(lesson: str, exercise: str, answer: dict) -> None:
    default_store().record(Event(now(), lesson, exercise, "scale", answer, None, None, "f"))


def test_progress_and_where_next(content):
    page = lessons_table(content).data
    assert "<td>0 of 1 exercise</td>" in page and 'Next: <a href="01_one.ipynb">' in page
    record("01", "me", {"asking": 1, "listening": 2, "deciding": 3})
    page = lessons_table(content).data
    assert "<td>1 of 1 exercise</td>" in page and 'Next: <a href="02_two.ipynb">' in page
    record("02", "again", {"asking": 1, "listening": 2, "deciding": 3})
    assert "Every lesson is done" in lessons_table(content).data


def test_self_assessment_first_against_latest(content):
    assert "No self-assessment yet" in self_assessment_overview(content).children[0].value
    record("01", "me", {"asking": 1, "listening": 2, "deciding": 3})
    record("01", "me", {"asking": 3, "listening": 2, "deciding": 3})
    heading, chart = self_assessment_overview(content).children
    assert (
        "How I coach" in heading.value and "<li>Asking: 3 of 3 (Often), up 2</li>" in heading.value
    )
    assert chart.png.startswith(b"\x89PNG") and 'alt="Radar chart of your ratings' in chart.value


def test_progress_counts_the_lessons_own_exercises_not_its_practice(monkeypatch, tmp_path):
    """Issue 12: lesson 01 said "5 of 8" with every exercise of the lesson done."""
    import coachlab

    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(coachlab, "_SANDBOX", False)
    shown = ["partner-definition", "spot-the-partnership", "equal-status", "mutual-consent"]
    for exercise_id in shown:
        ex = coachlab.exercise("01", exercise_id)
        ex.answer(ex.spec.options[0].id)
        ex.submit()
    row = lessons_table().data.split("What a partnership is")[1].split("</tr>")[0]
    assert "4 of 6 exercises" in row
    ex = coachlab.exercise("01", "reflect-partnership")
    ex.answer("One two three four five six seven eight nine ten eleven words here.")
    ex.submit()
    ex = coachlab.exercise("01", "your-joint-venture")
    ex.answer("We both want fewer late handovers. Would you help me plan the next one?")
    ex.submit()
    row = lessons_table().data.split("What a partnership is")[1].split("</tr>")[0]
    assert "6 of 6 exercises" in row
