"""The facilitator dashboard served by Voila, as a facilitator would run it: upload the room's
exports, see the report and the charts."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from coachlab.facilitator import demo_room
from coachlab.room_export import PRIVACY

from .conftest import ARTIFACTS, ROOT, free_port, wait_for


@pytest.fixture(scope="module")
def voila_url(tmp_path_factory):
    home = tmp_path_factory.mktemp("voila")
    shutil.copy(ROOT / "notebooks" / "facilitator_dashboard.ipynb", home)
    port, log = free_port(), home / "voila.log"
    env = {k: v for k, v in os.environ.items() if k != "COACHLAB_STRICT"}
    env.update(COACHLAB_HOME=str(home / "learner"), JUPYTER_RUNTIME_DIR=str(home / "runtime"))
    voila = Path(sys.executable).with_name("voila")
    command = [
        str(voila),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        str(home / "facilitator_dashboard.ipynb"),
    ]
    with log.open("w") as out:
        process = subprocess.Popen(
            command, env=env, cwd=home, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        wait_for(f"http://127.0.0.1:{port}/voila/static/favicon.ico", process, log)
        yield f"http://127.0.0.1:{port}/"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def test_voila_serves_the_dashboard_and_it_reads_uploads(page, voila_url, tmp_path):
    files = []
    for name, raw in demo_room(3, seed=7):
        (tmp_path / name).write_bytes(raw)
        files.append(tmp_path / name)
    (tmp_path / "notes.json").write_text("not a journal")
    files.append(tmp_path / "notes.json")

    page.goto(voila_url, timeout=120_000)
    board = page.locator(".coachlab-dashboard").first
    expect(board).to_be_visible(timeout=120_000)
    page.get_by_text("Collecting the room's answers").click()  # the briefing, from the constant
    first_sentence = PRIVACY.split(". ")[0]
    expect(page.locator("details blockquote").first).to_contain_text(first_sentence)
    with page.expect_file_chooser() as chooser:  # what a click on "Add exports" opens
        board.locator("button", has_text="Add exports").click()
    chooser.value.set_files([str(f) for f in files])
    report = board.locator(".coachlab-dashboard-report")
    expect(report).to_contain_text("3 participants loaded; 1 file skipped.")
    expect(report).to_contain_text("notes.json")
    expect(board.locator(".coachlab-chart img").first).to_be_visible()
    assert page.locator("script", has_text="alert").count() == 0


def test_the_dashboard_on_a_projector(browser, voila_url):
    """1366 by 768, a made-up room on request: titles and option text, one radar per scale."""
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(voila_url, timeout=120_000)
    board = page.locator(".coachlab-dashboard").first
    expect(board).to_be_visible(timeout=120_000)
    expect(board.locator("button", has_text="Add exports")).to_have_count(1)  # one set
    expect(board.locator(".coachlab-made-up")).to_have_count(0)  # only on request
    board.locator("button", has_text="Try it with a made-up room").click()
    expect(board.locator(".coachlab-made-up")).to_contain_text("A made-up room")
    report = board.locator(".coachlab-dashboard-report")
    expect(report).to_contain_text("Complete the definition")
    expect(report).to_contain_text("common interests and goals")
    expect(report).not_to_contain_text("partner-definition")
    # what participants wrote stays off the projector until shown (walkthrough 61)
    written = board.locator("h4", has_text="participants chose to share")
    expect(written).to_be_hidden()
    board.locator("button", has_text="Show shared answers").click()
    expect(written).to_be_visible()
    board.locator("button", has_text="Hide shared answers").click()
    expect(written).to_be_hidden()
    expect(board.locator("h4", has_text="Your commitments profile").first).to_be_visible()
    radar = board.locator(".coachlab-chart img").first
    shown = radar.evaluate("i => [i.getBoundingClientRect().width, i.naturalWidth]")
    assert shown[1] >= 2 * shown[0] - 2  # drawn at twice its size on screen: crisp
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-1366x768.png"))
    board.locator("h4", has_text="Your commitments profile").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "dashboard-1366x768-radars.png"))
    board.locator(".coachlab-chart img").last.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "dashboard-1366x768-bars.png"))
    chooser = board.get_by_label("Show:")  # one lesson at a time, for its debrief
    chooser.select_option(label="09 · Talking straight")
    expect(report).to_contain_text("Showing lesson 09 · Talking straight only.")
    expect(report).to_contain_text("Write it straight")
    expect(report).not_to_contain_text("Complete the definition")  # lesson 01's exercise
    chooser.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "dashboard-1366x768-lesson-09.png"))
    context.close()
