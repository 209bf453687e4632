"""The text box free-text and reflection exercises share."""

from __future__ import annotations

import ipywidgets as widgets


def text_area(placeholder: str, label: str) -> widgets.Textarea:
    """A full-width, labelled box. Its value is learner text: escape it before any HTML."""
    return widgets.Textarea(
        value="",
        placeholder=placeholder,
        description=label,
        rows=4,
        style={"description_width": "initial"},
        layout=widgets.Layout(width="100%"),
    )


def word_count(text: str) -> int:
    return len(text.split())
