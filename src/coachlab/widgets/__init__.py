"""Exercise widgets: one module per kind, all on :class:`~coachlab.widgets.base.Exercise`."""

from __future__ import annotations

from typing import Any

from .base import Exercise, Result
from .categorize import Categorize
from .free_text import FreeText
from .multiple_select import MultipleSelect
from .order import Order
from .reflection import Reflection
from .scale import Scale
from .scenario import Scenario
from .single_choice import SingleChoice

KINDS: dict[str, type[Exercise]] = {
    cls.kind: cls
    for cls in (
        SingleChoice,
        MultipleSelect,
        Categorize,
        Order,
        Scale,
        FreeText,
        Scenario,
        Reflection,
    )
}


def build(spec: Any, lesson: str | None = None) -> Exercise:
    """The exercise widget for a validated spec from ``coachlab.content``; with ``lesson``
    (e.g. "01"), its answers are remembered in the learner's progress store."""
    try:
        cls = KINDS[spec.kind]
    except KeyError:
        raise ValueError(
            f"No widget for exercise kind {spec.kind!r}; known kinds: {', '.join(sorted(KINDS))}"
        ) from None
    return cls(spec, lesson)


__all__ = ["KINDS", "Exercise", "Result", "build"]
