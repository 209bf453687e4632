"""The handouts' pages as HTML: role cards (one per role, so a hidden brief is only ever on its
own card), observer sheets, the action-plan sheet, a one-page summary per lesson and the
workshop checklist. Printing them is ``handouts.py``'s job."""

from __future__ import annotations

import json
import re

from ..content import Lesson
from ..plural import count
from ..timing import ROOT
from .kit import PLAN, Kit, schedule
from .models import Activity, Role
from .page import esc, halves, items, lines, md, page
from .printlist import PEOPLE, print_list
from .rounds import describe

# What each cue name means, in our words (the names are the feedback engine's).
CUE_MEANING = {
    "open": "an open question: invites their view, many answers possible",
    "closed": "a closed question: yes/no, a fact or a number",
    "leading": "a question that suggests its own answer",
    "why": "“why did you…”: easily heard as blame",
    "stacked": "several questions at once",
    "advice": "advice in the form of a question (“Have you tried…?”)",
    "partnering": "a request that leaves room for the other's view",
    "directive": "an order, however politely worded",
    "proactive": "what I will do, what is in my hands",
    "reactive": "what happens to me, what they did",
    "straight": "situation, behavior, impact and request, said plainly",
    "hedged": "softeners that bury the point",
    "harsh": "labels or absolutes aimed at the person",
}
FOLD = "✂ Fold here, so that only you can read what is below"
HOLDER = {
    "pair": "The partner who is not speaking in a round keeps this sheet for that round.",
    "trio": "The player holding the Observer card keeps this sheet for that round.",
    "room": "",
    "solo": "",
}
GROUP = {"solo": "alone", "pair": "pair", "trio": "trio", "room": "whole room"}


def _about(act: Activity, kit: Kit) -> str:
    title = kit.lessons[act.lesson].lesson.title
    return f"Lesson {act.lesson} · {title} · {GROUP[act.grouping]} · {act.minutes} min"


def role_card(act: Activity, role: Role, kit: Kit) -> str:
    others = ", ".join(r.name for r in act.roles if r.id != role.id)
    body = [
        f"<p><strong>Your role:</strong> {esc(role.name)}. Other roles: {esc(others)}.</p>",
        f"<p><strong>Timing:</strong> {esc(act.timing)}. This card is yours for one round; "
        "the next round you get a fresh card for your next role.</p>",
        f"<h2>Your brief</h2><p>{esc(role.brief)}</p>",
    ]
    if role.hidden:
        body.append(
            f'<div class="fold">{FOLD}</div>'
            '<div class="hidden"><h2>Only for you: do not show this part</h2>'
            f"<p>{esc(role.hidden)}</p></div>"
        )
    title, kicker = f"{act.title}: {role.name}", "Role card · " + _about(act, kit)
    return halves(title, "".join(body), kicker)  # two cards to a sheet


def observer_sheet(act: Activity, kit: Kit) -> str:
    rows = []
    for item in act.observer:
        words = "".join(f"<p>“{esc(kit.ideas[i])}”</p>" for i in item.ideas)
        cues = "<br>".join(f"<strong>{esc(c)}</strong>: {esc(CUE_MEANING[c])}" for c in item.cues)
        rows.append(f"<tr><td>{esc(item.what)}</td><td>{words}</td><td>{cues}</td><td></td></tr>")
    body = (
        f"<p>{esc(act.timing)}.</p><h2>Listen for</h2>"
        "<table><tr><th>What</th><th>The article's words</th><th>Cues (the workbook's "
        "names)</th><th style='width:32%'>What you heard, word for word</th></tr>"
        + "".join(rows)
        + "</table><h2>Who holds which card</h2>"
        + items(describe(act))
        + f"<p>{esc(HOLDER[act.grouping])}</p>"
        + "<h2>Debrief, after the last round</h2>"
        + items(act.debrief)
        + '<p class="ours">Give what you heard, not a verdict on the person. The cue names are '
        "the ones the workbook's feedback uses; the table is our reading of the article.</p>"
    )
    return page(f"Observer sheet: {act.title}", body, _about(act, kit))


def action_plan_sheet(kit: Kit) -> str:
    lesson = kit.lessons["10"]
    body = ['<p class="ours">From lesson 10. Keep this sheet; nobody collects it.</p>']
    for exercise_id in PLAN:
        spec = lesson.exercise(exercise_id)
        body.append(f"<h2>{esc(spec.title)}</h2><p>{esc(spec.prompt)}</p>{lines(4)}")
    body.append(
        "<h2>My first step, and its date</h2>"
        + lines(2)
        + "<h2>Check-ins</h2><p>"
        + " ".join(f'<span class="box"></span>{d} days &nbsp; ' for d in (30, 60, 90))
        + '</p><p class="ours">In the workbook, <em>Export my journal</em> (in Start here) also '
        "gives these check-ins as calendar reminders: coachlab-action-plan.ics.</p>"
    )
    return page("My action plan", "".join(body), "Lesson 10 · Common ground")


def key_points(number: str) -> str:
    """The Markdown of the lesson notebook's Key points cell (ours), or ''."""
    path = next((ROOT / "notebooks").glob(f"{number}_*.ipynb"))
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and text.startswith("## Key points"):
            text = re.sub(r"^## Key points\s*", "", text)
            # navigation to notebooks means nothing on paper
            return "\n".join(line for line in text.splitlines() if ".ipynb" not in line)
    return ""


def lesson_summary(lesson: Lesson, kit: Kit) -> str:
    meta = lesson.lesson
    quotes = "".join(f"<blockquote>“{esc(kit.ideas[i])}”</blockquote>" for i in meta.ideas)
    acts = [a for a in kit.activities.values() if a.lesson == meta.number]
    body = (
        f"<p><strong>About {meta.minutes} minutes.</strong> {esc(meta.summary)}</p>"
        f"<h2>You will be able to</h2>{items(list(meta.objectives))}"
        + (f"<h2>The article's words</h2>{quotes}" if quotes else "")
        + '<h2>Key points</h2><p class="ours">Our summary: only the words in quotation marks '
        "are the article's.</p>"
        + md(key_points(meta.number))
        + (
            f"<h2>In the room</h2>{items([f'{a.title} ({a.minutes} min)' for a in acts])}"
            if acts
            else ""
        )
    )
    return page(f"{meta.number} · {meta.title}", body, "Lesson summary")


NUMBER_WORDS = "no one two three four five six seven eight nine ten".split()  # noqa: SIM905


def tables_of_six(people: int) -> str:
    """The tables a room of ``people`` needs, six to a table; the rest make a smaller table
    of three to five, or join other tables as the guide's *Odd numbers* says."""
    full, rest = divmod(people, 6)
    if full == 0:
        return f"one table of {NUMBER_WORDS[rest]}"
    tables = f"{NUMBER_WORDS[full] if full <= 10 else full} table{'s' * (full != 1)} of six"
    if rest >= 3:
        return f"{tables} and one of {NUMBER_WORDS[rest]}"
    if rest and full == 1:
        return f"one table of {NUMBER_WORDS[6 + rest]} (see Odd numbers in the guide)"
    if rest:
        extra = "one extra seat at one table" if rest == 1 else "two extra seats"
        return f"{tables}, with {extra} (see Odd numbers in the guide)"
    return tables


def checklist(kit: Kit, people: int = PEOPLE) -> str:
    body = [
        "<h2>Materials</h2>",
        items(
            [
                "Role cards: print on card if you can and fold along the ✂ line before handing "
                "them out; one per player per round, so no card changes hands",
                "Pens, a timer visible to the room, name cards with first names only",
            ]
        ),
    ]
    for agenda in kit.agendas:
        body.append(
            f"<h2>To print for {count(people, 'person')}: {esc(agenda.title)}</h2>"
            + items([item.line() for item in print_list(agenda, kit, people)])
        )
    body += [
        "<h2>Room set-up</h2>",
        items(
            [
                "Tables for pairs and trios, with space between groups so briefs stay private",
                "A projector showing the Binder link (short URL or QR code) and the timer",
                "A seating plan made a week before from the organizer's reporting lines: "
                f"{tables_of_six(people)}, fixed pairs (seats 1-2, 3-4, 5-6) and trios (1-2-3, "
                "4-5-6), each manager at a different table from their own report",
            ]
        ),
        "<h2>Tech check</h2>",
        items(
            [
                "Pin the Binder link to a commit or tag: https://mybinder.org/v2/gh/ORG/REPO/"
                "<commit-or-tag>?urlpath=lab/tree/notebooks/00_start_here.ipynb",
                "The day before: run notebooks/gallery.ipynb on a room machine",
                "An hour before: open the pinned link yourself so the image is built; check "
                "the Wi-Fi",
                "Pair and trio work and breaks: laptop lids open, workbook on screen (Binder "
                "ends a session after about 10 idle minutes)",
                "The timed save near the end: Start here, Export my journal, then click "
                "coachlab-journal.json and coachlab-action-plan.ics under the button (that is "
                "what reaches the laptop); Export what I shared for the room, and send "
                "coachlab-for-the-room.json the way on the screen; remind at the close",
            ]
        ),
    ]
    for agenda in kit.agendas:
        rows = "".join(
            f"<tr><td>{s.clock}</td><td>{s.minutes}</td><td>{esc(GROUP[s.grouping])}</td>"
            f"<td>{esc(s.block.title)}</td></tr>"
            for s in schedule(agenda, kit)
        )
        body.append(
            f"<h2>Timings: {esc(agenda.title)}</h2><table><tr><th>Start</th><th>Min</th>"
            f"<th>Who</th><th>What</th></tr>{rows}</table>"
        )
    return page("Workshop checklist", "".join(body), "For the facilitator")
