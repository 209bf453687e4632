"""A learner's stable, random display order for options and replies.

A key that sits at the same place for everyone (or that moves on every restart) can be learnt
without reading. Each learner gets an id, kept next to their progress in ``store.home()``, and
the order of an exercise's options is drawn from that id and the exercise: the same learner sees
the same order after a restart; two learners usually see different ones. Answers are always
stored by option id, never by position, so the order can change without losing anything.
"""

from __future__ import annotations

import os
import random
import secrets
from collections.abc import Sequence
from pathlib import Path

from .store import home

FILE_NAME = "learner-id"
_FALLBACK = secrets.token_hex(8)  # when home() cannot be written: stable for this process


def learner_id(directory: Path | None = None) -> str:
    """The learner's id: read from ``learner-id`` in their home, created there the first time."""
    path = (directory or home()) / FILE_NAME
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    if len(text) == 16 and all(c in "0123456789abcdef" for c in text):
        return text
    fresh = secrets.token_hex(8)
    temporary = path.with_name(f"{FILE_NAME}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(fresh + "\n", encoding="utf-8")
        if path.exists():  # damaged: replace it
            os.replace(temporary, path)
            return fresh
        os.link(temporary, path)  # atomic and never overwrites: two kernels agree on one id
    except FileExistsError:
        return learner_id(directory)  # another kernel was first; its id is the learner's
    except OSError:
        return _FALLBACK
    finally:
        temporary.unlink(missing_ok=True)
    return fresh


def display_order(ids: Sequence[str], *key: str) -> list[str]:
    """``ids`` in this learner's order for ``key`` (e.g. lesson, exercise, node)."""
    mixed = list(ids)
    seed = ":".join((learner_id(), *key))
    random.Random(seed).shuffle(mixed)  # noqa: S311 (an order to show, not a secret)
    return mixed
