"""When the browser sent the widget message the kernel is handling now.

ipykernel 7 may handle a button's click before the answer the browser sent just ahead of it
(widget messages run on two threads; seen in the browser about one check in five, a few
milliseconds apart). The order the kernel runs them in is not the order the learner acted in,
but each message's header carries the browser's own send time: that order is the learner's.
"""

from __future__ import annotations

from datetime import datetime


def browser_sent_at() -> datetime | None:
    """The send time of the widget message being handled; None outside one (a cell, a test)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        return None
    kernel = getattr(get_ipython(), "kernel", None)
    try:
        header = kernel.get_parent("shell").get("header", {})
    except (AttributeError, LookupError, TypeError):  # no kernel, or no message yet
        return None
    date = header.get("date")
    if header.get("msg_type") != "comm_msg" or not isinstance(date, datetime):
        return None  # code run in a cell is no learner's click
    return date
