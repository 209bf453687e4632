"""The learner's (and the facilitator's) side of the room service, in plain ``urllib``.

A kernel talks to the room only when the hub's configuration says where it is
(``$COACHLAB_ROOM_URL``, set for learners' servers by deploy/jupyterhub_config.d/coachlab.py)
and the server has a hub token (``$JUPYTERHUB_API_TOKEN``). On a laptop or on Binder neither is
set: nothing is ever sent, and the share box says so.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote

ROOM_URL = "COACHLAB_ROOM_URL"
# Seconds a learner waits at most before being told it did not go. 200 learners sharing in the
# same second were all answered within 6 s on a 2-core machine (make bench): room to spare.
TIMEOUT = 15.0
ON_A_LAPTOP = (
    "Private unless you tick this. Shared answers go only into the file you export for the "
    "room, without your name; nothing is sent anywhere by itself."
)
ON_A_HUB = (
    "Private unless you tick this. Ticked, this answer goes at once to your facilitator's "
    "dashboard on this hub, without your name; untick to take it back. Other participants "
    "never see it. It stays in your journal either way."
)


class RoomUnavailable(Exception):
    """The room service could not take the request; the reason, in words for the learner."""


def room_url() -> str | None:
    """The room service's address when this kernel runs on a hub that has one, else None."""
    url = os.environ.get(ROOM_URL, "").strip()
    if not url or not os.environ.get("JUPYTERHUB_API_TOKEN"):
        return None
    return url.rstrip("/") + "/"


# Said once the box is ticked, so the tick is acknowledged (walkthrough 62: "ticking it gives no
# sign that anything happened")
SHARED_ON_A_LAPTOP = (
    "✓ Shared, without your name: this answer goes into the file you export for the room, and "
    "nowhere else. Untick to keep it private."
)
SHARED_ON_A_HUB = (
    "✓ Shared, without your name: once saved, this answer is on your facilitator's dashboard. "
    "Untick to take it back."
)


# Ticked before the answer is saved: nothing is shared yet (facilitator walkthrough 64: "✓
# Shared" showed, and the room export then said "Nothing to send yet")
SHARED_ONCE_SAVED = (
    "✓ To be shared, without your name, once your answer is saved: press the button below it "
    "(Check answer or Done). Untick to keep it private."
)


def where_shared_goes(shared: bool = False, saved: bool = True) -> str:
    """What ticking "Share with the facilitator" does here, in one plain sentence or three, and
    once ``shared``, that it is done (or will be, once the answer is ``saved``)."""
    if shared and not saved:
        return SHARED_ONCE_SAVED
    if shared:
        return SHARED_ON_A_HUB if room_url() else SHARED_ON_A_LAPTOP
    return ON_A_HUB if room_url() else ON_A_LAPTOP


def share(item: dict[str, Any]) -> dict[str, Any]:
    """Send one shared item (the room export's shape); what the room kept."""
    path = f"items/{quote(item['lesson'], safe='')}/{quote(item['exercise'], safe='')}"
    return request("PUT", path, item)["kept"]


def withdraw(lesson: str, exercise: str) -> bool:
    """Take back one item; True if the room had it."""
    path = f"items/{quote(lesson, safe='')}/{quote(exercise, safe='')}"
    return request("DELETE", path)["withdrawn"]


def mine() -> list[dict[str, Any]]:
    """What this learner has shared with the room right now."""
    return request("GET", "items")["items"]


def room() -> list[dict[str, Any]]:
    """Facilitators only: one room export per participant who shared something, no names."""
    return request("GET", "room")["participants"]


def forget_room() -> int:
    """Facilitators only, after the workshop: delete every shared item; how many there were."""
    return request("DELETE", "room")["forgotten"]


def request(method: str, path: str, body: Any = None) -> dict[str, Any]:
    url = room_url()
    if url is None:
        raise RoomUnavailable("this workbook is not running on a hub with a room")
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    call = urllib.request.Request(url + path, data=data, method=method)  # noqa: S310 (our hub)
    call.add_header("Authorization", f"token {os.environ['JUPYTERHUB_API_TOKEN']}")
    call.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(call, timeout=TIMEOUT) as response:  # noqa: S310
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        raise RoomUnavailable(_said(error)) from None
    except (OSError, ValueError) as error:  # refused, timed out, not JSON
        raise RoomUnavailable(f"the room did not answer ({error})") from None


def _said(error: urllib.error.HTTPError) -> str:
    try:
        return f"the room said: {json.loads(error.read())['error']} ({error.code})"
    except (ValueError, KeyError, TypeError, OSError):
        return f"the room answered {error.code} {error.reason}"
