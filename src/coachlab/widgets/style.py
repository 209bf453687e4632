"""The few style rules ipywidgets' defaults get wrong for lesson text, scoped to exercises.

ipywidgets gives each radio label a fixed height, so a long option wraps onto the next one.
Colours are from the Okabe-Ito palette (safe for colour-blind readers) and only ever accompany
the verdict's symbol and word, never replace them.
"""

from __future__ import annotations

import ipywidgets as widgets

from .unrun import HIDE_NOTE

CSS = """
.coachlab-exercise .widget-radio-box label {
  height: auto; line-height: 1.45; display: flex; align-items: flex-start;
  gap: 0.5em; padding: 3px 0;
}
.coachlab-exercise .widget-radio-box input {
  order: -1; height: auto; margin: 0.25em 0 0 1px; flex: none;
}
.coachlab-exercise .coachlab-verdict {
  padding: 0.35em 0.7em; border-left: 4px solid; line-height: 1.45;
}
.coachlab-exercise .coachlab-correct { border-color: #0072B2; }
.coachlab-exercise .coachlab-incorrect { border-color: #D55E00; }
.coachlab-exercise .coachlab-noted { border-color: #009E73; }
.coachlab-exercise .coachlab-unanswered { border-color: #E69F00; }
.coachlab-exercise .coachlab-error details pre { white-space: pre-wrap; font-size: 0.85em; }
.coachlab-exercise .widget-html-content { line-height: 1.45; }
.coachlab-exercise .widget-textarea { flex-wrap: wrap; width: 100%; box-sizing: border-box; }
.coachlab-exercise .widget-textarea textarea {
  font-family: inherit; font-size: inherit; box-sizing: border-box; max-width: 100%;
}
.coachlab-exercise .widget-textarea label { width: 100%; }
.coachlab-exercise .coachlab-share-hint { margin: 0 0 0.4em 0; font-size: 0.9em; }
.coachlab-exercise .widget-checkbox { width: auto; }
.coachlab-order .widget-hbox { align-items: center; }
.coachlab-order .widget-hbox p, .coachlab-categorize p { margin: 0.3em 0 0 0; }
.coachlab-scenario .coachlab-choice { white-space: normal; text-align: left; padding: 0.3em 0.8em; }
"""


def stylesheet() -> widgets.HTML:
    """A hidden widget carrying the rules (constant text: nothing from content or learners);
    live, it also hides the note shown for a lesson that has not run (see unrun.py)."""
    sheet = widgets.HTML(f"<style>{CSS}{HIDE_NOTE}</style>", layout=widgets.Layout(display="none"))
    sheet.add_class("coachlab-style")
    return sheet
