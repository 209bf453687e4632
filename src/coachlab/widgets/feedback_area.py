"""Where an exercise's feedback appears: a live region that screen readers announce.

An ``HTML`` widget replaces its whole content on each change, so a ``role="status"`` inside it
arrives already filled and is often never announced. This one (``web/feedback.js``) keeps one
live region from the start, empty, and changes its text in place: the verdict and the first
sentence are announced once per check; the rest is shown beside it, outside the live region.
All text is set as text in the browser; ``value`` is the same feedback as escaped HTML.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

import anywidget
import traitlets

from .choices import WEB

if TYPE_CHECKING:
    from .base import Result

FIRST_SENTENCE = re.compile(r"(.+?[.!?…][\"”’)\]]*)(?=\s|$)")  # closing quotes stay with it


class Feedback(anywidget.AnyWidget):
    """Verdict, feedback and a note; ``show`` a result after a check, ``clear`` when stale."""

    _esm = WEB / "feedback.js"

    state = traitlets.Unicode(
        "",
        help="correct, incorrect, noted, uncertain or unanswered (the colour beside the symbol "
        "and word)",
    ).tag(sync=True)
    verdict = traitlets.Unicode("", help="symbol and word, e.g. '✔ Correct.'").tag(sync=True)
    lead = traitlets.Unicode("", help="the first sentence: announced with the verdict").tag(
        sync=True
    )
    rest = traitlets.Unicode("", help="the rest of the feedback; lines split by newlines").tag(
        sync=True
    )
    note = traitlets.Unicode("", help="a line under it (when a remembered answer is shown)").tag(
        sync=True
    )
    stale = traitlets.Unicode(
        "", help="said when the learner types in the box after a check (shown by the browser)"
    ).tag(sync=True)
    checks = traitlets.Int(0, help="counts the checks: each one is announced, even unchanged").tag(
        sync=True
    )

    def show(self, result: Result, note: str = "", announce: bool = True) -> None:
        """Show ``result``; ``announce`` for a check, not for an answer put back on reopening."""
        with self.hold_sync():
            self.state, self.verdict, self.lead, self.rest = parts(result)
            self.note = note
            if announce:
                self.checks += 1

    def clear(self) -> None:
        """The answer changed after a check: the old verdict goes rather than mislead."""
        with self.hold_sync():
            self.state = self.verdict = self.lead = self.rest = self.note = ""

    @property
    def value(self) -> str:
        """What is shown, as escaped HTML ("" when empty): what tests read."""
        return markup(self.state, self.verdict, self.lead, self.rest, self.note)


def parts(result: Result) -> tuple[str, str, str, str]:
    """State, verdict, first sentence and the rest: the pieces the browser shows."""
    if not result.answered:
        return ("unanswered", "", *split_lead(result.message))
    # "? Hard to tell" is no "✎ Noted": its own (dashed, grey) edge, beside its own symbol
    state = (
        "uncertain"
        if result.uncertain
        else {True: "correct", False: "incorrect", None: "noted"}[result.correct]
    )
    return (state, f"{result.verdict}.", *split_lead(result.message))


def feedback_markup(result: Result) -> str:
    """A result as the escaped HTML the feedback area shows."""
    return markup(*parts(result))


def markup(state: str, verdict: str, lead: str, rest: str, note: str = "") -> str:
    if not state:
        return ""
    strong = f"<strong>{html.escape(verdict)}</strong> " if verdict else ""
    lines = html.escape(rest).replace("\n", "<br>")
    shown = (
        f'<div class="coachlab-verdict coachlab-{state}">'
        f'<span class="coachlab-announced">{strong}{html.escape(lead)}</span>'
        f'<span class="coachlab-rest">{lines}</span></div>'
    )
    return shown + (f'<p class="coachlab-restored">{html.escape(note)}</p>' if note else "")


def split_lead(message: str) -> tuple[str, str]:
    """The first sentence of ``message`` and the rest (which keeps its line breaks)."""
    first_line, newline, other_lines = message.partition("\n")
    found = FIRST_SENTENCE.match(first_line)
    lead = found.group(1) if found else first_line
    return lead, first_line[len(lead) :] + newline + other_lines
