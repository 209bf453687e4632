"""solutions -> exercises generation: regions, markers, errors, and no drift in the repo."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from coachlab.notebook_build import (
    PLACEHOLDER,
    NotebookBuildError,
    clear_solutions,
    exercise_notebook,
    exercise_path,
    keep_checked_outputs,
    main,
)

ROOT = Path(__file__).resolve().parents[2]
SOLUTIONS = sorted((ROOT / "solutions").glob("*_solutions.ipynb"))


def test_solution_region_becomes_the_placeholder():
    source = 'x = 1\n### BEGIN SOLUTION\nex.answer("b")\n### END SOLUTION\nex.submit()'
    assert clear_solutions(source, "nb") == f"x = 1\n{PLACEHOLDER}\nex.submit()"


def test_indentation_is_kept():
    source = "if True:\n    ### BEGIN SOLUTION\n    y = 2\n    ### END SOLUTION\n    pass"
    assert clear_solutions(source, "nb") == f"if True:\n    {PLACEHOLDER}\n    pass"


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("### BEGIN SOLUTION\nx = 1", "line 1: ### BEGIN SOLUTION is never closed"),
        (
            "### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION",
            "line 2: ### BEGIN SOLUTION inside the region opened on line 1",
        ),
        ("x = 1\n### END SOLUTION", "line 2: ### END SOLUTION without a ### BEGIN SOLUTION"),
    ],
)
def test_broken_regions_are_hard_errors(source, problem):
    with pytest.raises(NotebookBuildError, match=re.escape(problem)):
        clear_solutions(source, "demo.ipynb, cell 3")


def test_markers_in_markdown_are_refused():
    notebook = new_notebook(cells=[new_markdown_cell("### BEGIN SOLUTION\nsecret")])
    with pytest.raises(
        NotebookBuildError, match=re.escape("demo.ipynb, cell 0: solution markers belong")
    ):
        exercise_notebook(notebook, "demo.ipynb")


def test_exercise_version_drops_answers_markers_outputs_and_solution_only_cells():
    checked = new_code_cell(
        '# NBVAL_CHECK_OUTPUT\n### BEGIN SOLUTION\nex.answer("b")\n### END SOLUTION\nex.submit()',
        execution_count=3,
        outputs=[new_output("execute_result", {"text/plain": "✔ Correct."}, execution_count=3)],
    )
    banner = new_markdown_cell("Answers filled in", metadata={"tags": ["solutions-only"]})
    solution = new_notebook(cells=[banner, checked])
    exercise = exercise_notebook(solution, "demo_solutions.ipynb")
    assert len(exercise.cells) == 1
    cell = exercise.cells[0]
    assert cell.source == f"{PLACEHOLDER}\nex.submit()"
    assert cell.outputs == [] and cell.execution_count is None
    assert exercise.metadata.coachlab.generated_from == "solutions/demo_solutions.ipynb"
    assert len(solution.cells) == 2 and "ex.answer" in solution.cells[1].source  # untouched


def test_only_checked_cells_keep_plain_text_output():
    widget = {"application/vnd.jupyter.widget-view+json": {"model_id": "abc"}, "text/plain": "V"}
    checked = new_code_cell(
        "# NBVAL_CHECK_OUTPUT\nx",
        execution_count=2,
        outputs=[
            new_output("display_data", widget),
            new_output(
                "execute_result", {"text/plain": "1", "text/html": "<b>1</b>"}, execution_count=2
            ),
            new_output("stream", name="stderr", text="warning"),
        ],
    )
    plain = new_code_cell(
        "y", execution_count=3, outputs=[new_output("stream", name="stdout", text="2")]
    )
    plain.metadata["execution"] = {"iopub.status.idle": "2026-01-01"}
    notebook = keep_checked_outputs(new_notebook(cells=[checked, plain], metadata={"widgets": {}}))
    assert [o.output_type for o in checked.outputs] == ["execute_result"]
    assert checked.outputs[0].data == {"text/plain": "1"} and checked.execution_count == 2
    assert (
        plain.outputs == [] and plain.execution_count is None and "execution" not in plain.metadata
    )
    assert "widgets" not in notebook.metadata


@pytest.mark.parametrize("solution", SOLUTIONS, ids=lambda p: p.name)
def test_checked_in_exercises_match_a_fresh_generation(solution):
    expected = nbformat.writes(exercise_notebook(nbformat.read(solution, 4), solution.name)) + "\n"
    target = exercise_path(solution)
    assert target.exists(), f"{target.name} is missing: run `make notebooks`"
    assert target.read_text(encoding="utf-8") == expected, (
        f"{target.relative_to(ROOT)} differs from what {solution.name} generates: "
        "run `make notebooks` (and never edit exercises/ by hand)"
    )


def test_check_mode_reports_drift_without_writing(tmp_path, capsys):
    (tmp_path / "solutions").mkdir()
    source = new_notebook(cells=[new_code_cell("### BEGIN SOLUTION\nx = 1\n### END SOLUTION")])
    nbformat.write(source, tmp_path / "solutions" / "05_demo_solutions.ipynb")
    assert main(["--root", str(tmp_path), "--check", "--no-execute"]) == 1
    assert "would change: exercises/05_demo_exercises.ipynb" in capsys.readouterr().out
    assert not (tmp_path / "exercises").exists()
    assert main(["--root", str(tmp_path), "--no-execute"]) == 0
    assert main(["--root", str(tmp_path), "--check", "--no-execute"]) == 0  # reruns change nothing


@pytest.mark.parametrize("solution", SOLUTIONS, ids=lambda p: p.name)
def test_exercise_placeholders_run_and_say_not_answered_yet(solution):
    from coachlab.notebook_build import execute

    notebook = execute(exercise_path(solution))
    placeholders = [cell for cell in notebook.cells if PLACEHOLDER in cell.source]
    assert placeholders, "a practice notebook without anything to answer"
    for cell in placeholders:
        text = "".join(
            o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in cell.outputs
        )
        assert "Not answered yet" in text, f"{cell.source!r} printed {text!r}"


def test_lessons_fold_their_code_and_the_gallery_folds_its_checks():
    """Issue 12: learners see text and exercises, not code; nbval still runs every cell."""
    import nbformat

    from coachlab.notebook_build import is_checked

    root = Path(__file__).resolve().parents[2]
    lesson = nbformat.read(root / "notebooks" / "01_partnership.ipynb", as_version=4)
    code = [c for c in lesson.cells if c.cell_type == "code"]
    assert code and all(c.metadata["jupyter"]["source_hidden"] for c in code)
    gallery = nbformat.read(root / "notebooks" / "gallery.ipynb", as_version=4)
    for cell in (c for c in gallery.cells if c.cell_type == "code"):
        folded = cell.metadata.get("jupyter", {})
        assert bool(folded.get("outputs_hidden")) == is_checked(cell)
    practice = nbformat.read(root / "exercises" / "01_partnership_exercises.ipynb", as_version=4)
    typed = [c for c in practice.cells if "YOUR ANSWER HERE" in c.source]
    assert typed and all("jupyter" not in c.metadata for c in typed)  # where a learner types
