"""The journal panel in "Start here": export the journal (files in their own folder, plus
one-click downloads that work in JupyterLab, Voila and Binder alike), export what the learner
chose to share for the room, and import a journal (into a fresh session).

Not named ``journal_panel.py``: ``coachlab.journal_panel`` is the function Start here calls, and
a submodule of that name, once imported, takes its place on the package, so a second Run All of
Start here called the module (facilitator walkthrough 64)."""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from .export import (
    NAMES,
    JournalError,
    default_folder,
    export_journal,
    import_journal,
    journal_texts,
)
from .plural import count
from .room_export import CHOICES_LABEL, export_room
from .room_export import FILE_NAME as ROOM_FILE
from .store import StoreError
from .where import folder_name, full_path
from .widgets.consent import LABEL as SHARE_LABEL
from .widgets.guard import GuardedButton, guarded, reason
from .widgets.style import stylesheet
from .widgets.unrun import display_with_note
from .widgets.upload import upload_button

MIME = {
    "json": "application/json",
    "md": "text/markdown",
    "html": "text/html",
    "ics": "text/calendar",
}
# The files worth keeping, in the order to click them, and what each is for; then the others.
KEEP = {
    "json": "all your answers; bring them back later with Import a journal",
    "ics": "your action plan's check-ins at 30, 60 and 90 days, for your calendar",
}
ALSO = {"html": "to read or print", "md": "plain text"}
NOTHING_TO_SEND = (
    f"Nothing to send yet: tick “{SHARE_LABEL}” under an answer you want the room to see, "
    "then press this button again. No file was written."
)
TAKEN_BACK = (
    "The room file from your earlier export was removed: you no longer share what was in it."
)
AUTO = widgets.Layout(width="auto")  # ipywidgets' fixed button width cuts longer labels


class JournalPanel:
    """Export and import of the learner's journal, and the room export, as one widget."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else default_folder()
        self.status = widgets.HTML()
        self.status.add_class("coachlab-journal-status")
        self.error_html = widgets.HTML()
        self.export_button = GuardedButton(
            self.export,
            self.error_html,
            description="Export my journal",
            icon="download",
            tooltip="Save your answers and reflections as files you can keep",
            layout=AUTO,
        )
        self.room_button = GuardedButton(
            self.export_for_room,
            self.error_html,
            description="Export what I shared for the room",
            icon="users",
            tooltip="Only the answers you ticked to share, and your choices if you include them",
            layout=AUTO,
        )
        # Consent for the choices, given where the file is made; read only when exporting.
        self.include_choices = widgets.Checkbox(
            value=False, description=CHOICES_LABEL, indent=False, layout=AUTO
        )
        self.include_choices.add_class("coachlab-include-choices")
        self.upload = upload_button(
            "Import a journal", "A coachlab-journal.json you exported before", layout=AUTO
        )
        self.upload.observe(guarded(self._uploaded, self.error_html), names="value")
        self.widget = widgets.VBox(
            [
                stylesheet(),
                widgets.HBox(
                    [self.export_button, self.upload, self.room_button],
                    layout=widgets.Layout(flex_flow="row wrap"),
                ),
                self.include_choices,
                self.status,
                self.error_html,
            ]
        )
        self.widget.add_class("coachlab-exercise")
        self.widget.add_class("coachlab-journal")

    def export(self) -> list[Path]:
        try:
            paths = export_journal(self.folder)
        except StoreError as problem:
            self._failed("Your journal", problem)
            return []
        except OSError as problem:  # the folder cannot be written: download it from here
            self._not_written(problem)
            return []
        by_kind = {path.suffix.lstrip("."): path.read_bytes() for path in paths}
        self.status.value = (
            f'<div role="status"><p>✔ Saved in the <code>{folder_name(self.folder)}</code> '
            "folder. To keep it on your laptop, click:</p>"
            f"{self._links(by_kind)}{full_path(self.folder)}</div>"
        )
        return paths

    def _not_written(self, problem: OSError) -> None:
        """A full or read-only disk: the files are made in memory and downloaded from here, so
        the journal is never out of reach (walkthrough 66 found no way to get it)."""
        texts = journal_texts()
        by_kind = {kind: text.encode("utf-8") for kind, text in texts.items()}
        self.status.value = (
            f'<div role="status"><p>⚠ Your journal could not be saved in the '
            f"<code>{folder_name(self.folder)}</code> folder: {html.escape(_why(problem))} "
            "Nothing is lost: download it straight from here instead. Click:</p>"
            f"{self._links(by_kind)}{full_path(self.folder)}</div>"
        )

    def _links(self, by_kind: dict[str, bytes]) -> str:
        """The download links, the files worth keeping first, then where they land."""
        keep = [
            f"<li>{self._download_link(kind, by_kind[kind])}: {html.escape(what)}</li>"
            for kind, what in KEEP.items()
            if kind in by_kind
        ]
        also = " · ".join(
            f"{self._download_link(kind, by_kind[kind])} ({html.escape(what)})"
            for kind, what in ALSO.items()
            if kind in by_kind
        )
        return f"<ol>{''.join(keep)}</ol><p>Also: {also}. Then check your Downloads folder.</p>"

    def export_for_room(self) -> Path | None:
        earlier = (self.folder / ROOM_FILE).exists()
        try:
            path = export_room(self.folder, choices=self.include_choices.value)
        except (OSError, StoreError) as problem:
            self._failed("What you shared", problem)
            return None
        if path is None:
            self._nothing_to_send(earlier)
            return None
        link = self._download_link("json", path.read_bytes(), path.name)
        choices = "your choices and " if self.include_choices.value else "none of your choices, "
        self.status.value = (
            f'<div role="status"><p>✔ Saved in the <code>{folder_name(self.folder)}</code> '
            f"folder as {html.escape(path.name)}: {choices}only the written answers you chose "
            f"to share, without your name. Click {link} to download it, "
            "then send that one file (not your journal) to your facilitator.</p>"
            f"{full_path(self.folder)}</div>"
        )
        return path

    def _nothing_to_send(self, removed_earlier: bool) -> None:
        """Say why no file was made (an empty one would look like something to send)."""
        said = NOTHING_TO_SEND + (f" {TAKEN_BACK}" if removed_earlier else "")
        self.status.value = f'<p role="status">{html.escape(said)}</p>'

    def import_bytes(self, name: str, content: bytes) -> int:
        try:
            added = import_journal(content)
        except (JournalError, StoreError) as problem:
            self.status.value = (
                f'<p role="status">✘ {html.escape(name)} could not be imported: '
                f"{html.escape(reason(problem))} Nothing from it was added.</p>"
            )
            return 0
        if added == 0:
            said = f"Nothing new in {html.escape(name)}: every answer in it is already here."
        else:
            got = count(added, "answer")
            said = f"Imported {got} from {html.escape(name)}. Reopen a lesson to see them."
        self.status.value = f'<p role="status">✔ {said}</p>'
        return added

    def _failed(self, what: str, problem: BaseException) -> None:
        """Why, in words without the learner's home folder; the full path folded under it."""
        self.status.value = (
            f'<div role="status"><p>✘ {what} could not be exported: '
            f"{html.escape(reason(problem))} Your answers are still in the workbook.</p>"
            f"{full_path(self.folder)}</div>"
        )

    def _uploaded(self, change: Any) -> None:
        for item in change["new"] or ():
            self.import_bytes(item["name"], bytes(item["content"]))
        if change["new"]:  # cleared, so choosing the same file again is seen (and says so)
            self.upload.value = ()

    @staticmethod
    def _download_link(kind: str, content: bytes, name: str = "") -> str:
        """A link that downloads ``content`` as the file ``name`` (the journal's own by kind)."""
        data = base64.b64encode(content).decode("ascii")
        name = html.escape(name or NAMES[kind], quote=True)
        return (
            f'<a download="{name}" href="data:{MIME[kind]};charset=utf-8;base64,{data}">'
            f"{html.escape(name)}</a>"
        )

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def _ipython_display_(self) -> None:
        """In a notebook: a note for a lesson reopened before it has run, then the widget."""
        display_with_note(self.widget)


def journal_panel(folder: Path | None = None) -> JournalPanel:
    """Show this in a notebook: export and import of the learner's journal."""
    return JournalPanel(folder)


def _why(problem: OSError) -> str:
    """The disk's reason in words ("No space left on device."), without the name of the
    temporary file the export was writing (".coachlab-journal.json.x1y2.tmp" means nothing)."""
    said = problem.strerror or reason(problem)
    return said if said.endswith(".") else f"{said}."
