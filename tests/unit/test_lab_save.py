"""JupyterLab's saves leave the published lessons as they are on disk when only outputs or
metadata changed (a session must not block `git pull`), and keep any edit to a cell's text."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from jupyter_server.services.contents.filemanager import FileContentsManager

ROOT = Path(__file__).resolve().parents[2]
LESSON = "notebooks/00_start_here.ipynb"


@pytest.fixture
def contents(tmp_path):
    for folder in ("notebooks", "exercises", "mine"):
        (tmp_path / folder).mkdir()
    shutil.copy(ROOT / LESSON, tmp_path / LESSON)
    shutil.copy(ROOT / LESSON, tmp_path / "mine" / "copy.ipynb")
    return FileContentsManager(
        root_dir=str(tmp_path),
        pre_save_hook="coachlab.lab_save.keep_lessons_as_published",
    )


def _after_a_session(manager, path):
    """The notebook as JupyterLab would send it back: outputs, counts and metadata added."""
    model = manager.get(path)
    for number, cell in enumerate(model["content"].cells, 1):
        if cell.cell_type == "code":
            cell.outputs = [nbformat.v4.new_output("stream", text="ran\n")]
            cell.execution_count = number
    model["content"].metadata["widgets"] = {"state": {"x": 1}}
    return model


def test_a_session_leaves_a_published_lesson_byte_for_byte(contents):
    before = Path(contents.root_dir, LESSON).read_bytes()
    contents.save(_after_a_session(contents, LESSON), LESSON)
    assert Path(contents.root_dir, LESSON).read_bytes() == before


def test_an_edited_cell_is_saved_with_the_edit(contents):
    model = _after_a_session(contents, LESSON)
    model["content"].cells[0].source += "\nMy own note."
    contents.save(model, LESSON)
    saved = nbformat.read(Path(contents.root_dir, LESSON), as_version=4)
    assert saved.cells[0].source.endswith("My own note.")


def test_notebooks_outside_the_published_folders_save_as_usual(contents):
    path = "mine/copy.ipynb"
    contents.save(_after_a_session(contents, path), path)
    saved = nbformat.read(Path(contents.root_dir, path), as_version=4)
    assert "widgets" in saved.metadata
    assert any(cell.get("outputs") for cell in saved.cells if cell.cell_type == "code")


def test_a_new_notebook_in_a_published_folder_is_saved(contents):
    path = "exercises/new.ipynb"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Hello")])
    contents.save({"type": "notebook", "format": "json", "content": notebook}, path)
    assert nbformat.read(Path(contents.root_dir, path), as_version=4).cells[0].source == "Hello"


def test_make_lab_and_the_browser_tests_use_the_hook():
    hook = "--ContentsManager.pre_save_hook=coachlab.lab_save.keep_lessons_as_published"
    assert hook in (ROOT / "Makefile").read_text(encoding="utf-8")
    assert hook in (ROOT / "tests" / "browser" / "conftest.py").read_text(encoding="utf-8")
