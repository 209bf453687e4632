"""Run All twice in one kernel, as a room does when the facilitator says "Run All" to a tab
that already ran (facilitator walkthrough 64: Start here's second run called a module, not the
journal panel, and showed a TypeError instead of the export buttons)."""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).parents[2] / "notebooks"


def test_the_journal_panel_is_the_function_however_often_it_is_reached():
    import coachlab
    import coachlab.journal_controls  # imported: no submodule takes the function's name

    assert callable(coachlab.journal_panel) and coachlab.journal_panel.__name__ == "journal_panel"


@pytest.mark.parametrize("name", ["00_start_here", "facilitator_dashboard"])
def test_a_notebook_runs_twice_in_one_kernel(name, tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    again = copy.deepcopy(notebook.cells)
    for number, cell in enumerate(again):
        cell["id"] = f"again-{number}"  # cell ids stay unique, as in a notebook run twice
    twice = nbformat.v4.new_notebook(cells=[*notebook.cells, *again])
    twice.metadata = notebook.metadata
    client = NotebookClient(twice, timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError on the first cell that fails
    errors = [
        output
        for cell in twice.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert not errors
