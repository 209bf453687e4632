"""The few style rules ipywidgets' defaults get wrong for lesson text, scoped to exercises.

The choice groups carry their own rules (``web/choices.css``). Colours are from the Okabe-Ito
palette (safe for colour-blind readers; its orange darkened to reach 3:1 against white) and
only ever accompany the verdict's symbol and word, never replace them.
"""

from __future__ import annotations

import ipywidgets as widgets

from .unrun import HIDE_NOTE

STOPPED = (
    "⚠ Stopped: the kernel was restarted or shut down, so this no longer responds. To use it "
    "again, in the menu: Run ▸ Run All Cells."
)
KEPT = " Your checked answers are kept in your journal."
ROOM_AGAIN = " Then add the room's files again."

CSS = """
.coachlab-exercise { padding: 4px 6px; }
.coachlab-exercise .widget-box { overflow: visible; }
.coachlab-exercise .coachlab-verdict {
  padding: 0.35em 0.7em; border-left: 4px solid; line-height: 1.45;
}
.coachlab-exercise .coachlab-correct { border-color: #0072B2; }
.coachlab-exercise .coachlab-incorrect { border-color: #D55E00; }
.coachlab-exercise .coachlab-noted { border-color: #009E73; }
.coachlab-exercise .coachlab-uncertain { border-color: #767676; border-left-style: dashed; }
.coachlab-exercise .coachlab-unanswered { border-color: #B36B00; }
.coachlab-exercise .coachlab-restored { margin: 0.3em 0 0 0; }
/* typed in after a check: the old verdict fades (its note says why in words) */
.coachlab-exercise .coachlab-stale { opacity: 0.65; }
.coachlab-exercise .coachlab-stale-note { margin: 0.3em 0 0 0; font-weight: bold; }
.coachlab-announced, .coachlab-rest { display: inline; }  /* one paragraph, as it reads */
.coachlab-exercise .coachlab-error details pre { white-space: pre-wrap; font-size: 0.85em; }
.coachlab-exercise .widget-html-content { line-height: 1.45; }
/* full width without ipywidgets' side margins, which pushed it 4 px past the exercise and drew a
   scrollbar under every text box (walkthrough 65) */
.coachlab-exercise .widget-textarea {
  flex-wrap: wrap; width: 100%; box-sizing: border-box; margin-left: 0; margin-right: 0;
}
/* an instruction wraps in a narrow window instead of being cut off (walkthrough 65) */
.coachlab-exercise .widget-label {
  white-space: normal; overflow: visible; height: auto; line-height: 1.45;
}
.coachlab-exercise .widget-textarea textarea {
  font-family: inherit; font-size: inherit; box-sizing: border-box; max-width: 100%;
}
.coachlab-exercise .widget-textarea label { width: 100%; }
.coachlab-exercise .coachlab-share-hint { margin: 0 0 0.4em 0; font-size: 0.9em; }
.coachlab-exercise .coachlab-checker-note { margin: 0.2em 0 0.4em 0; font-size: 0.9em; }
.coachlab-exercise .widget-checkbox { width: auto; }
.coachlab-order .widget-hbox { align-items: center; }
.coachlab-order .widget-hbox p { margin: 0.3em 0 0 0; }
.coachlab-scenario .coachlab-choice { white-space: normal; text-align: left; padding: 0.3em 0.8em; }
/* Focus: 2 px, 6.4:1 against white, outside the control; ipywidgets' own is 1 px at 2.2:1, so
   ours must win over its more specific rules. */
.coachlab-exercise button:focus-visible, .coachlab-exercise textarea:focus-visible,
.coachlab-exercise input:focus-visible {
  outline: 2px solid #0B57D0 !important; outline-offset: 2px !important;
}
/* Icons drawn here with an empty text alternative (after the slash): a button is named by its
   words alone. ipywidgets' Font Awesome glyphs would be read as part of the name. */
[class*="coachlab-icon-"]::before { display: inline-block; margin-right: 0.45em; }
.coachlab-icon-check::before { content: "\\2713" / ""; }
.coachlab-icon-arrow-up::before, .coachlab-icon-upload::before { content: "\\2191" / ""; }
.coachlab-icon-arrow-down::before, .coachlab-icon-download::before { content: "\\2193" / ""; }
.coachlab-icon-undo::before { content: "\\21BA" / ""; }
.coachlab-icon-refresh::before { content: "\\21BB" / ""; }
/* Download links look like links (JupyterLab's reset leaves them black and bare): underlined,
   6.4:1 against white, and a file name never broken in the middle. */
.coachlab-exercise .coachlab-journal-status a {
  color: #0B57D0; text-decoration: underline; white-space: nowrap;
}
/* The kernel restarted or stopped: every control is dead. ipywidgets marks each with a red
   broken-link icon and nothing else, and "Check answer" silently did nothing: say it in words,
   once, and fade the controls. */
.coachlab-exercise.jupyter-widgets-disconnected::before {
  content: "{STOPPED}{KEPT}";
  display: block; font-family: inherit; font-size: inherit; color: inherit; font-weight: bold;
  line-height: 1.45;
  padding: 0.35em 0.7em; margin-bottom: 0.4em; border: 2px dashed #767676;
}
.coachlab-dashboard.jupyter-widgets-disconnected::before { content: "{STOPPED}{ROOM_AGAIN}"; }
.coachlab-exercise .jupyter-widgets-disconnected::before { content: none; }
.coachlab-exercise.jupyter-widgets-disconnected .jupyter-button {
  opacity: 0.5; cursor: not-allowed;
}
/* Links in the lesson text are underlined, not told apart from the words by colour alone. */
body:has(.coachlab-style) .jp-RenderedMarkdown a { text-decoration: underline; }
"""
for _name, _words in {"STOPPED": STOPPED, "KEPT": KEPT, "ROOM_AGAIN": ROOM_AGAIN}.items():
    CSS = CSS.replace("{" + _name + "}", _words)


def stylesheet() -> widgets.HTML:
    """A hidden widget carrying the rules (constant text: nothing from content or learners);
    live, it also hides the note shown for a lesson that has not run (see unrun.py)."""
    sheet = widgets.HTML(f"<style>{CSS}{HIDE_NOTE}</style>", layout=widgets.Layout(display="none"))
    sheet.add_class("coachlab-style")
    return sheet
