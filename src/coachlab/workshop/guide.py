"""The facilitator guide's workshop sections (agendas, activities), made from the kit's data so
the guide cannot drift from what the tests check. Fixed advice lives in ``advice.py``."""

from __future__ import annotations

from ..plural import count
from .kit import Kit, coverage, schedule
from .models import Activity, Agenda
from .printlist import PEOPLE, print_list
from .rounds import describe, reporting_rule

WHO = {"solo": "alone", "pair": "pairs", "trio": "trios", "room": "room"}


def agenda_section(agenda: Agenda, kit: Kit) -> list[str]:
    slots, ideas = schedule(agenda, kit), coverage(agenda, kit)
    out = [f"### {agenda.title}", "", agenda.for_whom, ""]
    out += ["| Time | Min | Who | What | Ideas |", "|---|---|---|---|---|"]
    for slot in slots:
        what = slot.block.title
        if slot.activity:
            what += f" ([activity](#activity-{slot.activity.id}))"
            if slot.grouping in ("pair", "trio"):
                what += " · *lids open*"
        if slot.block.kind == "save":
            what = f"**{what}**"
        out.append(
            f"| {slot.clock} | {slot.minutes} | {WHO[slot.grouping]} | {what} | "
            f"{', '.join(slot.ideas) or '–'} |"
        )
    total = sum(s.minutes for s in slots)
    out += [
        "",
        f"Total: **{total} minutes**. *Lids open*: laptops stay open with the workbook on screen "
        "during pair and trio work (Binder counts an open window as activity). The bold block "
        "near the end saves every journal to the laptops and collects the room's files (see "
        "*Saving work to the laptop*); a long break that says “Before you go” saves a copy "
        "earlier. What you say to launch each block:",
        "",
    ]
    for slot in slots:
        says = slot.activity.launch if slot.activity else slot.block.says
        if says:
            out.append(f"- **{slot.clock} {slot.block.title}.** Say: {says}")
    missing = [i for i in kit.ideas if i not in ideas]
    lessons = sorted({n for n, x in kit.lessons.items() for i in missing if i in x.lesson.ideas})
    out += ["", f"It teaches {len(ideas)} of the article's {len(kit.ideas)} ideas."]
    if missing:
        out[-1] += f" Left for follow-up: {', '.join(missing)} (in lessons {', '.join(lessons)})."
    out += [
        "",
        f"**To print for {count(PEOPLE, 'person')}** (`make handouts`, or "
        "`make handouts PEOPLE=30` for another room size; the files named below are in "
        "`handouts/a4/` and `handouts/letter/`; the checklist has the same list):",
    ]
    out += ["", *(f"- {item.line()}" for item in print_list(agenda, kit)), ""]
    out += [f"**Afterwards:** {agenda.follow_up}", ""]
    return out


def activity_section(act: Activity) -> list[str]:
    out = [
        f'<a id="activity-{act.id}"></a>',
        "",
        f"#### Activity: {act.title} ({WHO[act.grouping]}, {act.minutes} min)",
        "",
        f"*Timing:* {act.timing}. *Ideas:* {', '.join(act.ideas)}.",
        "",
        f"*Say:* {act.launch}",
        "",
    ]
    for role in act.roles:
        out.append(f"- **{role.name}** card: {role.brief}")
        if role.hidden:
            out.append(f"  *Only on this card:* {role.hidden}")
    if act.roles:
        out += ["", "*Who holds which card* (one fresh card per player per round):", ""]
        out += [f"- {line}" for line in describe(act)]
        out += ["", f"*Manager and own report:* {reporting_rule(act)}", ""]
    if act.observer:
        out += ["*Observer sheet, listen for:*", ""]
        for item in act.observer:
            tags = [*item.ideas, *(f"cue: {c}" for c in item.cues)]
            out.append(f"- {item.what}" + (f" ({', '.join(tags)})" if tags else ""))
        out.append("")
    out += ["*Debrief* (after the last round; on the observer sheet, not on the cards):", ""]
    out += [*[f"- {q}" for q in act.debrief], ""]
    if act.care:
        out += ["*Take care:*", "", *[f"- {c}" for c in act.care], ""]
    return out
