"""Accessibility as assistive technology meets it: Chromium's accessibility tree (roles, names,
states), the keyboard (Tab stops, arrow keys, focus rings), the live region a screen reader
announces, and axe-core on a lesson, the gallery, Start here and the dashboard. Any axe
violation in our markup fails; JupyterLab's and Voila's own are reported (tests/artifacts/).

The gallery and lesson 01 are opened once each (module-scoped pages): the tests read them in
order, and the ones that change answers come after the ones that only read.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Locator, Page, expect

import coachlab

from .axe import audit
from .conftest import ARTIFACTS
from .lab import exercise, open_notebook, run_all
from .test_dashboard import voila_url  # noqa: F401 (the fixture, shared)

GROUPED = {  # gallery exercise id -> its title; each has groups of choices
    "single-choice": "Single choice",
    "multiple-select": "Multiple select",
    "categorize": "Categorize",
    "scale": "Scale self-assessment",
}
OTHER_KINDS = {  # the rest of the kinds, for their accessibility-tree snapshots
    "order": "Order",
    "free-text": "Free text",
    "scenario": "Branching conversation",
    "reflection": "Reflection",
}
NOISY_NAME = re.compile(r'^\s*- \w+ "(\s|[^"]*\bnull\b|[^"]*[\ue000-\uf8ff])', re.MULTILINE)
FOCUSED = """(ex) => {
  const el = document.activeElement;
  if (!ex.contains(el)) return 'outside: ' + (el.getAttribute('aria-label') || el.className);
  const group = el.closest('[role=radiogroup], [role=group]');
  if (group) return 'group: ' + (group.getAttribute('aria-label') ||
    group.querySelector('.coachlab-choices-caption').textContent);
  return el.tagName.toLowerCase() + ': ' + el.textContent.trim();
}"""
RING = """(el) => {
  // The focus ring as drawn: width, colour, and whether any ancestor up to the cell's output
  // clips it (overflow other than visible, ring box outside that ancestor's box).
  const style = getComputedStyle(el);
  const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  const box = el.getBoundingClientRect();
  const ring = {left: box.left - grow, top: box.top - grow, right: box.right + grow,
                bottom: box.bottom + grow};
  const clipped = [];
  for (let a = el.parentElement; a && !a.matches('.jp-OutputArea, body'); a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    if (ring.left < r.left || ring.top < r.top || ring.right > r.right || ring.bottom > r.bottom)
      clipped.push(a.className);
  }
  const backgrounds = [];  // from the ring's side down to the first opaque one
  for (let a = el.parentElement; a; a = a.parentElement) {
    const bg = getComputedStyle(a).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)') backgrounds.push(bg);
    if (bg.startsWith('rgb(')) break;
  }
  return {style: style.outlineStyle, width: parseFloat(style.outlineWidth),
          color: style.outlineColor, backgrounds, clipped};
}"""
ANNOUNCED = """(status) => {
  // Every text the live region takes from now on (what a screen reader would announce).
  window.coachlabAnnounced = [];
  new MutationObserver(() => {
    const text = status.textContent.trim();
    if (text) window.coachlabAnnounced.push(text);
  }).observe(status, {childList: true, subtree: true, characterData: true});
  status.dataset.probe = 'the same element';
}"""


def spec(exercise_id: str):
    return coachlab.exercise("gallery", exercise_id).spec


def groups_of(exercise_id: str) -> list[tuple[str, str, list[str]]]:
    """(role, accessible name, option names) of each group, from the exercise's content."""
    s = spec(exercise_id)
    if exercise_id == "single-choice":
        return [("radiogroup", s.prompt, [o.text for o in s.options])]
    if exercise_id == "multiple-select":
        return [("group", s.prompt, [o.text for o in s.options])]
    if exercise_id == "categorize":
        labels = [c.label for c in s.categories]
        return [("radiogroup", f"{n}. {i.text}", labels) for n, i in enumerate(s.items, 1)]
    points = [f"{value} · {label}" for value, label in enumerate(s.scale, 1)]
    return [("radiogroup", d.label, points) for d in s.dimensions]


def report(name: str, found: dict[str, list[dict]]) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(found, indent=2))
    counts = {side: sum(v["count"] for v in found[side]) for side in found}
    rules = {side: sorted({v["id"] for v in found[side]}) for side in found}
    print(f"axe-core on {name}: ours {counts['ours']}, JupyterLab's {counts['theirs']} {rules}")


def rgba(css: str) -> tuple[float, float, float, float]:
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    return (*numbers[:3], numbers[3] if len(numbers) > 3 else 1.0)


def seen(backgrounds: list[str]) -> tuple[float, float, float]:
    """The colour one sees through translucent backgrounds, over the first opaque one (white
    when none is)."""
    red, green, blue = 255.0, 255.0, 255.0
    for css in reversed(backgrounds):
        r, g, b, alpha = rgba(css)
        red, green, blue = (
            alpha * c + (1 - alpha) * d for c, d in zip((r, g, b), (red, green, blue), strict=True)
        )
    return red, green, blue


def contrast(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """WCAG contrast ratio of two opaque colours given as 0-255 channels."""

    def luminance(colour: tuple[float, ...]) -> float:
        channels = [c / 255 for c in colour[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def opened(browser, lab_url: str, path: str):
    context = browser.new_context(viewport={"width": 1280, "height": 1600})
    page = context.new_page()
    open_notebook(page, lab_url, path)
    run_all(page)
    expect(page.locator(".coachlab-exercise").first).to_be_visible()
    return context, page


@pytest.fixture(scope="module")
def gallery(browser, lab_url):
    context, page = opened(browser, lab_url, "notebooks/gallery.ipynb")
    exercise(page, "Reflection")  # the last one: all are rendered
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "accessibility-gallery.png"), full_page=True)
    context.close()


@pytest.fixture(scope="module")
def lesson(browser, lab_url):
    context, page = opened(browser, lab_url, "notebooks/01_partnership.ipynb")
    yield page
    context.close()


# -- axe-core: nothing in our markup ---------------------------------------------------------
def test_axe_finds_nothing_in_our_markup_in_the_gallery(gallery):
    found = audit(gallery)
    report("gallery", found)
    assert found["ours"] == []


def test_axe_finds_nothing_in_our_markup_in_lesson_01(lesson):
    found = audit(lesson)
    report("lesson-01", found)
    assert found["ours"] == []


@pytest.mark.parametrize(
    "name, path, title",
    [
        ("start-here", "notebooks/00_start_here.ipynb", "Try the controls"),
        ("lesson-09", "notebooks/09_talking_straight.ipynb", None),
    ],
)
def test_axe_finds_nothing_in_our_markup_in(name, path, title, page, lab_url):
    open_notebook(page, lab_url, path)
    run_all(page)
    expect(page.locator(".coachlab-exercise").first).to_be_visible()
    if title:
        exercise(page, title)
    found = audit(page)
    report(name, found)
    assert found["ours"] == []


def test_axe_finds_nothing_in_our_markup_on_the_dashboard(browser, voila_url):  # noqa: F811
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(voila_url, timeout=120_000)
    board = page.locator(".coachlab-dashboard").first
    expect(board).to_be_visible(timeout=120_000)
    board.get_by_role("button", name="Try it with a made-up room").click()
    expect(board.locator(".coachlab-made-up")).to_be_visible()
    expect(board.locator(".coachlab-chart img").first).to_be_visible()
    found = audit(page)
    report("dashboard", found)
    snapshot = board.aria_snapshot()
    page.close()
    assert found["ours"] == []
    assert NOISY_NAME.findall(snapshot) == [], "names with icon glyphs, 'null' or a blank"
    assert re.search(r'^\s*- button "Add exports \(0\)"$', snapshot, re.MULTILINE)


# -- the accessibility tree --------------------------------------------------------------------
@pytest.mark.parametrize("exercise_id", list(GROUPED))
def test_each_group_is_named_and_holds_its_options(gallery, exercise_id):
    ex = exercise(gallery, GROUPED[exercise_id])
    groups = groups_of(exercise_id)
    kind = "checkbox" if exercise_id == "multiple-select" else "radio"
    for role, name, options in groups:
        group = ex.get_by_role(role, name=name, exact=True)
        expect(group).to_have_count(1)
        controls = group.get_by_role(kind)
        expect(controls).to_have_count(len(options))
        for option in options:
            expect(group.get_by_role(kind, name=option, exact=True)).to_have_count(1)
        # One `name` per group: what gives Chromium's "2 of 4" and the browser's one Tab stop.
        names = {c.get_attribute("name") for c in controls.all()}
        assert len(names) == 1 and names != {None}
    every = ex.locator("[role=radiogroup], [role=group]")
    expect(every).to_have_count(len(groups))


def test_a_snapshot_of_each_kind_with_clean_names(gallery):
    """The accessibility tree of one exercise of each kind, kept for the record (and the note),
    with no control named by an icon glyph, "null" or a leading blank, and no "null" title."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shots = []
    for title in [*GROUPED.values(), *OTHER_KINDS.values()]:
        ex = exercise(gallery, title)
        snapshot = ex.aria_snapshot()
        shots.append(f"# {title}\n{snapshot}\n")
        assert NOISY_NAME.findall(snapshot) == [], title
        expect(ex.locator("[title=null]:visible")).to_have_count(0)  # hidden labels aside
    (ARTIFACTS / "aria-snapshots.yaml").write_text("\n".join(shots))
    single = exercise(gallery, "Single choice").aria_snapshot()
    assert '- button "Check answer"' in single
    assert re.search(r'- radio "“What got in the way this time\?”" \[checked\]', single)


def test_the_radar_chart_has_its_numbers_as_text(gallery):
    chart = exercise(gallery, "Scale self-assessment").locator(".coachlab-chart img")
    expect(chart).to_have_attribute("alt", re.compile(r"Listening: \d of 5"))


# -- the keyboard ------------------------------------------------------------------------------
@pytest.mark.parametrize("exercise_id", list(GROUPED))
def test_one_tab_stop_per_group_then_the_check_button(gallery, exercise_id):
    ex = exercise(gallery, GROUPED[exercise_id])
    groups = ex.locator("[role=radiogroup], [role=group]")
    button = "Show my profile" if exercise_id == "scale" else "Check answer"
    ex.get_by_role("button", name=button).focus()
    stops = []
    for _ in groups.all():
        gallery.keyboard.press("Shift+Tab")
        stops.append(gallery.evaluate(FOCUSED, ex.element_handle()))
    expected = [f"group: {group_name(g)}" for g in reversed(groups.all())]
    assert stops == expected  # backwards: one stop per group, in reading order
    for _ in groups.all():
        gallery.keyboard.press("Tab")
    assert gallery.evaluate(FOCUSED, ex.element_handle()) == f"button: {button}"


def group_name(group: Locator) -> str:
    """The group's name as FOCUSED reads it: its aria-label, else its caption."""
    return (
        group.get_attribute("aria-label") or group.locator(".coachlab-choices-caption").inner_text()
    )


def test_arrow_keys_choose_in_a_group_and_stay_in_the_exercise(gallery):
    ex = exercise(gallery, "Single choice")  # the code cell chose the third option
    radios = ex.get_by_role("radio")
    radios.nth(2).focus()
    gallery.keyboard.press("ArrowUp")
    expect(radios.nth(1)).to_be_checked()
    expect(radios.nth(1)).to_be_focused()  # not the next cell: JupyterLab kept out
    gallery.keyboard.press("ArrowDown")
    gallery.keyboard.press("ArrowDown")
    expect(radios.nth(0)).to_be_checked()  # wraps round, as radio groups do
    # ipywidgets holds back a value change while the one before it is still unanswered, but
    # sends a click at once: on a busy machine the click could overtake the last arrow (the
    # stale verdict then shows and is cleared when the change lands). A person takes longer.
    gallery.wait_for_timeout(500)
    gallery.keyboard.press("Tab")
    expect(ex.get_by_role("button", name="Check answer")).to_be_focused()
    gallery.keyboard.press("Enter")
    expect(ex.get_by_role("status")).to_contain_text("✘ Not quite.")  # the kernel got it

    row = exercise(gallery, "Categorize").get_by_role("radiogroup").first
    row.get_by_role("radio").first.focus()
    gallery.keyboard.press("ArrowRight")
    expect(row.get_by_role("radio", name="Marching orders")).to_be_checked()
    expect(row.get_by_role("radio", name="Marching orders")).to_be_focused()


def test_the_feedback_of_a_check_is_brought_into_view(gallery):
    ex = exercise(gallery, "Categorize")
    check = ex.get_by_role("button", name="Check answer")
    check.evaluate("button => button.scrollIntoView({block: 'end'})")  # feedback below the fold
    check.focus()
    gallery.keyboard.press("Enter")
    expect(ex.get_by_role("status")).to_contain_text("Not quite")
    expect(ex.get_by_role("status")).to_be_in_viewport()


def test_arrow_keys_move_between_boxes_and_space_ticks(gallery):
    ex = exercise(gallery, "Multiple select")
    boxes = ex.get_by_role("checkbox")
    before = [box.is_checked() for box in boxes.all()]
    boxes.first.focus()
    gallery.keyboard.press("ArrowDown")
    expect(boxes.nth(1)).to_be_focused()
    assert [box.is_checked() for box in boxes.all()] == before  # moving ticks nothing
    gallery.keyboard.press("End")
    expect(boxes.last).to_be_focused()
    gallery.keyboard.press("Space")
    expect(boxes.last).to_be_checked()
    gallery.keyboard.press("Tab")
    gallery.keyboard.press("Enter")
    expect(ex.get_by_role("status")).to_contain_text("You found")
    # Back into the group, Tab lands on the box last used: still one stop.
    gallery.keyboard.press("Shift+Tab")
    expect(boxes.last).to_be_focused()


@pytest.mark.parametrize(
    "title, control, tag",
    [
        ("Single choice", "radio", "input"),
        ("Multiple select", "checkbox", "input"),
        ("Single choice", "button", "button"),
        ("Free text", "textbox", "textarea"),
        ("Branching conversation", "button", "button"),
    ],
)
def test_focus_is_visible_and_not_clipped(gallery, title, control, tag):
    ex = exercise(gallery, title)
    target = ex.get_by_role(control).first
    gallery.keyboard.press("Shift")  # the keyboard was used last: focus is shown (:focus-visible)
    target.focus()
    assert target.evaluate("el => el.matches(':focus-visible')")
    assert target.evaluate("el => el.tagName.toLowerCase()") == tag
    ring = target.evaluate(RING)
    assert ring["style"] != "none" and ring["width"] >= 2, ring
    assert contrast(rgba(ring["color"]), seen(ring["backgrounds"])) >= 3, ring
    assert ring["clipped"] == [], ring


def test_start_again_and_each_reply_move_focus_to_what_comes_next(gallery):
    ex = exercise(gallery, "Branching conversation")
    replies = ex.locator("button.coachlab-choice:visible")
    ex.get_by_role("button", name="Start again").focus()
    gallery.keyboard.press("Enter")
    expect(replies.first).to_be_focused()  # the first reply of the new conversation
    ex.get_by_role("button", name="“What got in the way this time?”").focus()
    gallery.keyboard.press("Enter")
    expect(ex).to_contain_text("Jamie looks relieved")
    expect(replies.first).to_be_focused()  # the next turn's first reply, not a stale button
    ex.get_by_role("button", name="“What would help you get it sooner?").focus()
    gallery.keyboard.press("Enter")
    expect(ex.get_by_role("status")).to_contain_text("✔ A good outcome.")
    expect(ex.get_by_role("button", name="Start again")).to_be_focused()  # at an ending


# -- announced feedback ------------------------------------------------------------------------
def test_a_check_changes_the_live_region_that_was_there_from_the_start(lesson: Page):
    ex = exercise(lesson, "Complete the definition")
    status = ex.get_by_role("status")
    expect(status).to_have_count(1)
    expect(status).to_have_text("")  # exists, empty, before the first check
    status.evaluate(ANNOUNCED)
    ex.get_by_role("radio", name="a clear chain of command", exact=False).check()
    ex.get_by_role("button", name="Check answer").click()
    verdict = "✘ Not quite. A chain of command says who reports to whom."  # + 1st sentence
    expect(status).to_have_text(verdict)
    expect(ex.locator(".coachlab-feedback")).to_contain_text("share, not about rank.")  # beside
    expect(status).to_have_attribute("data-probe", "the same element")  # changed in place
    ex.get_by_role("button", name="Check answer").click()  # the same answer, checked again
    lesson.wait_for_function("window.coachlabAnnounced.length === 2")
    lesson.wait_for_timeout(500)  # nothing more arrives
    announced = lesson.evaluate("window.coachlabAnnounced")
    assert announced == [verdict, verdict]  # once per check, even when unchanged
    ex.get_by_role("radio", name="common interests and goals", exact=False).check()
    expect(status).to_have_text("")  # a changed answer: the old verdict goes
    expect(status).to_have_attribute("data-probe", "the same element")
