"""What a lesson shows before it has run: a note saying how to show the exercises, never
"Error displaying widget: model not found".

JupyterLab saves a notebook with its widget outputs; reopened before the kernel has run them,
each one's model is gone and the widget manager prints that error. So every exercise is shown
as two outputs: a static note, whose own style hides the manager's error text (an output
marked ``jupyter-widgets`` with no element inside) and the one-line preview JupyterLab shows
of folded code, then the widget, whose live stylesheet
(style.py) hides the note. Run, the learner sees the exercise; not run, the note.
"""

from __future__ import annotations

from typing import Any

NOTE = (
    "<style>.jp-OutputArea-output.jupyter-widgets:not(:has(*)) { display: none; }"
    # and the folded code's one-line preview: a learner sees text and exercises, no code
    ".jp-Notebook:has(.coachlab-unrun) .jp-Cell-inputWrapper:has(.jp-InputPlaceholder) "
    "{ display: none; }</style>"
    '<p class="coachlab-unrun" role="note">▸ To show the exercises, run the lesson: '
    "<strong>Run ▸ Run All Cells</strong>.</p>"
)
HIDE_NOTE = ".jp-OutputArea-child:has(.coachlab-unrun), .coachlab-unrun { display: none; }"


def display_with_note(widget: Any) -> None:
    """Display ``widget`` after the note (constant text: nothing from content or learners)."""
    from IPython.display import HTML, display

    display(HTML(NOTE))
    display(widget)
