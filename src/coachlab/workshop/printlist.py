"""What to print for one agenda and a room of a given size, with counts: one list that the
guide (under each agenda) and the printed checklist both show, so they cannot disagree.

Role cards: one per player per round (``rounds.py``), so no card changes hands and everyone
plays each role once: as many copies of each card as there are people. Observer sheets: one per
group per round, for whoever observes in that round. Paper lessons: one set per pair, shared if
the machines fail, plus the facilitator version with the answer keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..plural import count
from .kit import Kit, schedule
from .models import Agenda
from .paper import slug

PEOPLE = 24
SIZE = {"pair": 2, "trio": 3}


@dataclass(frozen=True)
class Item:
    what: str
    copies: int
    where: str  # under handouts/<a4|letter>/ (PDF) or handouts/ (HTML)
    how: str

    def line(self) -> str:
        return f"{self.copies} × {self.what} ({self.how}; {self.where})"


def print_list(agenda: Agenda, kit: Kit, people: int = PEOPLE) -> list[Item]:
    slots = schedule(agenda, kit)
    acts = list(
        {s.activity.id: s.activity for s in slots if s.activity and s.activity.roles}.values()
    )
    lessons = sorted({s.block.lesson for s in slots if s.block.lesson and s.block.lesson != "00"})
    out = []
    for act in acts:
        groups = -(-people // SIZE[act.grouping])  # an odd one out joins a group: round up
        per_round = f"{groups} per round × {count(len(act.roles), 'round')}"
        for role in act.roles:
            out.append(
                Item(
                    f"role card “{act.title}: {role.name}”",
                    groups * len(act.roles),
                    f"cards/{act.id}--{role.id}.pdf",
                    f"{per_round}, one per player; two to a sheet, so "
                    f"{count(-(-groups * len(act.roles) // 2), 'sheet')}, cut along the line",
                )
            )
        out.append(
            Item(
                f"observer sheet “{act.title}”",
                groups * len(act.roles),
                f"observers/{act.id}.pdf",
                f"{per_round}, one per {act.grouping}",
            )
        )
    out.append(Item("action-plan sheet", people, "action-plan.pdf", "one per person"))
    pages = {n: slug(kit.lessons[n]) for n in lessons}
    out += [
        Item(f"summary of lesson {n}", people, f"summaries/{s}.pdf", "one per person")
        for n, s in pages.items()
    ]
    pairs = -(-people // 2)
    out += [
        Item(f"paper lesson {n}", pairs, f"lessons/{s}.html", "one per pair, if the machines fail")
        for n, s in pages.items()
    ]
    out.append(
        Item(
            "set of facilitator paper lessons (answer keys)",
            1,
            "lessons/NN_*-facilitator.html",
            f"lessons {', '.join(lessons)}, for you",
        )
    )
    out.append(Item("workshop checklist", 1, "checklist.pdf", "for you"))
    return out
