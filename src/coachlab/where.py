"""Where a file went, said so a learner recognises it.

A long absolute path (``/home/jovyan/work/coachlab/my-journal``) reads as code to most
managers; the folder's own name is what they see in JupyterLab's file browser and in Start
here. The full path stays one click away, folded, for whoever helps them find it.
"""

from __future__ import annotations

import html
from pathlib import Path

SUMMARY = "Full path"


def folder_name(folder: Path | str) -> str:
    """The folder's own name ("my-journal"), escaped; the whole path when it has no name."""
    path = Path(folder)
    return html.escape(path.name or str(path.absolute()))


def full_path(folder: Path | str) -> str:
    """The folder's full path, escaped, in a collapsed ``<details>`` (block content: put it
    beside a paragraph, never inside one)."""
    shown = html.escape(str(Path(folder).absolute()))
    return (
        f'<details class="coachlab-full-path"><summary>{SUMMARY}</summary>'
        f"<code>{shown}</code></details>"
    )
