"""Where a file went, said so a learner recognizes it.

A long absolute path (``/home/jovyan/work/coachlab/my-journal``) reads as code to most
managers; the folder's own name is what they see in JupyterLab's file browser and in Start
here. The full path stays one click away, folded, for whoever helps them find it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

SUMMARY = "Full path"
# An absolute path inside a message: quoted (it may hold spaces); POSIX with two parts or more,
# where a folder's name may hold spaces (never the path of a URL: nothing word-like, ":" or "/"
# just before it); or Windows.
PART = r"""[^\s/'"()<>,;:]+"""
ABSOLUTE = re.compile(
    r"""(?<=')/[^'\n]+(?=')|(?<=")/[^"\n]+(?=")|"""
    rf"""(?<![\w:/.~-])/(?:{PART}(?: {PART})*/)+{PART}/?|\b[A-Za-z]:\\[^\s'"()<>,;]+"""
)


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


def hide_paths(text: str) -> str:
    """``text`` with each absolute path cut to its last part, the file or folder's own name:
    what a learner reads on screen (or a projector) should not spell out their home folder."""
    return ABSOLUTE.sub(lambda found: last_part(found.group()), text)


def last_part(path: str) -> str:
    """The last part of a POSIX or Windows path ("/a/b/progress.sqlite3" → "progress.sqlite3")."""
    trimmed = path.rstrip("/\\")
    return re.split(r"[\\/]", trimmed)[-1] or path
