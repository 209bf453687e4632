"""The one wrapper every widget callback runs through.

An exception in an ipywidgets callback otherwise goes to JupyterLab's log console, which
learners never open: the button just seems to do nothing. The guard shows a friendly message
inside the exercise, with the traceback folded away for whoever helps. Tests set
``COACHLAB_STRICT=1`` so that the same failure re-raises and fails the run.

The guard also runs callbacks one at a time. ipykernel 7 may handle two widget messages at
once, on two threads (seen in the browser: a Check press on one, the text it was for on the
other, interleaved mid-check), and an exercise's callbacks share its state.
"""

from __future__ import annotations

import functools
import html
import os
import threading
import traceback
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ..where import hide_paths, last_part

HEADLINE = "⚠ Something went wrong."
MARK = "coachlab-guard-error"  # the guard's own message; other notes in the area are not its own
ONE_AT_A_TIME = threading.RLock()  # re-entrant: a callback may set a value another observes
FRIENDLY = (
    "The problem is in the workbook, not in your answer, which is still there. "
    "Try again, or show this message to your facilitator."
)

INTERRUPTED = (
    "⏹ Stopped: the kernel was interrupted while this ran, so it did not finish. Your answer is "
    "still there: press the button again."
)


def strict_mode() -> bool:
    """True when failures must re-raise (``COACHLAB_STRICT`` set to anything but 0/false)."""
    return os.environ.get("COACHLAB_STRICT", "").strip().lower() not in ("", "0", "false", "no")


def guarded(callback: Callable[..., Any], error_area: widgets.HTML) -> Callable[..., Any]:
    """Wrap ``callback`` so a failure is shown in ``error_area`` (or re-raised in strict mode)."""

    @functools.wraps(callback)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            with ONE_AT_A_TIME:
                result = callback(*args, **kwargs)
        except KeyboardInterrupt:  # the ■ button pressed mid-check: not a fault, say so
            if strict_mode():
                raise
            error_area.value = f'<div class="{MARK}" role="status">{html.escape(INTERRUPTED)}</div>'
            return None
        except Exception as error:
            if strict_mode():
                raise
            error_area.value = error_markup(error)
            return None
        if MARK in error_area.value:  # a success clears the guard's message, never a note the
            error_area.value = ""  # callback itself left (memory.py's "⚠ Not saved")
        return result

    return run


def error_markup(error: BaseException) -> str:
    """The friendly message and why, with the escaped traceback in a collapsed ``<details>``."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return (
        f'<div class="{MARK}" role="alert"><strong>{HEADLINE}</strong> '
        f'<span class="coachlab-why">Why: {html.escape(reason(error))}</span> '
        f"{html.escape(FRIENDLY)}<details><summary>Technical details</summary>"
        f"<pre>{html.escape(trace)}</pre></details></div>"
    )


def reason(error: BaseException, limit: int = 300) -> str:
    """The error's own words, first line only and bounded. A disk error names its file by its
    own name: the absolute path (the learner's home folder) stays in the folded traceback."""
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror + (f" ({last_part(str(error.filename))})" if error.filename else "")
    else:
        lines = str(error).strip().splitlines()
        text = hide_paths(lines[0]) if lines else type(error).__name__
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text if text.endswith((".", "!", "?", "…")) else text + "."


class GuardedButton(widgets.Button):
    """A Button whose action always runs through the guard.

    Handlers added with ``on_click`` go through ipywidgets' dispatcher, which catches their
    exceptions (logging them, or printing them through IPython), so strict mode could not
    fail a plain pytest run. The action here is called directly instead.

    Its ``icon`` is drawn by our stylesheet (``style.py``) with an empty text alternative:
    ipywidgets' Font Awesome glyph would end up in the button's accessible name (" Check answer").
    """

    def __init__(
        self, action: Callable[[], Any], error_area: widgets.HTML, icon: str = "", **kwargs: Any
    ):
        super().__init__(**kwargs)
        if icon:
            self.add_class(f"coachlab-icon-{icon}")
        self._action = guarded(action, error_area)

    def click(self) -> None:
        """What a click in the browser (or a test) does: run the guarded action."""
        self._action()
        super().click()
