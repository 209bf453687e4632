"""Where a file went: the folder's own name in the sentence, the full path folded away."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coachlab.journal_controls import JournalPanel
from coachlab.where import folder_name, full_path, hide_paths

LONG = Path("/home/jovyan/work/a/very/long/checkout/of/coachlab/my-journal")


def visible(markup: str) -> str:
    """The status as a learner sees it before unfolding anything: no <details>, no tags."""
    folded = re.sub(r"<details.*?</details>", "", markup, flags=re.S)
    return re.sub(r"<[^>]+>", "", folded)


def test_the_folder_is_named_as_the_learner_sees_it_and_the_path_is_folded():
    assert folder_name(LONG) == "my-journal"
    folded = full_path(LONG)
    assert folded.startswith('<details class="coachlab-full-path"><summary>Full path</summary>')
    assert f"<code>{LONG}</code>" in folded


def test_a_relative_folder_unfolds_to_its_full_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert folder_name("exports") == "exports"
    assert str(tmp_path / "exports") in full_path("exports")


def test_names_and_paths_are_escaped():
    odd = Path("/tmp/<b>a&b<b>/my <i>journal")
    assert folder_name(odd) == "my &lt;i&gt;journal"
    assert "<b>" not in full_path(odd) and "&lt;b&gt;a&amp;b&lt;b&gt;" in full_path(odd)


@pytest.fixture
def panel(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    return JournalPanel(tmp_path / "deep" / "inside" / "my-journal")


def test_the_journal_export_says_my_journal_not_the_absolute_path(panel):
    panel.export()
    shown = visible(panel.status.value)
    assert "✔ Saved in the my-journal folder. To keep it on your laptop, click:" in shown
    assert str(panel.folder) not in shown  # only once unfolded
    assert f"<code>{panel.folder}</code></details></div>" in panel.status.value


def test_the_room_export_says_my_journal_not_the_absolute_path(panel):
    from .test_room_export import WORDS, reflect

    reflect(WORDS, share=True)
    assert panel.export_for_room() is not None
    shown = visible(panel.status.value)
    assert "✔ Saved in the my-journal folder as coachlab-for-the-room.json" in shown
    assert str(panel.folder) not in shown
    assert f"<code>{panel.folder}</code>" in panel.status.value


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        (
            "Permission denied: '/home/a b/coachlab/progress.sqlite3'",
            "Permission denied: 'progress.sqlite3'",
        ),
        ("(/Users/sam lee/Library/coachlab is a file)", "(coachlab is a file)"),
        ("C:\\Users\\me\\coachlab\\my-journal is busy", "my-journal is busy"),
        ("/srv/content/01.yaml: exercises[2]", "01.yaml: exercises[2]"),
    ],
)
def test_an_absolute_path_in_a_message_is_cut_to_its_own_name(said, shown):
    assert hide_paths(said) == shown


@pytest.mark.parametrize(
    "said",
    [
        "content/01_partnership.yaml: exercises[2].correct",  # relative: the workbook's own
        "the room did not answer (http://127.0.0.1:8081/services/room/items)",
        "and/or on 3/12, see /tmp",
    ],
)
def test_what_only_looks_like_a_path_is_kept(said):
    assert hide_paths(said) == said


def test_a_failed_export_says_why_without_the_path_and_folds_it(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    blocked = tmp_path / "a folder" / "my-journal"
    blocked.parent.mkdir()
    blocked.write_text("a file where the folder should be")
    panel = JournalPanel(blocked)
    assert panel.export() == []
    shown = visible(panel.status.value)
    assert "⚠ Your journal could not be saved in the my-journal folder:" in shown
    assert str(tmp_path) not in shown
    assert f"<code>{blocked}</code>" in panel.status.value
