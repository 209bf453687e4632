"""The journal panel in "Start here": export (files next to the notebook, plus one-click
downloads that work in JupyterLab, Voila and Binder alike) and import (into a fresh session)."""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from .export import NAMES, JournalError, export_journal, import_journal
from .store import StoreError
from .widgets.guard import GuardedButton, guarded, reason
from .widgets.style import stylesheet

MIME = {
    "json": "application/json",
    "md": "text/markdown",
    "html": "text/html",
    "ics": "text/calendar",
}


class JournalPanel:
    """Export and import of the learner's journal, as one widget."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or Path.cwd()
        self.status = widgets.HTML()
        self.status.add_class("coachlab-journal-status")
        self.error_html = widgets.HTML()
        self.export_button = GuardedButton(
            self.export,
            self.error_html,
            description="Export my journal",
            icon="download",
            tooltip="Save your answers and reflections as files you can keep",
        )
        self.upload = widgets.FileUpload(
            accept=".json", multiple=False, description="Import a journal"
        )
        self.upload.observe(guarded(self._uploaded, self.error_html), names="value")
        self.widget = widgets.VBox(
            [
                stylesheet(),
                widgets.HBox([self.export_button, self.upload]),
                self.status,
                self.error_html,
            ]
        )
        self.widget.add_class("coachlab-exercise")
        self.widget.add_class("coachlab-journal")

    def export(self) -> list[Path]:
        try:
            paths = export_journal(self.folder)
        except (OSError, StoreError) as problem:
            self.status.value = (
                '<p role="status">✘ Your journal could not be exported: '
                f"{html.escape(reason(problem))} Your answers are still in the workbook.</p>"
            )
            return []
        links = " · ".join(self._download_link(path) for path in paths)
        self.status.value = (
            f'<p role="status">✔ Saved next to this notebook as '
            f"{html.escape(', '.join(p.name for p in paths))}. Download: {links}</p>"
        )
        return paths

    def import_bytes(self, name: str, content: bytes) -> int:
        try:
            added = import_journal(content)
        except (JournalError, StoreError) as problem:
            self.status.value = (
                f'<p role="status">✘ {html.escape(name)} could not be imported: '
                f"{html.escape(reason(problem))} Nothing from it was added.</p>"
            )
            return 0
        self.status.value = (
            f'<p role="status">✔ Imported {added} answer(s) from '
            f"{html.escape(name)}. Reopen a lesson to see them.</p>"
        )
        return added

    def _uploaded(self, change: Any) -> None:
        for item in change["new"] or ():
            self.import_bytes(item["name"], bytes(item["content"]))

    @staticmethod
    def _download_link(path: Path) -> str:
        kind = path.suffix.lstrip(".")
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        name = html.escape(NAMES[kind], quote=True)
        return (
            f'<a download="{name}" href="data:{MIME[kind]};charset=utf-8;base64,{data}">'
            f"{kind.upper()}</a>"
        )

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


def journal_panel(folder: Path | None = None) -> JournalPanel:
    """Show this in a notebook: export and import of the learner's journal."""
    return JournalPanel(folder)
