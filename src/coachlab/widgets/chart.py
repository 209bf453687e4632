"""A chart as an ``<img>`` with its text alternative: ipywidgets' Image has no ``alt``, and a
chart a screen reader cannot read is a chart some learners never get."""

from __future__ import annotations

import base64
import html

import ipywidgets as widgets


class Chart(widgets.HTML):
    """A PNG shown at ``width`` (CSS) with ``alt`` text; ``png`` keeps the bytes (for tests)."""

    def __init__(self, width: str, **kwargs):
        super().__init__(**kwargs)
        self.width, self.png = width, b""
        self.add_class("coachlab-chart")

    def show(self, png: bytes, alt: str) -> None:
        """Draw ``png`` (b"" hides the chart) described by ``alt`` (escaped)."""
        self.png = png
        data = base64.b64encode(png).decode("ascii")
        self.value = (
            f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}" '
            f'style="width: {html.escape(self.width)}; max-width: 100%">'
            if png
            else ""
        )
        self.layout.display = None if png else "none"


def chart(png: bytes, alt: str, width: str) -> Chart:
    shown = Chart(width)
    shown.show(png, alt)
    return shown
