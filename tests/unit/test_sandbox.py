"""The gallery and solutions notebooks are sandboxes: nothing done there reaches the learner's
journal, progress or room export."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import coachlab
from coachlab.export import journal
from coachlab.room_export import room_export
from coachlab.store import default_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def learner(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(coachlab, "_SANDBOX", False)
    return tmp_path


def test_the_gallery_is_never_saved(learner):
    notes = coachlab.exercise("gallery", "reflection")
    assert notes.share is None  # nothing to share from a sandbox
    notes.answer("Next time I will ask what they think before I decide.")
    assert "not kept" in notes.submit().feedback
    assert default_store().events() == []


def test_after_sandbox_a_lesson_exercise_is_not_saved_either(learner):
    note = coachlab.sandbox()
    assert "never saved" in note.data
    ex = coachlab.exercise("01", "practice-joint-venture")
    ex.answer(ex.spec.options[0].id)
    ex.submit()
    assert default_store().events() == []


@pytest.mark.parametrize(
    "name", ["notebooks/gallery.ipynb", "solutions/01_partnership_solutions.ipynb"]
)
def test_running_a_sandbox_notebook_leaves_the_journal_untouched(name, learner, monkeypatch):
    mine = coachlab.exercise("01", "reflect-partnership")
    mine.answer("My own words about partnership, written by me and nobody else.")
    mine.submit()
    before = json.dumps(journal()), json.dumps(room_export(choices=True))
    notebook = nbformat.read(ROOT / name, as_version=4)
    NotebookClient(
        notebook, timeout=120, resources={"metadata": {"path": str(ROOT / name.split("/")[0])}}
    ).execute()
    assert (json.dumps(journal()), json.dumps(room_export(choices=True))) == before
