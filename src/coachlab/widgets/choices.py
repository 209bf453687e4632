"""One group of choices, for single choice, multiple select, categorize rows and scale rows.

ipywidgets' RadioButtons and Checkbox cannot be named as a group: their label is a ``<label>``
tied to nothing, the radios share no ``name`` (each is its own Tab stop, with no "2 of 4"), and
JupyterLab takes the arrow keys for its notebook shortcuts. This control is native radios or
checkboxes in a named ``radiogroup``/``group`` (``web/choices.js``, a few lines on anywidget, no
build step): one Tab stop per group, arrow keys that move the selection, the states a screen
reader announces. The kernel side is plain traitlets, so tests and nbval drive it from Python.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anywidget
import traitlets

WEB = Path(__file__).with_name("web")


class Choices(anywidget.AnyWidget):
    """Radios (``multiple=False``, ``value`` one option's value or None) or checkboxes
    (``multiple=True``, ``value`` a tuple of the ticked values, in the order shown)."""

    _esm = WEB / "choices.js"
    _css = WEB / "choices.css"

    options = traitlets.Tuple(
        help="(text, value) pairs in the order shown; the text is set as text, never as HTML"
    ).tag(sync=True)
    value = traitlets.Any(None, allow_none=True, help="the chosen value(s)").tag(sync=True)
    multiple = traitlets.Bool(False, help="checkboxes (several answers) instead of radios").tag(
        sync=True
    )
    label = traitlets.Unicode(
        help="the group's accessible name: the question, the statement or the dimension"
    ).tag(sync=True)
    caption = traitlets.Unicode(
        "", help="shown above the options; when set, it names the group instead of label"
    ).tag(sync=True)
    horizontal = traitlets.Bool(False, help="options side by side (a scale, a row of groups)").tag(
        sync=True
    )

    def __init__(self, options: Any, label: str, **kwargs: Any):
        super().__init__(options=options, label=label, **kwargs)
        if "value" not in kwargs:
            self.value = () if self.multiple else None
        self.on_msg(self._picked)

    def _picked(self, _widget: Any, content: Any, _buffers: Any) -> None:
        """A click or arrow key in the browser, sent as a message (see choices.js for why). A
        pick that no longer fits (the options changed meanwhile) is dropped; what the exercise
        does with a pick runs through its guard (its observers)."""
        if isinstance(content, dict) and "picked" in content:
            try:
                self.value = content["picked"]
            except traitlets.TraitError:
                self.send_state("value")  # the browser shows what the kernel holds

    @property
    def values(self) -> list[Any]:
        """The options' values, in the order shown."""
        return [value for _text, value in self.options]

    @traitlets.validate("options")
    def _pairs(self, proposal: Any) -> tuple:
        return tuple((str(text), value) for text, value in proposal["value"])

    @traitlets.validate("value")
    def _known(self, proposal: Any) -> Any:
        value = proposal["value"]
        if self.multiple:
            chosen = set(value or ())
            unknown = chosen - set(self.values)
            if unknown:
                raise traitlets.TraitError(f"Not options here: {sorted(map(str, unknown))}")
            return tuple(v for v in self.values if v in chosen)
        if value is not None and value not in self.values:
            raise traitlets.TraitError(f"{value!r} is not an option here")
        return value
