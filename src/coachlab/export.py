"""The learner's journal, to take away and bring back: JSON (to import), Markdown and HTML (to
read). Binder forgets everything after ten idle minutes; this is how nothing is lost.

The JSON carries a ``schema_version`` and no export time, so exporting, importing into an empty
store and exporting again gives the same bytes.
"""

from __future__ import annotations

import html
import json
import os
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from .followup import to_ics
from .store import Event, Store, default_store

SCHEMA_VERSION = 1
FORMAT = "coachlab-journal"
MAX_BYTES = 1_000_000  # a journal is a few kilobytes; anything this large is not one
EVENT_FIELDS = {"at": str, "lesson": str, "exercise": str, "kind": str, "feedback": str}
NAMES = {
    "json": "coachlab-journal.json",
    "md": "coachlab-journal.md",
    "html": "coachlab-journal.html",
    "ics": "coachlab-action-plan.ics",  # only when the journal holds lesson 10's action plan
}


class JournalError(ValueError):
    """A file that is not a coachlab journal, with the reason."""


def journal(store: Store | None = None) -> dict[str, Any]:
    """Everything the learner submitted, oldest first, as plain data."""
    events = (store or default_store()).events()
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "events": [event.as_dict() for event in events],
    }


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def to_markdown(data: dict[str, Any]) -> str:
    lines = ["# My coachlab journal", ""]
    for lesson, exercises in _latest_by_lesson(data).items():
        lines += [f"## Lesson {lesson}", ""]
        for exercise, event in exercises.items():
            lines += [
                f"### {exercise} ({event['kind'].replace('_', ' ')})",
                "",
                f"*{event['at']}*",
                "",
                f"**My answer:** {_answer_text(event['answer'])}",
                "",
                f"**Feedback:** {event['feedback']}",
                "",
            ]
    if len(lines) == 2:
        lines += ["Nothing yet: answers appear here once you check them in a lesson.", ""]
    return "\n".join(lines)


def to_html(data: dict[str, Any]) -> str:
    """A standalone page; every value from the journal is escaped."""
    body = []
    for lesson, exercises in _latest_by_lesson(data).items():
        body.append(f"<h2>Lesson {html.escape(lesson)}</h2>")
        for exercise, event in exercises.items():
            answer = html.escape(_answer_text(event["answer"]))
            feedback = html.escape(event["feedback"]).replace("\n", "<br>")
            body.append(
                f"<h3>{html.escape(exercise)} <small>({html.escape(event['kind'])})</small></h3>"
                f"<p><em>{html.escape(event['at'])}</em></p><p><strong>My answer:</strong> "
                f"{answer}</p><p><strong>Feedback:</strong> {feedback}</p>"
            )
    if not body:
        body.append("<p>Nothing yet: answers appear here once you check them in a lesson.</p>")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>My coachlab journal</title></head><body><h1>My coachlab journal</h1>"
        + "".join(body)
        + "</body></html>\n"
    )


def export_journal(folder: Path | str | None = None, store: Store | None = None) -> list[Path]:
    """Write the journal as JSON, Markdown and HTML into ``folder`` (default: here), and the
    action plan's calendar reminders (.ics) once there is one."""
    folder = Path(folder or Path.cwd())
    data = journal(store)
    texts = {"json": to_json(data), "md": to_markdown(data), "html": to_html(data)}
    reminders = to_ics(data)
    if reminders is not None:
        texts["ics"] = reminders
    written = []
    for kind, text in texts.items():
        written.append(write_atomically(folder / NAMES[kind], text))
    return written


def import_journal(source: Path | str | bytes, store: Store | None = None) -> int:
    """Add a journal's answers to the store (those already there are skipped); how many added."""
    raw = source if isinstance(source, bytes) else Path(source).read_bytes()
    data = parse(raw)
    store = store or default_store()
    known = {_key(event.as_dict()) for event in store.events()}
    added = 0
    for entry in data["events"]:
        if _key(entry) not in known:
            store.record(Event(**entry))
            known.add(_key(entry))
            added += 1
    return added


def parse(raw: bytes) -> dict[str, Any]:
    """The journal in ``raw``, checked; a JournalError says what is wrong and where."""
    if len(raw) > MAX_BYTES:
        raise JournalError(f"too large for a journal ({len(raw):,} bytes; at most {MAX_BYTES:,})")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise JournalError(f"not a JSON file ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise JournalError("not a coachlab journal (its 'format' is not coachlab-journal)")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise JournalError(
            f"schema_version {data.get('schema_version')!r} is not one this "
            f"version reads ({SCHEMA_VERSION})"
        )
    events = data.get("events")
    if not isinstance(events, list):
        raise JournalError("'events' should be a list")
    for index, entry in enumerate(events):
        _check_event(index, entry)
    return data


def write_atomically(path: Path, text: str) -> Path:
    """Write via a temporary file and a rename: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _check_event(index: int, entry: Any) -> None:
    if not isinstance(entry, dict):
        raise JournalError(f"events[{index}] should be an object")
    expected = set(EVENT_FIELDS) | {"answer", "correct", "score"}
    if set(entry) != expected:
        raise JournalError(
            f"events[{index}] should have exactly the fields {', '.join(sorted(expected))}"
        )
    for name, kind in EVENT_FIELDS.items():
        if not isinstance(entry[name], kind):
            raise JournalError(f"events[{index}].{name} should be text")
    if entry["correct"] not in (True, False, None):
        raise JournalError(f"events[{index}].correct should be true, false or null")
    if entry["score"] is not None and not isinstance(entry["score"], (int, float)):
        raise JournalError(f"events[{index}].score should be a number or null")


def _key(entry: dict[str, Any]) -> tuple:
    return (entry["at"], entry["lesson"], entry["exercise"], json.dumps(entry["answer"]))


def _latest_by_lesson(data: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    lessons: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for event in data["events"]:
        lessons[event["lesson"]][event["exercise"]] = event
    return dict(sorted(lessons.items()))


def _answer_text(answer: Any) -> str:
    if isinstance(answer, str):
        return answer
    if isinstance(answer, list):
        return ", ".join(map(str, answer))
    if isinstance(answer, dict):
        return "; ".join(f"{key}: {value}" for key, value in answer.items())
    return str(answer)
