"""The upload button the journal panel and the dashboard share."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets


def upload_button(
    description: str, tooltip: str, multiple: bool = False, **kwargs: Any
) -> widgets.FileUpload:
    """A FileUpload for .json files, named by its words alone: no Font Awesome glyph in its
    accessible name (our stylesheet draws the icon) and a tooltip (else its title is "null")."""
    upload = widgets.FileUpload(
        accept=".json", multiple=multiple, description=description, tooltip=tooltip, icon="",
        **kwargs,
    )  # fmt: skip
    upload.add_class("coachlab-icon-upload")
    return upload
