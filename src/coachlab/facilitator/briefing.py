"""What the dashboard tells the facilitator to say to the room, rendered from the one privacy
promise (room_export.PRIVACY, HUB_PRIVACY) so that it cannot drift from Start here, the README
and the guide."""

from __future__ import annotations

from IPython.display import Markdown

from ..room_export import HUB_PRIVACY, PRIVACY

COLLECTING = """<details><summary><strong>Collecting the room's answers</strong> (what to tell \
the room, how to load the files)</summary>

Tell the room, in these words:

> {privacy}

Then either **Add exports** (select many files at once) or type the folder that holds them and
press **Load folder**. Files that are not exports, or larger than 5 MB, are listed with the
reason and skipped. Add at most about 8 MB in one selection (a room's exports are a few
kilobytes each): JupyterLab drops a larger selection without a word. For more, add them in
several goes, or use **Load folder**.

**On a JupyterHub with the room service** (docs/deploy.md), tell the room this too:

> {hub_privacy}

Then press **Load what the room shared (this hub)**, and again to refresh: no files are passed
around. It works for members of the hub group `coachlab-facilitators` only.

To see what the dashboard shows before your workshop, press **Try it with a made-up room**: thirty
invented participants, clearly labeled as made up.

To show this page without code, serve it with Voila: `make dashboard`.

</details>
"""


def collecting_the_room() -> Markdown:
    """The dashboard's briefing: the privacy words to read out, and how to load the room.
    Constant text from this package only (nothing from learners)."""
    return Markdown(COLLECTING.format(privacy=PRIVACY, hub_privacy=HUB_PRIVACY))
