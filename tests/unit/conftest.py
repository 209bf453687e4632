"""Shared builders: a valid lesson as plain data, which each test then breaks in one way."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

VALID_LESSON = {
    "schema_version": 1,
    "lesson": {
        "number": "07",
        "slug": "sample",
        "title": "A sample lesson",
        "minutes": 15,
        "summary": "For tests.",
        "objectives": ["Test the loader."],
    },
    "exercises": [
        {
            "kind": "single_choice",
            "id": "pick-one",
            "title": "Pick one",
            "prompt": "Which is right?",
            "correct": "b",
            "options": [
                {"id": "a", "text": "Wrong one", "feedback": "Because a is wrong."},
                {"id": "b", "text": "Right one", "feedback": "Because b is right."},
            ],
        }
    ],
}


@pytest.fixture
def lesson_data() -> dict:
    return copy.deepcopy(VALID_LESSON)


@pytest.fixture
def write_lesson(tmp_path: Path):
    """Write lesson data (or raw text) as ``07_sample.yaml`` and return its path."""

    def write(data: dict | str, name: str = "07_sample.yaml") -> Path:
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else yaml.safe_dump(data), encoding="utf-8")
        return path

    return write


@pytest.fixture
def single_choice_spec():
    """A validated single-choice spec; keyword arguments override fields of the sample."""
    from coachlab.specs import SingleChoiceSpec

    def make(**overrides) -> SingleChoiceSpec:
        data = copy.deepcopy(VALID_LESSON["exercises"][0])
        data.update(overrides)
        return SingleChoiceSpec.model_validate(data)

    return make


@pytest.fixture
def gallery():
    """Build the gallery's exercise ``exercise_id`` afresh; keyword arguments override its spec."""
    from coachlab.content import load_lesson
    from coachlab.widgets import build

    lesson = load_lesson("gallery")

    def make(exercise_id: str, **overrides):
        spec = lesson.exercise(exercise_id)
        if overrides:
            spec = type(spec).model_validate({**spec.model_dump(), **overrides})
        return build(spec)

    return make
