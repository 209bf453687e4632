"""The text box free-text and reflection exercises share."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets


def text_area(placeholder: str, label: str) -> widgets.Textarea:
    """A full-width, labelled box. Its value is learner text: escape it before any HTML.

    The text reaches the kernel when the learner leaves the box, which pressing a button does
    first, not at each keystroke: ipywidgets holds back keystrokes while the kernel is busy but
    sends a click at once, so on a slow kernel (Binder) a fast "Check" read half the text or
    lost its feedback to the rest arriving after it."""
    return widgets.Textarea(
        value="",
        continuous_update=False,
        placeholder=placeholder,
        description=label,
        rows=4,
        style={"description_width": "initial"},
        layout=widgets.Layout(width="100%"),
    )


def word_count(text: str) -> int:
    return len(text.split())


def set_text(area: widgets.Textarea, value: Any, what: str) -> None:
    """Put an answer given in code into the box (``None`` empties it)."""
    if value is not None and not isinstance(value, str):
        raise TypeError(f"Answer with {what} as text, not {type(value).__name__}")
    area.value = value or ""


def current_text(area: widgets.Textarea) -> str | None:
    """The text, or None when there is nothing but white space."""
    return area.value if area.value.strip() else None
