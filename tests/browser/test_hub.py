"""A room on a real JupyterHub: three learners follow `make links` links, the repository is pulled
(from a local clone) and Start here opens; each runs lesson 01 and shares a reflection, which
reaches the room service from their own kernel; one takes theirs back and shares it again. The
facilitator opens the dashboard link and sees exactly the three shared reflections, without
names; a learner asking for the room, or for anyone's items but their own, gets nothing.

The hub is JupyterHub from PyPI with configurable-http-proxy from npm (coachlab.hub.trial), with
deploy/jupyterhub_config.d/coachlab.py loaded as a real hub loads it. Everything it starts is
stopped at the end of the module.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.error
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import Page, expect

from coachlab.hub.client import ON_A_HUB
from coachlab.hub.trial import FACILITATOR, PASSWORD, TrialHub, call

from .lab import CELLS_RENDERED, LOAD_TIMEOUT, exercise, run_all

ROOT = Path(__file__).resolve().parents[2]
LEARNERS = ("learner-ana", "learner-ben", "learner-cleo")
ACCESS = ["access:services!service=coachlab-room"]
TIMINGS: dict[str, float] = {}


def words(name: str) -> str:
    return f"With my deputy I will ask what she needs from me first ({name.split('-')[1]} here)."


@pytest.fixture(scope="module")
def hub(tmp_path_factory) -> Iterator[TrialHub]:
    started = time.monotonic()
    folder = tmp_path_factory.mktemp("hub")
    trial = TrialHub(folder / "hub")
    try:
        trial.start()
        TIMINGS["hub ready"] = time.monotonic() - started
        for name in (*LEARNERS, FACILITATOR):
            trial.add_user(name)
        trial.spawn(*LEARNERS)  # side by side; the browser then logs them in
        TIMINGS["servers ready"] = time.monotonic() - started
        trial.spawn(FACILITATOR, wait=False)  # starts while the learners work
        yield trial
    finally:
        TIMINGS["stop"] = trial.stop()
        TIMINGS["all"] = time.monotonic() - started
        print("\nhub test timings (s):", {k: round(v, 1) for k, v in TIMINGS.items()})


@pytest.fixture(scope="module")
def links(hub: TrialHub, tmp_path_factory) -> dict[str, str]:
    """`make links`'s command, run on a local clone of this repository (its committed state)."""
    clone = tmp_path_factory.mktemp("source") / "coachlab"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "checkout", "--quiet", "-B", "main"], check=True)
    qr = tmp_path_factory.mktemp("links") / "start-here-qr.png"
    printed = subprocess.run(
        [sys.executable, "-m", "coachlab.hub.links", "--hub", hub.url, "--repo",
         f"file://{clone}", "--branch", "main", "--qr", str(qr)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert qr.read_bytes().startswith(b"\x89PNG")
    lines = printed.splitlines()
    titled = {lines[i]: lines[i + 1].strip() for i in range(len(lines) - 1)}
    return {
        "start": titled["00 · Start here"],
        "lesson": titled["01 · What a partnership is"],
        "dashboard": titled["Facilitator dashboard"],
    }


def log_in(page: Page, link: str, name: str) -> None:
    page.goto(link)
    page.locator("#username_input").fill(name)
    page.locator("#password_input").fill(PASSWORD)
    page.locator("#login_submit").click()


def wait_for_notebook(page: Page, path: str) -> None:
    cells = len(nbformat.read(ROOT / path, as_version=4).cells)
    page.wait_for_url(f"**/lab/tree/coachlab/{path}*", timeout=LOAD_TIMEOUT)
    page.wait_for_function(CELLS_RENDERED, arg=cells, timeout=LOAD_TIMEOUT)
    expect(page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")).to_have_count(
        1, timeout=LOAD_TIMEOUT
    )


def the_room(hub: TrialHub) -> list[dict]:
    token = hub.user_token(FACILITATOR, ACCESS)
    return call("GET", hub.room_url + "room", token=token)["participants"]


def shared_words(hub: TrialHub) -> list[str]:
    return sorted(e["answer"] for export in the_room(hub) for e in export["events"])


def eventually(check, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "not within the time a kernel's request takes"
        time.sleep(0.2)


def share_a_reflection(page: Page, name: str) -> None:
    run_all(page)
    ex = exercise(page, "Your partnership, today")
    share = ex.get_by_role("checkbox", name="Share with the facilitator (no name)")
    expect(share).not_to_be_checked()  # nothing is shared by default, on a hub too
    expect(ex.locator(".coachlab-share-hint")).to_have_text(ON_A_HUB)  # where it goes, plainly
    ex.locator("textarea").fill(words(name))
    share.check()
    ex.locator("button", has_text="Done").click()
    expect(ex.locator(".coachlab-feedback")).to_contain_text("✎ Noted.")
    expect(ex.locator("[role=alert]")).to_have_count(0)  # sent, not "Not sent to the room"


def change_of_mind(page: Page, hub: TrialHub, said: str) -> None:
    """Untick: the item leaves the room; tick again: it is back, once."""
    ex = exercise(page, "Your partnership, today")
    share = ex.get_by_role("checkbox", name="Share with the facilitator (no name)")
    share.uncheck()
    eventually(lambda: said not in shared_words(hub))
    share.check()
    eventually(lambda: said in shared_words(hub))


def print_sizes(hub: TrialHub) -> None:
    """What one learner costs, for docs/deploy.md: their server's memory with the lesson's
    kernel still running, and their home on disk (the pulled repository and their progress).
    Printed, not asserted: figures for sizing a hub, not a pass mark."""
    import psutil

    megabytes = 1024 * 1024
    for name in LEARNERS:
        server = psutil.Process(hub.servers[name])
        kernels = [child.memory_info().rss / megabytes for child in server.children(True)]
        print(
            f"\n{name}: server RSS {server.memory_info().rss / megabytes:.0f} MB, "
            f"its kernels {[round(k) for k in kernels]} MB"
        )
    for name in LEARNERS:
        home = hub.folder / "homes" / name
        size = sum(f.stat().st_size for f in home.rglob("*") if f.is_file() and not f.is_symlink())
        print(f"{name}: home {size / megabytes:.1f} MB on disk (files' sizes)")


def test_three_learners_share_and_the_facilitator_sees_exactly_that(browser, hub, links):
    started = time.monotonic()
    for number, name in enumerate(LEARNERS):
        context = browser.new_context(viewport={"width": 1280, "height": 1600})
        page = context.new_page()
        if number == 0:  # the projected link: the repository is pulled, Start here opens
            log_in(page, links["start"], name)
            wait_for_notebook(page, "notebooks/00_start_here.ipynb")
            expect(page.locator(".jp-RenderedMarkdown h1").first).to_contain_text("Start here")
            assert (hub.folder / "homes" / name / "coachlab" / "notebooks").is_dir()
            TIMINGS["link to Start here"] = time.monotonic() - started
            page = context.new_page()  # a new tab, as a learner clicking the next link
            page.goto(links["lesson"])
        else:
            log_in(page, links["lesson"], name)
        wait_for_notebook(page, "notebooks/01_partnership.ipynb")
        share_a_reflection(page, name)
        if name == LEARNERS[-1]:
            change_of_mind(page, hub, words(name))
        context.close()
    eventually(lambda: len(shared_words(hub)) == 3)
    TIMINGS["three learners"] = time.monotonic() - started

    room = the_room(hub)
    assert shared_words(hub) == sorted(words(name) for name in LEARNERS)
    assert [len(export["events"]) for export in room] == [1, 1, 1]  # one item each, none twice
    assert not any(name in json.dumps(room) for name in LEARNERS)  # no names, not even in ids
    for name in LEARNERS:  # progress kept in the learner's home, where it survives restarts
        assert (hub.folder / "homes" / name / ".coachlab" / "progress.sqlite3").exists()
    print_sizes(hub)

    hub.ready(FACILITATOR)
    context = browser.new_context(viewport={"width": 1280, "height": 1600})
    page = context.new_page()
    log_in(page, links["dashboard"], FACILITATOR)
    board = page.locator(".coachlab-dashboard").first
    expect(board).to_be_visible(timeout=LOAD_TIMEOUT)
    board.locator("button", has_text="Load what the room shared (this hub)").click()
    report = board.locator(".coachlab-dashboard-report")
    expect(report).to_contain_text("3 participants loaded.")
    board.locator("button", has_text="Show shared answers").click()  # off the projector till then
    exercises = board.locator(".coachlab-dashboard-shared details > summary")
    expect(exercises).to_have_count(1)  # one exercise, its answers folded until opened
    expect(exercises).to_have_text(re.compile(r"· .+ \(3\)$"))
    exercises.click()
    items = board.get_by_role("listitem").filter(has_text="deputy")
    expect(items).to_have_count(len(LEARNERS))
    shown = items.all_inner_texts()
    assert sorted(
        text.split("\n⚠")[0]  # the words, without the name flag under them
        for text in shown
        if "deputy" in text  # the exercise's title is its heading, above them
    ) == sorted(map(words, LEARNERS))
    # "(ana here)": a first name in lower case is flagged before it is read aloud
    assert any("⚠ May name someone: Ana." in text for text in shown)
    assert not any(name in report.inner_text() for name in LEARNERS)
    context.close()
    TIMINGS["facilitator's dashboard"] = time.monotonic() - started


def test_a_learner_cannot_read_the_room_or_anyone_elses_items(hub):
    token = hub.user_token(LEARNERS[1], ACCESS)
    with pytest.raises(urllib.error.HTTPError) as refused:
        call("GET", hub.room_url + "room", token=token)
    assert refused.value.code == 403
    assert "coachlab-facilitators" in json.loads(refused.value.read())["error"]
    mine = call("GET", hub.room_url + "items", token=token)["items"]
    assert [item["answer"] for item in mine] == [words(LEARNERS[1])]  # their own, nobody else's
    with pytest.raises(urllib.error.HTTPError) as nobody:  # no token: not even their own
        call("GET", hub.room_url + "items")
    assert nobody.value.code == 403
    without_scope = hub.user_token(LEARNERS[1], ["read:users:name!user"])
    with pytest.raises(urllib.error.HTTPError) as unscoped:
        call("GET", hub.room_url + "items", token=without_scope)
    assert unscoped.value.code == 403
