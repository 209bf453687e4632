"""The repository's shape: stored notebooks are clean, and every lesson has all its files."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from coachlab.content import declared_order
from coachlab.notebook_build import is_checked

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted(
    p for folder in ("notebooks", "solutions", "exercises") for p in (ROOT / folder).glob("*.ipynb")
)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_notebooks_are_stored_without_noisy_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert "widgets" not in notebook.metadata, "widget state saved: clear it (make notebooks)"
    for index, cell in enumerate(notebook.cells):
        where = f"{path.name}, cell {index}"
        assert "execution" not in cell.metadata, f"{where}: timing metadata stored"
        if cell.cell_type != "code":
            continue
        if not is_checked(cell):
            assert not cell.outputs and cell.execution_count is None, f"{where}: stored output"
            continue
        for output in cell.outputs:  # what nbval compares: plain text only
            assert output.output_type in ("stream", "execute_result"), where
            assert set(output.get("data", {"text/plain": ""})) == {"text/plain"}, where


def test_checked_outputs_exist_only_in_solutions_and_lessons():
    for path in (ROOT / "exercises").glob("*.ipynb"):
        notebook = nbformat.read(path, as_version=4)
        assert not any(is_checked(cell) for cell in notebook.cells), path.name


def test_declared_order_matches_files_on_disk():
    stems = declared_order()
    assert stems == sorted(stems), "lessons.yaml must list lessons in NN order"
    assert stems[0] == "00_start_here"
    on_disk = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    assert on_disk == stems, "notebooks/ and content/lessons.yaml disagree"
    practice = [s for s in stems if s != "00_start_here"]
    assert (
        sorted(p.stem.removesuffix("_solutions") for p in (ROOT / "solutions").glob("*.ipynb"))
        == practice
    )
    assert (
        sorted(p.stem.removesuffix("_exercises") for p in (ROOT / "exercises").glob("*.ipynb"))
        == practice
    )


def test_no_stray_notebooks():
    strays = [
        p
        for p in ROOT.rglob("*.ipynb")
        if ".venv" not in p.parts
        and "artifacts" not in p.parts
        and p.parent.name not in ("notebooks", "solutions", "exercises")
    ]
    assert not strays and not list(ROOT.rglob("Untitled*.ipynb")), strays
