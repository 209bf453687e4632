"""solutions -> exercises generation: regions, markers, errors, and no drift in the repo."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from coachlab.notebook_build import (
    SOLUTIONS_ONLY,
    NotebookBuildError,
    exercise_notebook,
    exercise_path,
    hide_code,
    keep_checked_outputs,
    main,
)

ROOT = Path(__file__).resolve().parents[2]
SOLUTIONS = sorted((ROOT / "solutions").glob("*_solutions.ipynb"))


def worked_answer(source: str = 'ex.answer("b")\nex.submit()', **kwargs):
    """A solutions-only cell, as in solutions/: the worked answer, checked by nbval."""
    cell = new_code_cell(f"# NBVAL_CHECK_OUTPUT\n{source}", **kwargs)
    cell.metadata["tags"] = [SOLUTIONS_ONLY]
    return cell


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        (new_code_cell('ex.answer("b")\nex.submit()'), "'.answer('"),
        (new_code_cell("### BEGIN SOLUTION\nx = 1\n### END SOLUTION"), "'### BEGIN SOLUTION'"),
        (new_markdown_cell('Or type `ex.answer("a")` in the cell below.'), "'.answer('"),
    ],
)
def test_an_answer_that_would_reach_the_learner_is_a_hard_error(cell, found):
    notebook = new_notebook(cells=[new_code_cell("import coachlab"), cell])
    with pytest.raises(NotebookBuildError, match=re.escape(f"demo.ipynb, cell 1: {found}")):
        exercise_notebook(notebook, "demo.ipynb")


def test_exercise_version_keeps_the_widget_and_drops_answers_markers_and_outputs():
    shown = new_code_cell('ex = coachlab.exercise("01", "x")\nex', execution_count=2)
    checked = worked_answer(
        execution_count=3,
        outputs=[new_output("execute_result", {"text/plain": "✔ Correct."}, execution_count=3)],
    )
    banner = new_markdown_cell("Answers filled in", metadata={"tags": [SOLUTIONS_ONLY]})
    solution = new_notebook(cells=[banner, shown, checked])
    exercise = exercise_notebook(solution, "demo_solutions.ipynb")
    assert [cell.source for cell in exercise.cells] == [shown.source]
    cell = exercise.cells[0]
    assert cell.outputs == [] and cell.execution_count is None
    assert cell.metadata["jupyter"] == {"source_hidden": True}  # no code in a learner's way
    assert exercise.metadata.coachlab.generated_from == "solutions/demo_solutions.ipynb"
    assert len(solution.cells) == 3 and "ex.answer" in solution.cells[2].source  # untouched


def test_solutions_fold_their_code_and_the_repeated_feedback():
    shown = new_code_cell('ex = coachlab.exercise("01", "x")\nex')
    checked = worked_answer()
    hide_code(new_notebook(cells=[shown, checked]), everything=True)
    assert shown.metadata["jupyter"] == {"source_hidden": True}  # the widget stays in view
    assert checked.metadata["jupyter"] == {"source_hidden": True, "outputs_hidden": True}


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
    source = new_notebook(cells=[new_code_cell("x = 1"), worked_answer("x")])
    nbformat.write(source, tmp_path / "solutions" / "05_demo_solutions.ipynb")
    assert main(["--root", str(tmp_path), "--check", "--no-execute"]) == 1
    assert "would change: exercises/05_demo_exercises.ipynb" in capsys.readouterr().out
    assert not (tmp_path / "exercises").exists()
    assert main(["--root", str(tmp_path), "--no-execute"]) == 0
    assert main(["--root", str(tmp_path), "--check", "--no-execute"]) == 0  # reruns change nothing


@pytest.mark.parametrize("solution", SOLUTIONS, ids=lambda p: p.name)
def test_practice_is_answered_in_widgets_and_solutions_show_worked_answers(solution):
    """Issue 12: a practice notebook shows each exercise's widget and no code to type; its
    solutions show the same widgets answered, with feedback that nbval checks."""
    from coachlab.notebook_build import execute, is_checked

    practice = execute(exercise_path(solution))
    code = [cell for cell in practice.cells if cell.cell_type == "code"]
    assert all(cell.metadata["jupyter"]["source_hidden"] for cell in code)
    widgets = [
        cell
        for cell in code
        if any(
            "application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in cell.outputs
        )
    ]
    assert len(widgets) >= 3, "a practice notebook without exercises to click"
    answers = [cell for cell in nbformat.read(solution, 4).cells if is_checked(cell)]
    assert len(answers) == len(widgets)
    for cell in answers:
        assert (
            SOLUTIONS_ONLY in cell.metadata["tags"] and cell.metadata["jupyter"]["outputs_hidden"]
        )
        (output,) = cell.outputs
        assert output["data"]["text/plain"].startswith(("✔", "✎")), cell.source


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
