"""The one schema of a journal event, shared by the store, import, export and the dashboard.

The store is append-only, so an event that breaks the workbook (a date that does not parse, a
rating of 99) would break it for good: every event is checked here before it is stored, read
back, exported or counted. Limits are generous for a person and tight for an attack. A problem
comes back as a :class:`JournalError` naming the event and the field.
"""

from __future__ import annotations

import json
import math
import re
from datetime import datetime
from typing import Any

FORMAT = "coachlab-journal"
ROOM_FORMAT = "coachlab-room-export"  # what a learner exports for the room (see room_export)
MAX_ABOUT = 2_000
SCHEMA_VERSION = 1
MAX_BYTES = 5_000_000  # a journal is a few kilobytes; 10,000 answers fit
MAX_EVENTS = 20_000
MAX_ID = 100  # lesson and exercise ids, option ids, dimension ids
MAX_TEXT = 20_000  # an answer or feedback, in characters
MAX_ITEMS = 100  # options chosen, steps, ratings in one answer
RATING = range(1, 8)  # a scale has 3 to 7 points
SCORE = (-1.0, 1.0)
SURROGATE = re.compile("[\ud800-\udfff]")
SENDER = re.compile(r"[0-9a-f]{16}")  # a room export's random token (room_sender)
TEXT_FIELDS = ("at", "lesson", "exercise", "kind", "feedback")
REQUIRED = frozenset({*TEXT_FIELDS, "answer", "correct", "score"})
# ``shared``: the learner chose to share this answer with the facilitator (off by default; a
# journal written before consent existed has no such field, and nothing in it is shared).
FIELDS = REQUIRED | {"shared"}
# What ``ex.answer()`` takes for each kind; tests check this covers specs.kind_names().
ANSWER_SHAPES = {
    "single_choice": "text",
    "free_text": "text",
    "reflection": "text",
    "multiple_select": "ids",
    "order": "ids",
    "scenario": "ids",
    "categorize": "groups",
    "scale": "ratings",
}


class JournalError(ValueError):
    """A file or an event that is not a coachlab journal's, with the reason."""


# Characters that reorder the words around them (U+202E turns "gnissim" into "missing"): every
# page that shows a learner's words drops them, so the words read in the order they were typed
# (walkthrough 66)
REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """``text`` with lone surrogates (which no file can hold) replaced by U+FFFD."""
    return SURROGATE.sub("\ufffd", text) if SURROGATE.search(text) else text


def clean(value: Any) -> Any:
    """``value`` (an answer: text, list or dict of them) with every string cleaned."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean(item) for item in value]
    if isinstance(value, dict):
        return {clean_text(str(key)): clean(item) for key, item in value.items()}
    return value


def check_event(entry: Any, where: str = "event") -> dict[str, Any]:
    """``entry`` as a checked event dict (a copy), or a JournalError naming ``where`` and field."""
    if not isinstance(entry, dict):
        raise JournalError(f"{where} should be an object, not {_kind(entry)}")
    if not REQUIRED <= set(entry) <= FIELDS:
        raise JournalError(
            f"{where} should have the fields {', '.join(sorted(REQUIRED))} (and may have shared)"
        )
    for name in TEXT_FIELDS:
        limit = MAX_TEXT if name == "feedback" else MAX_ID
        _text(entry[name], f"{where}.{name}", limit)
    _date(entry["at"], f"{where}.at")
    kind = entry["kind"]
    if kind not in ANSWER_SHAPES:
        raise JournalError(
            f"{where}.kind: {_brief(kind)} is not an exercise kind; expected one of: "
            + ", ".join(sorted(ANSWER_SHAPES))
        )
    _answer(entry["answer"], ANSWER_SHAPES[kind], f"{where}.answer")
    if not (entry["correct"] is None or isinstance(entry["correct"], bool)):
        raise JournalError(f"{where}.correct should be true, false or null")
    _score(entry["score"], f"{where}.score")
    shared = entry.get("shared", False)
    if not isinstance(shared, bool):
        raise JournalError(f"{where}.shared should be true or false, not {_kind(shared)}")
    return {**{name: entry[name] for name in sorted(REQUIRED)}, "shared": shared}


def check_journal(data: Any) -> dict[str, Any]:
    """A whole parsed journal or room export, checked: format, version (the integer 1), every
    event. A room export keeps its ``about`` line, which says what it holds."""
    if not isinstance(data, dict) or data.get("format") not in (FORMAT, ROOM_FORMAT):
        # not "is not coachlab-journal": on the dashboard that pointed to the journal, which a
        # facilitator must never collect (walkthrough 61)
        raise JournalError(
            "not a file coachlab exported (its 'format' is neither coachlab-room-export nor "
            "coachlab-journal)"
        )
    about: dict[str, Any] = {}
    if data["format"] == ROOM_FORMAT:
        _text(data.get("about", ""), "about", MAX_ABOUT)
        about = {"about": data.get("about", "")}
        if "sender" in data or "export" in data:  # who sent it, without a name (room_sender)
            sender, number = data.get("sender"), data.get("export")
            if not (isinstance(sender, str) and SENDER.fullmatch(sender)):
                raise JournalError("'sender' should be 16 hexadecimal digits")
            if type(number) is not int or not 1 <= number <= MAX_EVENTS:
                raise JournalError(f"'export' should be a whole number from 1 to {MAX_EVENTS:,}")
            about |= {"sender": sender, "export": number}
    elif "room_sender" in data:  # the room export's token, kept with the journal (room_sender)
        about = {"room_sender": _room_sender(data["room_sender"])}
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:  # not True, not 1.0
        raise JournalError(
            f"made by another version of coachlab (schema_version {_brief(version)}; this one "
            f"reads {SCHEMA_VERSION}): export it again from this workbook"
        )
    events = data.get("events")
    if not isinstance(events, list):
        raise JournalError("'events' should be a list")
    if len(events) > MAX_EVENTS:
        raise JournalError(f"too many events ({len(events):,}; at most {MAX_EVENTS:,})")
    checked = [check_event(entry, f"events[{index}]") for index, entry in enumerate(events)]
    return {**about, "format": data["format"], "schema_version": SCHEMA_VERSION, "events": checked}


def _room_sender(value: Any) -> tuple[str, int]:
    if not isinstance(value, dict):
        raise JournalError(f"'room_sender' should be an object, not {_kind(value)}")
    sender, exports = value.get("sender"), value.get("exports")
    if not (isinstance(sender, str) and SENDER.fullmatch(sender)):
        raise JournalError("room_sender.sender should be 16 hexadecimal digits")
    if type(exports) is not int or not 1 <= exports <= MAX_EVENTS:
        raise JournalError(f"room_sender.exports should be a whole number from 1 to {MAX_EVENTS:,}")
    return sender, exports


def parse(raw: bytes) -> dict[str, Any]:
    """The journal in ``raw``, checked; a JournalError says what is wrong and where."""
    if not isinstance(raw, (bytes, bytearray)):
        raise TypeError(f"parse() reads bytes, not {type(raw).__name__}")
    if len(raw) > MAX_BYTES:
        raise JournalError(f"too large for a journal ({len(raw):,} bytes; at most {MAX_BYTES:,})")
    if not bytes(raw).strip():  # walkthrough 61: "Expecting value: line 1 column 1 (char 0)"
        raise JournalError("an empty file: export it again")
    try:
        data = json.loads(_decoded(bytes(raw)), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise JournalError("not a JSON file: not text at all (a picture, a document?)") from None
    except RecursionError:
        raise JournalError("not a journal: nested too deeply") from None
    except ValueError as error:  # JSONDecodeError, NaN, or an integer too long to read
        # a file cut off in transit is JSON once whole: say what to do (facilitator walkthrough
        # 56 read "not a JSON file (Unterminated string…)" for a damaged export)
        raise JournalError(
            f"not a JSON file, or a damaged one ({str(error)[:200]}): export it again"
        ) from None
    return check_journal(data)


def _decoded(raw: bytes) -> str:
    """The text of a file that a participant may have opened and saved again (walkthrough 66):
    UTF-8 with or without Notepad's byte-order mark, UTF-16 with its mark ("Unicode"), or
    Windows-1252 ("ANSI")."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # saved again by an older editor in Windows' Western encoding ("café" as one byte
        # each): read as such when it is a JSON text, never a picture or a document
        if b"\x00" in raw or not raw.lstrip().startswith((b"{", b"[")):
            raise
        return raw.decode("cp1252", errors="strict")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a journal may hold")


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__
    )


def _brief(value: Any) -> str:
    """A short, safe rendering of any value: never builds a huge repr."""
    if isinstance(value, str):
        return repr(clean_text(value[:40]) + ("…" if len(value) > 40 else ""))
    if isinstance(value, (bool, type(None), float)):
        return repr(value)
    if isinstance(value, int):
        return repr(value) if abs(value) < 10**12 else "a very large number"
    return _kind(value)


def _text(value: Any, field: str, limit: int) -> None:
    if not isinstance(value, str):
        raise JournalError(f"{field} should be text, not {_kind(value)}")
    if len(value) > limit:
        raise JournalError(f"{field} is too long ({len(value):,} characters; at most {limit:,})")
    if clean_text(value) is not value:
        raise JournalError(f"{field} is not valid Unicode text (it holds a lone surrogate)")


# The dates the workbook writes (2026-11-23T10:00:00+00:00), in years it can show and convert:
# "9999-12-31T23:00:00-05:00" broke the exercise it named and every export after it, and a
# compact "20261203T101010+0000" was written back out wrong (walkthrough 66)
DATE_SHAPE = re.compile(r"(\d{4})-\d\d-\d\d(?:$|T\d\d:\d\d)")
YEARS = range(2000, 3000)


def _date(value: str, field: str) -> None:
    shape = DATE_SHAPE.match(value)
    try:
        datetime.fromisoformat(value).astimezone()
        if not shape or int(shape.group(1)) not in YEARS:
            raise ValueError(value)
    except (ValueError, OverflowError, OSError):
        raise JournalError(
            f"{field}: {_brief(value)} is not a date and time such as 2026-11-23T10:00:00+00:00"
        ) from None


def _answer(value: Any, shape: str, field: str) -> None:
    if shape == "text":
        _text(value, field, MAX_TEXT)
    elif shape == "ids":
        if not isinstance(value, list):
            raise JournalError(f"{field} should be a list of ids, not {_kind(value)}")
        _count(value, field)
        for index, item in enumerate(value):
            _text(item, f"{field}[{index}]", MAX_ID)
    else:
        if not isinstance(value, dict):
            raise JournalError(f"{field} should be an object of ids, not {_kind(value)}")
        _count(value, field)
        for key, item in value.items():
            _text(key, f"{field} key", MAX_ID)
            if shape == "groups":
                _text(item, f"{field}.{key}", MAX_ID)
            elif type(item) is not int or item not in RATING:
                raise JournalError(
                    f"{field}.{key}: a rating is a whole number from {RATING[0]} to "
                    f"{RATING[-1]}, not {_brief(item)}"
                )


def _count(value: list | dict, field: str) -> None:
    if len(value) > MAX_ITEMS:
        raise JournalError(f"{field} has too many items ({len(value):,}; at most {MAX_ITEMS})")


def _score(value: Any, field: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise JournalError(f"{field} should be a number or null, not {_kind(value)}")
    low, high = SCORE
    if isinstance(value, int) and not -(10**12) < value < 10**12:
        raise JournalError(f"{field} should be between {low:g} and {high:g}, not a huge number")
    if not math.isfinite(value) or not low <= value <= high:
        raise JournalError(f"{field} should be between {low:g} and {high:g}, not {_brief(value)}")
