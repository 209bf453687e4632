"""Privacy by consent: written answers are private unless shared, and the room export holds
only what the learner shared, without a name, saying at the top what it contains."""

from __future__ import annotations

import json

import pytest

import coachlab
from coachlab.export import export_journal, import_journal
from coachlab.journal_schema import JournalError, parse
from coachlab.room_export import FILE_NAME, export_room, room_export
from coachlab.store import default_store


@pytest.fixture
def learner(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    return tmp_path


def reflect(text: str, share: bool | None = None):
    ex = coachlab.exercise("01", "reflect-partnership")
    if share is not None:
        ex.share.value = share
    ex.answer(text)
    assert ex.submit().answered
    return ex


WORDS = "I will ask Priya what she needs before our next one-on-one meeting on Thursday."


def test_a_reflection_is_private_by_default_and_absent_from_the_room_export(learner):
    ex = reflect(WORDS)
    assert ex.share.value is False and "Share with the facilitator" in ex.share.description
    assert default_store().last("01", "reflect-partnership").shared is False
    data = room_export()
    assert WORDS not in json.dumps(data)
    assert data["about"].startswith("What I shared for the room")
    assert "share (0)" in data["about"] and " of 1" not in data["about"]  # not how much was written


def test_a_shared_reflection_is_in_the_room_export_and_unsharing_takes_it_back(learner):
    ex = reflect(WORDS, share=True)
    assert [e["answer"] for e in room_export()["events"]] == [WORDS]
    ex.share.value = False  # changing one's mind after saving records the choice
    assert room_export()["events"] == []
    ex.share.value = True
    again = coachlab.exercise("01", "reflect-partnership")  # reopened: the choice comes back
    assert again.share.value is True and again.text.value == WORDS


def choose_an_option():
    choice = coachlab.exercise("01", "partner-definition")
    choice.answer(choice.spec.options[0].id)
    choice.submit()
    return choice


def test_choices_stay_out_of_the_room_export_unless_the_learner_includes_them(learner):
    """Issue 12: the room export holds only shared items; an option chosen is not shared by
    being chosen."""
    choose_an_option()
    data = room_export()
    assert data["events"] == []
    assert "none of my choices in the exercises (I did not include them)" in data["about"]
    included = room_export(choices=True)
    assert [e["exercise"] for e in included["events"]] == ["partner-definition"]
    assert "which I chose to include" in included["about"]


def test_the_panel_includes_choices_only_when_ticked(learner):
    from coachlab.journal_controls import JournalPanel

    choose_an_option()
    panel = JournalPanel(learner / "out")
    assert panel.include_choices.value is False  # off until the learner ticks it
    assert panel.export_for_room() is None  # nothing shared, choices left out: nothing to send
    panel.include_choices.value = True
    events = json.loads(panel.export_for_room().read_text())["events"]
    assert [e["exercise"] for e in events] == ["partner-definition"]
    assert "your choices and only the written answers" in panel.status.value


def test_shared_words_go_without_choices_and_the_panel_says_so(learner):
    from coachlab.journal_controls import JournalPanel

    reflect(WORDS, share=True)
    choose_an_option()
    panel = JournalPanel(learner / "out")
    events = json.loads(panel.export_for_room().read_text())["events"]
    assert [e["kind"] for e in events] == ["reflection"]
    assert "none of your choices, only the written answers" in panel.status.value


def test_with_nothing_shared_the_room_export_writes_no_file_and_says_what_to_tick(learner):
    """Found by a browser walkthrough: an empty room file was saved and announced as saved."""
    from coachlab.journal_controls import JournalPanel

    reflect(WORDS)  # written but private
    choose_an_option()  # a choice, not included
    panel = JournalPanel(learner / "out")
    assert panel.export_for_room() is None
    assert not (learner / "out" / FILE_NAME).exists()
    said = panel.status.value
    assert "Nothing to send yet" in said and "✔" not in said and "Saved" not in said
    assert "tick “Share with the facilitator (no name)” under an answer" in said
    assert "removed" not in said  # there was no earlier file
    assert export_room(learner / "out") is None


def test_with_nothing_at_all_in_the_workbook_there_is_nothing_to_send(learner):
    from coachlab.journal_controls import JournalPanel

    panel = JournalPanel(learner / "out")
    panel.include_choices.value = True  # included, but no exercise answered yet
    assert panel.export_for_room() is None
    assert "Nothing to send yet" in panel.status.value
    assert not (learner / "out").exists()


def test_unsharing_everything_removes_the_earlier_room_file_and_says_so(learner):
    from coachlab.journal_controls import JournalPanel

    ex = reflect(WORDS, share=True)
    panel = JournalPanel(learner / "out")
    path = panel.export_for_room()
    assert path.exists() and WORDS in path.read_text()
    ex.share.value = False  # taken back after the first export
    assert panel.export_for_room() is None
    assert not path.exists()  # a stale file would still send the words taken back
    assert "Nothing to send yet" in panel.status.value
    assert "earlier export was removed" in panel.status.value


def test_a_partly_unshared_room_file_is_rewritten_not_removed(learner):
    ex = reflect(WORDS, share=True)
    choose_an_option()
    path = export_room(learner / "out", choices=True)
    ex.share.value = False
    assert export_room(learner / "out", choices=True) == path  # the choices are still sent
    assert WORDS not in path.read_text()


def test_the_journal_export_still_works_with_nothing_shared_and_leaves_the_room_file_alone(
    learner,
):
    from coachlab.journal_controls import JournalPanel

    reflect(WORDS)
    panel = JournalPanel(learner / "out")
    assert panel.export_for_room() is None
    paths = panel.export()
    assert {p.name for p in paths} >= {"coachlab-journal.json", "coachlab-journal.md"}
    assert WORDS in (learner / "out" / "coachlab-journal.json").read_text()
    assert not (learner / "out" / FILE_NAME).exists()
    assert "✔ Saved" in panel.status.value


def choose_and_write_in_the_gallery() -> None:
    """A choice in a lesson, and a reflection in the gallery (a sandbox), both submitted."""
    choose_an_option()
    gallery = coachlab.exercise("gallery", "reflection")
    gallery.answer("Next time I will ask what they think before I decide.")
    gallery.submit()


def test_choices_go_without_feedback_or_time_and_the_gallery_never(learner):
    choose_and_write_in_the_gallery()
    (event,) = room_export(choices=True)["events"]
    assert event["lesson"] == "01" and event["feedback"] == ""
    assert event["at"].endswith("T00:00:00+00:00")


def test_the_room_file_is_read_by_the_dashboard_but_never_imported_as_a_journal(learner):
    reflect(WORDS, share=True)
    path = export_room(learner / "out")
    assert path.name == FILE_NAME
    raw = path.read_bytes()
    assert raw.startswith(b'{\n  "about": "What I shared for the room')
    assert parse(raw)["format"] == "coachlab-room-export"
    with pytest.raises(JournalError, match="exported for the room, not a journal"):
        import_journal(raw)


def test_the_journal_keeps_the_choice_to_share_and_imports_it_once(learner, monkeypatch):
    reflect(WORDS, share=True)
    (json_file, *_) = export_journal(learner / "mine")
    assert json.loads(json_file.read_text())["events"][0]["shared"] is True
    monkeypatch.setenv("COACHLAB_HOME", str(learner / "fresh"))
    assert import_journal(json_file) == 1
    assert import_journal(json_file) == 0
    assert default_store().last("01", "reflect-partnership").shared is True


def test_start_here_the_readme_and_the_guide_make_the_same_promise():
    from pathlib import Path

    from coachlab.room_export import HUB_PRIVACY, PRIVACY

    root = Path(__file__).resolve().parents[2]
    start = json.loads((root / "notebooks" / "00_start_here.ipynb").read_text())
    start_text = "".join("".join(cell["source"]) for cell in start["cells"])
    docs = [(root / name).read_text() for name in ("README.md", "docs/facilitator-guide.md")]
    for text in (start_text, *docs):
        assert PRIVACY in text and HUB_PRIVACY in text
        assert "send you the JSON file" not in text


def test_the_dashboard_tells_the_room_the_same_promise_from_the_constant():
    from pathlib import Path

    from coachlab.facilitator.briefing import collecting_the_room
    from coachlab.room_export import HUB_PRIVACY, PRIVACY

    root = Path(__file__).resolve().parents[2]
    board = json.loads((root / "notebooks" / "facilitator_dashboard.ipynb").read_text())
    text = {"code": "", "markdown": ""}
    for cell in board["cells"]:
        text[cell["cell_type"]] += "".join(cell["source"])
    assert "collecting_the_room()" in text["code"]
    assert "Tell the room" not in text["markdown"]  # rendered from the constant, never pasted
    assert "Your answers stay" not in text["markdown"]
    shown = collecting_the_room().data
    assert f"> {PRIVACY}" in shown and f"> {HUB_PRIVACY}" in shown


def test_a_newer_export_replaces_the_older_one_on_the_dashboard(learner):
    """Facilitator walkthrough 56: a re-sent export counted as a new person and kept showing a
    reflection the learner had since unshared. Each export carries a random token (no name) and
    its number; the dashboard keeps the newest per token."""
    from coachlab.facilitator import load_room, summarize

    ex = reflect(WORDS, share=True)
    first = export_room(learner / "a").read_bytes()
    ex.share.value = False  # taken back
    reflect("Another thought about listening first, before I offer any of my own ideas.", True)
    second = export_room(learner / "b").read_bytes()
    one, two = json.loads(first), json.loads(second)
    assert one["sender"] == two["sender"] and (one["export"], two["export"]) == (1, 2)
    assert "A random number, not my name" in one["about"]
    room = load_room([("new.json", second), ("old.json", first)])
    assert len(room.journals) == 1 and room.journals[0]["export"] == 2
    assert [(r.name, r.reason) for r in room.rejected] == [
        ("old.json", "an earlier export from the same participant as new.json")
    ]
    assert WORDS not in summarize(room).reflections


def test_two_learners_are_two_senders(learner, monkeypatch):
    reflect(WORDS, share=True)
    first = json.loads(export_room(learner / "a").read_bytes())
    monkeypatch.setenv("COACHLAB_HOME", str(learner / "other-home"))
    reflect(WORDS, share=True)
    other = json.loads(export_room(learner / "b").read_bytes())
    assert first["sender"] != other["sender"] and other["export"] == 1


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"sender": "Priya", "export": 1}, "'sender' should be 16 hexadecimal digits"),
        ({"sender": "0123456789abcdef", "export": 0}, "'export' should be a whole number"),
        ({"sender": "0123456789abcdef"}, "'export' should be a whole number"),
    ],
)
def test_a_sender_that_is_not_a_token_is_refused(fields, problem):
    raw = json.dumps(
        {"format": "coachlab-room-export", "schema_version": 1, "events": [], **fields}
    ).encode()
    with pytest.raises(JournalError, match=problem):
        parse(raw)


def test_an_unreadable_sender_file_starts_a_new_token(learner):
    from coachlab.room_sender import FILE_NAME as SENDER_FILE
    from coachlab.room_sender import next_export

    folder = learner / "home"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SENDER_FILE).write_text("{not json", encoding="utf-8")
    token, number = next_export(folder)
    assert len(token) == 16 and number == 1
    assert next_export(folder) == (token, 2)


def test_a_sender_file_that_cannot_be_written_does_not_stop_the_export(learner, monkeypatch):
    import coachlab.export

    def refuse(path, text):
        if path.name == "room-sender.json":
            raise PermissionError("read-only")
        return original(path, text)

    original = coachlab.export.write_atomically
    monkeypatch.setattr(coachlab.export, "write_atomically", refuse)
    reflect(WORDS, share=True)
    sent = json.loads(export_room(learner / "out").read_bytes())
    assert sent["export"] == 1 and len(sent["sender"]) == 16


def test_one_export_added_twice_counts_once(learner):
    from coachlab.facilitator import load_room

    reflect(WORDS, share=True)
    sent = export_room(learner / "a").read_bytes()
    room = load_room([("a.json", sent), ("a (1).json", sent)])
    assert len(room.journals) == 1
    assert [(r.name, r.reason) for r in room.rejected] == [
        ("a (1).json", "the same export as a.json")
    ]


def test_a_session_restored_from_the_journal_is_still_one_person(learner, monkeypatch):
    """Facilitator walkthrough 61: a journal imported into a fresh Binder session (the guide's
    advice when one dies) made a new token, and the dashboard counted the same person twice."""
    from coachlab.facilitator import load_room

    reflect(WORDS, share=True)
    before = export_room(learner / "a").read_bytes()
    (journal_file, *_) = export_journal(learner / "mine")
    kept = json.loads(journal_file.read_text())["room_sender"]
    assert kept == {"sender": json.loads(before)["sender"], "exports": 1}
    monkeypatch.setenv("COACHLAB_HOME", str(learner / "fresh"))
    assert import_journal(journal_file) == 1
    after = export_room(learner / "b").read_bytes()
    assert json.loads(after)["sender"] == kept["sender"] and json.loads(after)["export"] == 2
    room = load_room([("before.json", before), ("after.json", after)])
    assert len(room.journals) == 1


def test_a_workbook_with_exports_of_its_own_keeps_its_token_on_import(learner, monkeypatch):
    reflect(WORDS, share=True)
    export_room(learner / "a")
    (journal_file, *_) = export_journal(learner / "mine")
    monkeypatch.setenv("COACHLAB_HOME", str(learner / "other"))
    reflect("Another thought about listening first, before I offer any of my own ideas.", True)
    own = json.loads(export_room(learner / "b").read_bytes())["sender"]
    import_journal(journal_file)
    assert json.loads(export_room(learner / "c").read_bytes())["sender"] == own


def test_a_journal_without_exports_carries_no_token(learner):
    reflect(WORDS, share=True)
    (journal_file, *_) = export_journal(learner / "mine")
    assert "room_sender" not in json.loads(journal_file.read_text())


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("0123456789abcdef", "'room_sender' should be an object"),
        ({"sender": "Priya", "exports": 1}, "room_sender.sender should be 16 hexadecimal"),
        ({"sender": "0123456789abcdef", "exports": 0}, "room_sender.exports should be a whole"),
    ],
)
def test_a_journal_with_a_broken_token_is_refused_by_name(value, problem):
    raw = {"format": "coachlab-journal", "schema_version": 1, "events": [], "room_sender": value}
    with pytest.raises(JournalError, match=problem):
        parse(json.dumps(raw).encode())
