"""``make handouts``: the workshop's printables, as HTML and as PDF in A4 and US Letter.

PDFs come from the browser's own print to PDF (Playwright driving Debian's Chromium, never a
downloaded browser), so what prints is what the HTML shows. Layout under ``handouts/``:
``html/`` (the pages), ``a4/`` and ``letter/`` (the same paths as PDF) and ``lessons/`` (the
paper-and-projector lessons, learner and ``-facilitator`` versions).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..export import write_atomically
from ..plural import count
from .cards import action_plan_sheet, checklist, lesson_summary, observer_sheet, role_card
from .kit import Kit, load_kit
from .paper import lesson_page, slug
from .printlist import PEOPLE

CHROMIUM = os.environ.get("COACHLAB_CHROMIUM", "/usr/bin/chromium")  # never a downloaded one
SIZES = {"a4": "A4", "letter": "Letter"}


def pages(kit: Kit, people: int = PEOPLE) -> dict[str, str]:
    """{path under html/ without suffix: the page's HTML} for every printable; the checklist
    counts copies for a room of ``people``."""
    out = {"action-plan": action_plan_sheet(kit), "checklist": checklist(kit, people)}
    for act in kit.activities.values():
        for role in act.roles:
            out[f"cards/{act.id}--{role.id}"] = role_card(act, role, kit)
        if act.observer:
            out[f"observers/{act.id}"] = observer_sheet(act, kit)
    for lesson in kit.lessons.values():
        out[f"summaries/{slug(lesson)}"] = lesson_summary(lesson, kit)
    return out


def build(
    root: Path, kit: Kit | None = None, sizes: dict[str, str] = SIZES, people: int = PEOPLE
) -> list[Path]:
    """Write every page and its PDFs under ``root``; returns the PDFs written."""
    kit = kit or load_kit()
    written = []
    for name, text in pages(kit, people).items():
        target = root / "html" / f"{name}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, text)
        written.append(target)
    for lesson in kit.lessons.values():
        for facilitator, suffix in ((False, ""), (True, "-facilitator")):
            target = root / "lessons" / f"{slug(lesson)}{suffix}.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, lesson_page(lesson, facilitator))
    return print_pdfs(root, written, sizes)


def print_pdfs(root: Path, sources: list[Path], sizes: dict[str, str]) -> list[Path]:
    """Print in a thread of its own: Playwright's sync API refuses to run where an asyncio
    loop is already running (a notebook's kernel, a test session holding a browser)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_print, root, sources, sizes).result()


def _print(root: Path, sources: list[Path], sizes: dict[str, str]) -> list[Path]:
    from playwright.sync_api import sync_playwright  # a test/lab dependency, imported late

    pdfs = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            tab = browser.new_page()
            tab.emulate_media(media="print")
            for source in sources:
                tab.goto(source.resolve().as_uri())
                relative = source.relative_to(root / "html").with_suffix(".pdf")
                for folder, paper in sizes.items():
                    target = root / folder / relative
                    target.parent.mkdir(parents=True, exist_ok=True)
                    tab.pdf(path=str(target), format=paper, print_background=True)
                    pdfs.append(target)
        finally:
            browser.close()
    return pdfs


def room_size(value: str) -> int:
    """The number of people in the room, as a facilitator types it (``PEOPLE=30``)."""
    try:
        people = int(value)
    except ValueError:
        people = 0
    if not 2 <= people <= 500:
        raise argparse.ArgumentTypeError(
            f"PEOPLE must be a whole number of people from 2 to 500, not {value!r}"
        )
    return people


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print-ready handouts for the workshop kit.")
    parser.add_argument("root", nargs="?", default="handouts", type=Path)
    parser.add_argument("--people", type=room_size, default=PEOPLE, help="people in the room")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pdfs = build(args.root, people=args.people)
    took = time.perf_counter() - started
    room = count(args.people, "person")
    print(f"{len(pdfs)} PDFs and the paper lessons in {args.root}/ for {room} in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
