"""Keep the published lessons as they were when JupyterLab saves them.

JupyterLab autosaves every open notebook, outputs and widget state included. For the lessons,
exercises and solutions, which are generated from content/ and tracked in git, that turned a
learner's session into local changes that make ``git pull`` refuse to update the workbook. A
learner's answers live in their journal, not in the notebook, so nothing of theirs is in those
outputs. This pre-save hook (set by ``make lab``) writes such a notebook back exactly as it is on
disk whenever its cells' text is unchanged; a notebook whose text was edited is saved as usual,
so an author's or a learner's own edits are never thrown away.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

import nbformat

GENERATED = frozenset({"notebooks", "exercises", "solutions"})


def keep_lessons_as_published(model: dict[str, Any], path: str, contents_manager: Any, **_) -> None:
    """Replace ``model``'s content with the file on disk when only outputs or metadata changed."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    parts = PurePosixPath(path.lstrip("/")).parts
    if len(parts) != 2 or parts[0] not in GENERATED:
        return
    on_disk = Path(contents_manager.root_dir, *parts)
    try:
        published = nbformat.read(on_disk, as_version=4)
    except (OSError, ValueError):  # new, unreadable or not a notebook: save what was sent
        return
    if _texts(published) == _texts(model["content"]):
        model["content"] = published


def _texts(notebook: dict[str, Any]) -> list[tuple[str, str]]:
    """Each cell's kind and text, however the source was split into lines."""
    return [
        (cell.get("cell_type", ""), _joined(cell.get("source", "")))
        for cell in notebook.get("cells", [])
    ]


def _joined(source: str | list[str]) -> str:
    return source if isinstance(source, str) else "".join(source)
