"""The room service's memory: only shared written answers, one per learner and exercise, kept
under a pseudonym; a learner's own items only; the facilitator's view has no names."""

from __future__ import annotations

import json
import sqlite3

import pytest

from coachlab.facilitator import load_room, summarize
from coachlab.facilitator.dashboard import hub_files
from coachlab.hub.bench import reflection
from coachlab.hub.room_store import MAX_ITEMS, Refused, RoomStore

WORDS = "Next week I will ask Sam what support would help before I plan the rota."


def item(words: str = WORDS, **changes) -> dict:
    return {**reflection(words), **changes}


@pytest.fixture
def store(tmp_path) -> RoomStore:
    return RoomStore(tmp_path / "room")


def test_an_item_is_kept_in_the_room_exports_shape_and_sending_again_replaces_it(store):
    kept = store.put("ana", "01", "reflect-partnership", item())
    assert kept["at"] == "2026-11-30T00:00:00+00:00"  # the day only, as in the room export
    assert item()["at"] == "2026-11-30T10:00:00+00:00"
    store.put("ana", "01", "reflect-partnership", item("Changed my words."))
    assert [i["answer"] for i in store.mine("ana")] == ["Changed my words."]
    assert [len(export["events"]) for export in store.room()] == [1]


def test_a_learner_sees_and_withdraws_only_their_own(store):
    store.put("ana", "01", "reflect-partnership", item("Ana's words."))
    store.put("ben", "01", "reflect-partnership", item("Ben's words."))
    assert [i["answer"] for i in store.mine("ben")] == ["Ben's words."]
    assert store.mine("cleo") == []
    assert store.withdraw("cleo", "01", "reflect-partnership") is False  # nothing of theirs
    assert store.withdraw("ana", "01", "reflect-partnership") is True
    assert [i["answer"] for e in store.room() for i in e["events"]] == ["Ben's words."]


def test_the_room_and_the_file_hold_no_names(store, tmp_path):
    for name in ("ana.lopez", "ben.okafor"):
        store.put(name, "01", "reflect-partnership", item(f"Words of someone {len(name)}."))
    room = store.room()
    assert len(room) == 2 and "ana.lopez" not in json.dumps(room)
    with sqlite3.connect(store.path) as db:
        dump = "\n".join(db.iterdump())
    assert "ana.lopez" not in dump and "ben.okafor" not in dump
    assert RoomStore(tmp_path / "room").pseudonym("ana") == store.pseudonym("ana")  # same key
    assert RoomStore(tmp_path / "other").pseudonym("ana") != store.pseudonym("ana")


@pytest.mark.parametrize(
    ("changes", "address", "reason"),
    [
        ({"shared": False}, ("01", "reflect-partnership"), "without consent"),
        ({"lesson": "gallery"}, ("gallery", "reflect-partnership"), "gallery"),
        (
            {"kind": "single_choice", "answer": "a", "feedback": ""},
            ("01", "reflect-partnership"),
            "reflections and written answers",
        ),
        ({}, ("02", "reflect-partnership"), "address"),
        ({"answer": 42}, ("01", "reflect-partnership"), "item.answer"),
    ],
)
def test_what_the_room_refuses(store, changes, address, reason):
    with pytest.raises(Refused, match=reason):
        store.put("ana", *address, item(**changes))
    assert store.room() == []


def test_a_learner_cannot_fill_the_room(store):
    for number in range(MAX_ITEMS):
        store.put("ana", "01", f"x{number}", item(exercise=f"x{number}"))
    with pytest.raises(Refused, match=f"at most {MAX_ITEMS}"):
        store.put("ana", "01", "one-more", item(exercise="one-more"))
    store.put("ana", "01", "x0", item("Replacing is fine.", exercise="x0"))
    assert len(store.mine("ana")) == MAX_ITEMS


def test_the_dashboard_reads_the_room_as_it_reads_files(store):
    store.put("ana", "01", "reflect-partnership", item("Ana shares this."))
    store.put("ben", "01", "reflect-partnership", item("Ben shares that."))
    files = hub_files(store.room())
    files.append(("shared on the hub (3)", b'{"format": "something else"}'))
    room = load_room(files)
    assert sorted(summarize(room).reflections) == [
        "Your partnership, today: Ana shares this.",
        "Your partnership, today: Ben shares that.",
    ]
    assert [r.name for r in room.rejected] == ["shared on the hub (3)"]
    assert store.clear() == 2 and store.room() == []
