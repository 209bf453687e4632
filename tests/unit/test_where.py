"""Where a file went: the folder's own name in the sentence, the full path folded away."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coachlab.journal_panel import JournalPanel
from coachlab.where import folder_name, full_path

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
