"""The facilitator's kit: a room's exported journals, checked and summarised, in a dashboard."""

from __future__ import annotations

from .dashboard import Dashboard, dashboard
from .demo import demo_room
from .room import Rejected, Room, load_folder, load_room
from .summary import Summary, summarize

__all__ = [
    "Dashboard",
    "Rejected",
    "Room",
    "Summary",
    "dashboard",
    "demo_room",
    "load_folder",
    "load_room",
    "summarize",
]
