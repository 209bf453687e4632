"""Checks on answers given through ``ex.answer(...)``: clear errors instead of odd widget states."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .base import Result


def id_list(value: Any, known: Iterable[str], what: str, example: str) -> list[str]:
    """``value`` as a list of known ids, or a TypeError/ValueError that says what was expected."""
    known = list(known)
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple, set, frozenset)):
        raise TypeError(
            f"Answer with a list of {what} such as {example}, not {type(value).__name__}"
        )
    ids = list(value)
    for item in ids:
        if item not in known:
            raise ValueError(
                f"{item!r} is not one of the {what} here; choose from: {', '.join(map(str, known))}"
            )
    return ids


def id_mapping(value: Any, keys: Iterable[str], allowed: Iterable[Any], what: str) -> dict:
    """``value`` as {known key: allowed value}, or an error naming the bad key or value."""
    keys, allowed = list(keys), list(allowed)
    if not isinstance(value, dict):
        raise TypeError(f"Answer with a dict of {what}, not {type(value).__name__}")
    for key, chosen in value.items():
        if key not in keys:
            raise ValueError(f"{key!r} is not one of the {what} here; expected: {', '.join(keys)}")
        if chosen not in allowed:
            raise ValueError(
                f"{chosen!r} is not allowed for {key!r}; expected one of: "
                f"{', '.join(map(str, allowed))}"
            )
    return value


def set_choices(controls: dict[str, Any], value: Any, allowed: Iterable[Any], what: str) -> None:
    """Set one control per key from a {key: choice} answer (``None`` clears them all)."""
    chosen = id_mapping({} if value is None else value, controls, [*allowed, None], what)
    for key, control in controls.items():
        control.value = chosen.get(key)


def current_choices(controls: dict[str, Any]) -> dict[str, Any] | None:
    """The choices made so far, or None when there are none."""
    return {key: c.value for key, c in controls.items() if c.value is not None} or None


def unfinished(
    answer: dict, controls: dict, one: str, many: str, names: dict[str, str] | None = None
) -> Result | None:
    """A "not finished" result when some controls are still unset, in words that agree with
    the count: "1 line still to rate", "2 lines still to rate", and which, where ``names``
    (control id -> its label) says (walkthrough 65: "1 line still to rate" did not say which)."""
    left = len(controls) - len(answer)
    if not left:
        return None
    still = one if left == 1 else many
    which = [names[key] for key in controls if key not in answer] if names else []
    said = f": {', '.join(which)}" if which else ""
    return Result(correct=None, answered=False, feedback=f"Not finished: {left} {still}{said}.")
