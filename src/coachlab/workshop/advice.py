"""The guide's fixed advice for running a room: hard cases, Binder, launch, follow-up.

Our own guidance, not the article's; kept as Markdown lines here because it does not change with
the lessons. ``guide.py`` in coachlab.facilitator places it.
"""

from __future__ import annotations

GROUPING = [
    "## Before the session: groups and reporting lines",
    "",
    "A manager and their own report should not practice coaching or straight talk on each "
    "other: neither can speak freely, and the room should never have to find out who reports "
    "to whom. Sort it out before the day, not in the room:",
    "",
    "1. **A week before,** ask the organizer for the participant list with reporting lines "
    "(who reports to whom among the participants), and whether anyone would rather not work "
    "with a particular colleague.",
    "2. **Make a seating plan with fixed groups.** For 24 people: four tables of six, seats "
    "numbered 1 to 6. The pairs are seats 1–2, 3–4 and 5–6; the trios are seats 1–2–3 and "
    "4–5–6. Put each manager and their own report at different tables; then nobody has to "
    "regroup during the session. Put name cards (first names only) on the seats. In a trio, "
    "seats 1, 2, 3 (or 4, 5, 6) are players A, B, C; in a pair, the lower seat is A.",
    "3. **Where that is impossible** (a small team, a whole department), follow each "
    "activity's *Manager and own report* line in this guide: never in the same pair; in the "
    "trio, only with the seats that keep the report from being coached by their manager.",
    "4. **Late arrivals and no-shows:** fill the gap from another table, checking the list, "
    "never by asking the room who reports to whom.",
    "",
]

RUNNING_GROUPS = [
    *GROUPING,
    "## Running pairs and trios",
    "",
    "- **Cards.** Each player gets the card for their role in this round only, and a fresh "
    "card for their next role in the next round (each activity says who holds which card, "
    "players A, B and C). The part below the *✂ Fold here* line is information the other "
    "players must not have: players fold it under before they sit down and read it only "
    "themselves. The cards carry no debrief questions (those would give away other roles' "
    "briefs); the debrief is on the observer sheet and in this guide, for after the last "
    "round.",
    "- **Observer sheets.** In a trio the observer keeps the sheet. In a pair, the partner who "
    "is not speaking keeps it for that round. Feedback is what was heard, word for word, not a "
    "verdict on the person.",
    "- **Odd numbers.** In a pair activity, make one trio whose third person observes; in a trio "
    "activity, make one or two pairs with no observer (the coach keeps time). You can join a "
    "pair yourself only if nobody else is left; then you cannot watch the room.",
    "- **Time.** Show a timer on the screen and call each swap aloud (“One minute left… swap "
    "roles now”). The minutes in the agendas include the swap and the time in the group to "
    "compare; room debriefs are their own blocks.",
    "- **Binder.** Every pair and trio is marked *lids open* in the agenda: say “Laptops stay "
    "open, workbook on screen” as you launch it. Nobody exports before pair work; the one "
    "export that counts is the timed one near the end.",
    "",
]

HARD_CASES = [
    "## Hard cases in the room",
    "",
    "Our guidance, from running practice in groups; the article does not cover running a workshop.",
    "",
    "- **A manager and their own report in the same room.** Handled before the day with the "
    "organizer's reporting lines and the seating plan (*Before the session*); never ask the "
    "room who reports to whom. If the seating plan could not separate them, follow the "
    "activity's *Manager and own report* line, and let both use made-up situations in lessons "
    "08 and 09.",
    "- **Psychological safety.** Say at the start what happens to what people say: nothing "
    "leaves the room with a name on it; answers in the workbook stay in each person's own "
    "session (on Binder, a temporary server of their own) until they download them; the "
    "dashboard shows, without names, only the room's totals and the reflections people ticked "
    "to share, from the room file they chose to send (`coachlab-for-the-room.json`, never their "
    "journal; choices only if they tick **Include my choices in the exercises**). Anyone may "
    "pass on any share-out, and “I'd rather use a made-up example” is always allowed.",
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

PINNED_BINDER = (
    "https://mybinder.org/v2/gh/ORG/REPO/<commit-or-tag>"
    "?urlpath=lab/tree/notebooks/00_start_here.ipynb"
)

# Word for word what people do so that their journal reaches their own laptop and the room
# file reaches the facilitator (journal_controls.py lists the files to keep, numbered, each a
# download link named as the file, under the button once they are saved on the server).
SAVE_SCRIPT = (
    "“One: go to the *Start here* tab, choose Run ▸ Run All Cells, and click **Export my "
    "journal**. That saves it on the "
    "Binder server, not yet on your laptop. Two: under the button, click the first file in the "
    "list, **coachlab-journal.json** (all your answers), then the second, "
    "**coachlab-action-plan.ics** (your 30-, 60- and 90-day check-ins, for your calendar), and "
    "check that both are in your Downloads folder. Three, for the room: tick **Include my "
    "choices in the exercises** if you are willing (no is fine), press **Export what I shared "
    "for the room**, click **coachlab-for-the-room.json** under it and send me that one file "
    "the way shown on the screen. If it says “Nothing to send yet”, you shared nothing, and "
    "that is fine. Never send your journal.” (`coachlab-action-plan.ics` appears "
    # how files reach you without names, and how long you keep them (facilitator walkthrough 61)
    "only once lesson 10's action plan is written.) Put on the screen how to send it, and "
    "choose a way that keeps it nameless: an upload to a shared "
    "folder that does not record who added what, or a USB stick passed round. An email arrives "
    "with the sender's name: if you collect by email, save the attachments to one folder "
    "without reading the messages, and say so to the room. You add the files to the dashboard "
    "(*Seeing the room*). Tell the room how long you keep them, and delete them when you said "
    "you would (after the 30-day follow-up, say)."
)

BINDER = [
    "## Binder realities",
    "",
    "- **Binder is a public online service.** Each participant gets a temporary server of "
    "their own; what they type lives on that server, not on their laptop, until they download "
    "their journal. Say so in the welcome, and ask for made-up names for real people.",
    "- **Idle sessions end after about 10 minutes,** and the server's copy of everything goes "
    "with them. Binder counts an open window as activity: **keep laptop lids open, workbook on "
    "screen, during pair and trio work and breaks.** A closed lid or a sleeping laptop for 10 "
    "minutes loses the session.",
    "- **Pin the link to a commit or a tag**, so the workbook cannot change under you between "
    "your rehearsal and the session, and so Binder reuses the image it built: "
    f"`{PINNED_BINDER}` (the tag, for example `v1.0`, or the full commit id from `git rev-parse "
    "HEAD`).",
    "- **Launch it yourself an hour before.** The first launch of a new commit builds the image, "
    "which can take well over five minutes; after that a launch takes a minute or two. Open the "
    "pinned link an hour before the start and wait until *Start here* opens.",
    "- **A session is not promised for a whole day.** mybinder.org's user guidelines "
    "(mybinder.readthedocs.io) say how many hours a session aims to last and promise no more; "
    "read the current figure before you plan a day on it. A session can also end with a server "
    "restart. On Binder, the full day's one-minute export at lunch is what saves the morning: if "
    "a session has ended, the participant opens the link again and imports coachlab-journal.json "
    "in *Start here*.",
    "- **Better for a whole day: a hub.** On a JupyterHub (the nbgitpuller links of `make "
    "links`, above) work is kept between sessions, nobody loses work at lunch, and shared "
    "answers reach your dashboard without files.",
    "- **Memory is small** (1 to 2 GB per session): ask people to close lessons they have "
    "finished (File ▸ Close and Shut Down Notebook).",
    "",
    "### Saving work to the laptop",
    "",
    "*Export my journal* saves the files next to the notebook **on the Binder server**; they "
    "reach the participant's laptop only when they click the link shown under the button. "
    "Every agenda has one timed block for this, **Save your journal to your laptop, and send "
    "what you shared** (5 min, "
    "after lesson 10's action plan), and a reminder at the close; the half day's first break "
    "and the full day's lunch start with a one-minute export too, as a session left alone over "
    "a break can end. Say:",
    "",
    f"> {SAVE_SCRIPT}",
    "",
    "Wait for the hands. Anyone whose browser blocks the download copies their plan onto the "
    "paper action-plan sheet. At the close, say: “Before you close the lid: is "
    "`coachlab-journal.json` in your Downloads folder? If not, Export my journal and click "
    "coachlab-journal.json now.” If a session ended anyway, open the link again and use "
    "*Import a journal* in *Start here* with the downloaded JSON file.",
    "",
    "### Launch checklist",
    "",
    "1. A week before: ask the organizer for reporting lines and make the seating plan "
    "(*Before the session*).",
    "2. The day before: open the pinned link on a room machine (or your own), run "
    "`notebooks/gallery.ipynb` top to bottom; every kind of exercise should respond.",
    "3. The day before: `make handouts`, and print the list under your agenda (*To print*).",
    "4. An hour before: open the pinned Binder link so the image is built; check the room's "
    "Wi-Fi reaches mybinder.org; put the link on the screen as a short URL or QR code.",
    "5. At the start (the welcome block): the privacy statement, then everyone opens the link; "
    "wait until every hand is down before you teach.",
    "6. Each pair and trio: “Laptops stay open, workbook on screen.”",
    "7. The timed save block near the end, word for word as above; the reminder at the close.",
    "8. If the machines fail: switch to the paper lessons (the `handouts/lessons/` pages on the "
    "projector, the facilitator version for the answers) and keep the same agenda.",
    "",
]

FOLLOW_UP = [
    "## Follow-up: the 30-day check-in",
    "",
    "At the end of every agenda each person has an action plan (lesson 10): a relationship to "
    "build, a habit to change with a first step and its date, and what they will ask of their "
    "partner. Once it is written, **Export my journal** (in *Start here*) also gives "
    "`coachlab-action-plan.ics` (on the server; the **coachlab-action-plan.ics** link under "
    "the button downloads it): calendar reminders at 30, 60 and 90 days (one that falls on a "
    "weekend moves to the Monday), each with the plan's own words and the check-in questions. "
    "Ask everyone to open it in their calendar before they leave.",
    "",
    "Run the 30-day check-in as a 45-minute call or meeting:",
    "",
    "1. **5 min, room.** Why we are here: what you planned, what happened, what next.",
    "2. **15 min, pairs** (new pairs). Each person reads their first step and says what "
    "happened: done, changed or not yet. The partner asks only “What got in the way?” or "
    "“What made it work?” and “What is your next step, and when?”.",
    "3. **10 min, room.** What helped most, what got in the way most. Note the patterns, not "
    "the names.",
    "4. **10 min, alone.** Update the plan in lesson 10 (on Binder, first import "
    "coachlab-journal.json in *Start here*): one new step with a date for the 60-day reminder; "
    "optionally repeat lesson 10's post-check. Then export again and open the new "
    "coachlab-action-plan.ics: its three reminders keep their days and their identities, so a "
    "calendar that honours updates replaces the old ones with the new plan (if one adds a second "
    "set, delete the first).",
    "5. **5 min, room.** One sentence each, if they want to.",
    "",
    "The reminders are in each person's own calendar; the room's check-in is yours to book. "
    "Put its date on the screen at the close of the workshop and send the invitation that day.",
    "",
    "If people press **Export what I shared for the room** again and send you the new "
    "`coachlab-for-the-room.json` (choices only if they tick **Include my choices in the "
    "exercises**; never their journal), add them as they come: each export carries a random "
    "number (no name) and how many that person has made, so the dashboard counts each person's "
    "newest file once and lists the older one as replaced. Its page shows where the room "
    "stands now.",
    "",
]
