"""The guide's fixed advice for running a room: hard cases, Binder, launch, follow-up.

Our own guidance, not the article's; kept as Markdown lines here because it does not change with
the lessons. ``guide.py`` in coachlab.facilitator places it.
"""

from __future__ import annotations

RUNNING_GROUPS = [
    "## Running pairs and trios",
    "",
    "- **Cards.** Each player gets the card for their role only, folded so that neighbors "
    "cannot read it. The boxed part (*Only for you*) is information the other players must not "
    "have. Swap cards only after a round's feedback, when the hidden part has come out.",
    "- **Observer sheets.** In a trio the observer keeps the sheet. In a pair, the partner who "
    "is not speaking keeps it for that round. Feedback is what was heard, word for word, not a "
    "verdict on the person.",
    "- **Odd numbers.** In a pair activity, make one trio whose third person observes; in a trio "
    "activity, make one or two pairs with no observer (the coach keeps time). You can join a "
    "pair yourself only if nobody else is left; then you cannot watch the room.",
    "- **Time.** Show a timer on the screen and call each swap aloud (“One minute left… swap "
    "roles now”). The minutes in the agendas include the swap and the time in the group to "
    "compare; room debriefs are their own blocks.",
    "- **Binder.** A pair or trio of 8 minutes or more marks *export journals first* in the "
    "agenda: say “Export my journal now” before you launch it.",
    "",
]

HARD_CASES = [
    "## Hard cases in the room",
    "",
    "Our guidance, from running practice in groups; the article does not cover running a workshop.",
    "",
    "- **A manager and their own report in the same group.** Ask at the start, privately if you "
    "can: “Is anyone here with the person they report to?” Put them in different pairs and "
    "trios. If the room is too small, make the report the observer, never the receiver of the "
    "manager's straight talk, and let both use made-up situations in lessons 08 and 09.",
    "- **Psychological safety.** Say at the start what happens to what people say: nothing "
    "leaves the room with a name on it; answers in the workbook stay on their own machine; the "
    "dashboard shows only the room's totals, from journals people chose to send. Anyone may pass "
    "on any share-out, and “I'd rather use a made-up example” is always allowed.",
    "- **Cynics** (“this is all soft stuff”). Do not argue; ask for their best counter-example "
    "and put it to the room: “What would a partner have done there?” Cynics often make the "
    "best observers: give them the observer sheet in the trio, where their eye for what does not "
    "work is useful.",
    "- **Dominators.** Use the grouping: pairs and trios give everyone airtime. In room "
    "debriefs, ask for “someone who has not spoken yet”, or go round with one sentence each. "
    "Thank the dominator by name for a point and then turn to another corner of the room.",
    "- **Someone shares something painful** (a dismissal, a conflict, something at home). "
    "Stop the activity for that pair, thank them, and do not dig. Offer a short break and a "
    "word in private; point to your organization's support (HR, an employee assistance "
    "program). Never ask the room to discuss it. They may switch to a made-up situation.",
    "- **Someone who will not take part.** Offer the observer role or the paper version; "
    "being present and listening is allowed.",
    "",
]

BINDER = [
    "## Binder realities",
    "",
    "- **Idle sessions end after about ten minutes.** mybinder.org stops a session that has "
    "been idle for about ten minutes, and everything in it is lost with it. A pair or trio "
    "activity is 8 to 20 minutes away from the screen: **ask everyone to "
    "Export my journal (in Start here) before every pair or trio activity and every break**; "
    "the agendas say so at each break. After a cull, open the link again and import the JSON "
    "file.",
    "- **Better for a whole day: a hub.** On your organization's JupyterHub (the nbgitpuller "
    "link above) work is kept between sessions, and nobody loses work at lunch.",
    "- **Memory is small** (1 to 2 GB per session): ask people to close lessons they have "
    "finished (File ▸ Close and Shut Down Notebook).",
    "- **Launch takes time.** A Binder link can take one to five minutes to start, longer if "
    "the image was rebuilt recently. Open it yourself 30 minutes before the start so the image "
    "is warm.",
    "",
    "### Launch checklist",
    "",
    "1. The day before: open the link on a room machine (or your own), run "
    "`notebooks/gallery.ipynb` top to bottom; every kind of exercise should respond.",
    "2. The day before: `make handouts`, print the role cards (one per person per activity), "
    "observer sheets, the action-plan sheet, the summaries, and one set of the paper lessons.",
    "3. 30 minutes before: open the Binder link to warm it; check the room's Wi-Fi reaches "
    "mybinder.org; put the link on the screen as a short URL or QR code.",
    "4. At the start: everyone opens *Start here* and presses one button; wait until every "
    "hand is down before you teach.",
    "5. Before every pair activity and every break: “Export my journal now.”",
    "6. If the machines fail: switch to the paper lessons (the `handouts/lessons/` pages on the "
    "projector, the facilitator version for the answers) and keep the same agenda.",
    "",
]

FOLLOW_UP = [
    "## Follow-up: the 30-day check-in",
    "",
    "At the end of every agenda each person has an action plan (lesson 10): a relationship to "
    "build, a habit to change with a first step and its date, and what they will ask of their "
    "partner. Once it is written, **Export my journal** (in *Start here*) also gives "
    "`coachlab-action-plan.ics`: calendar reminders at 30, 60 and 90 days, each with the plan's "
    "own words and the check-in questions. Ask everyone to open it in their calendar before "
    "they leave.",
    "",
    "Run the 30-day check-in as a 45-minute call or meeting:",
    "",
    "1. **5 min, room.** Why we are here: what you planned, what happened, what next.",
    "2. **15 min, pairs** (new pairs). Each person reads their first step and says what "
    "happened: done, changed or not yet. The partner asks only “What got in the way?” or "
    "“What made it work?” and “What is your next step, and when?”.",
    "3. **10 min, room.** What helped most, what got in the way most. Note the patterns, not "
    "the names.",
    "4. **10 min, alone.** Update the plan: one new step with a date for the 60-day reminder; "
    "optionally repeat lesson 10's post-check.",
    "5. **5 min, room.** One sentence each, if they want to.",
    "",
    "The reminders are in each person's own calendar; the room's check-in is yours to book. "
    "Put its date on the screen at the close of the workshop and send the invitation that day.",
    "",
    "If people send you their journals again, the dashboard shows how the room's answers moved.",
    "",
]
