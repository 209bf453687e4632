"""A stricter YAML loader for lesson files: what PyYAML's safe loader lets slip.

- A key given twice in one mapping is an error naming both lines (PyYAML keeps the last one
  silently, so ``correct: a`` then ``correct: b`` quietly meant b).
- Aliases (``*name``) are refused: lesson files never need them, and a few hundred bytes of
  nested aliases expand to gigabytes ("billion laughs").
- Files have a size limit, checked before they are read.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.constructor import ConstructorError
from yaml.events import AliasEvent

MAX_BYTES = 1_000_000  # the longest lesson is about 20 kB


class StrictLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` without duplicate keys or aliases."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise ConstructorError(
                None,
                None,
                f"aliases (*{event.anchor[:40]}) are not allowed in lesson files; "
                "write the value out",
                event.start_mark,
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.get(key)
            except TypeError:  # an unhashable key: the base class reports it
                continue
            line = key_node.start_mark.line + 1
            if first is not None:
                raise ConstructorError(
                    None,
                    None,
                    f"the key {brief(key)} is given twice (lines {first} and {line}); keep one",
                    key_node.start_mark,
                )
            seen[key] = line
        return super().construct_mapping(node, deep)


def load(path: Path) -> object:
    """The YAML in ``path``; raises yaml.YAMLError, UnicodeDecodeError or ValueError."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"too large for a lesson file ({size:,} bytes; at most {MAX_BYTES:,})")
    text = path.read_text(encoding="utf-8")
    try:
        return yaml.load(text, Loader=StrictLoader)  # noqa: S506 (a SafeLoader subclass)
    except RecursionError:
        raise ValueError("nested too deeply to be a lesson file") from None
    except ValueError as error:  # Python refuses to read an integer of over 4,300 digits
        if "digits" not in str(error):
            raise
        raise ValueError("a number in it is too long to read (over 4,300 digits)") from None


def brief(value: object, limit: int = 40) -> str:
    """A short rendering of a value for a message, never built from a huge repr."""
    if isinstance(value, str):
        return repr(value if len(value) <= limit else value[:limit] + "…")
    if isinstance(value, (int, float, bool)) or value is None:
        text = str(value) if not isinstance(value, int) or abs(value) < 10**40 else "a huge number"
        return text
    return type(value).__name__
