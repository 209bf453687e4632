"""The room service: a JupyterHub service that collects, live, the answers learners chose to share.

Run by the hub (``python -m coachlab.hub.room_service``; see deploy/jupyterhub_config.d/). Every
request carries a hub token (a learner's kernel has one: ``$JUPYTERHUB_API_TOKEN``); the hub
says whose it is (HubAuth) and whether it may use this service (the scope
``access:services!service=coachlab-room``). Then:

- ``PUT items/<lesson>/<exercise>``: a learner shares (or updates) one written answer, their own;
- ``DELETE items/<lesson>/<exercise>``: a learner withdraws it;
- ``GET items``: a learner's own shared items, and nobody else's;
- ``GET room`` / ``DELETE room``: members of the hub group ``coachlab-facilitators`` only:
  every shared item, grouped per learner without names (the room export's shape), or all
  forgotten after the workshop. Anyone else is refused (403).

There is no address for another learner's items: whose items a request touches comes from its
token, never from the request.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import time
from typing import Any
from urllib.parse import urlsplit

from jupyterhub.services.auth import HubAuth
from tornado import web
from tornado.httpserver import HTTPServer

from ..journal_schema import MAX_TEXT
from .room_store import RoomStore

NAME = "coachlab-room"
FACILITATORS = "coachlab-facilitators"  # the hub group whose members see the room
MAX_BODY = 4 * MAX_TEXT + 10_000  # one item: an answer and its feedback, escaped, with fields
GROUP_CACHE = 10.0  # seconds: a facilitator added in the hub's admin page counts this soon
log = logging.getLogger(NAME)


class Facilitators:
    """Who is in the facilitators' group, asked of the hub with the service's own token."""

    def __init__(self, auth: HubAuth, group: str = FACILITATORS):
        self.auth, self.group = auth, group
        self._members: set[str] = set()
        self._checked = -GROUP_CACHE

    async def include(self, name: str) -> bool:
        if time.monotonic() - self._checked >= GROUP_CACHE:
            url = f"{self.auth.api_url}/groups/{self.group}"
            model = await self.auth._api_request("GET", url, allow_403=True)
            self._members = set((model or {}).get("users", ()))
            self._checked = time.monotonic()
        return name in self._members


class Handler(web.RequestHandler):
    """Identify the caller from their hub token before anything else; JSON in and out."""

    def initialize(self, auth: HubAuth, store: RoomStore, facilitators: Facilitators) -> None:
        self.auth, self.store, self.facilitators = auth, store, facilitators

    async def prepare(self) -> None:
        if int(self.request.headers.get("Content-Length") or 0) > MAX_BODY:
            raise web.HTTPError(413, "one shared answer is smaller than this")
        model = await self.auth.get_user(self, sync=False)
        if not model or model.get("kind", "user") != "user":
            raise web.HTTPError(403, "sign in to the hub first (no hub user for this token)")
        if not self.auth.check_scopes(self.auth.access_scopes, model):
            raise web.HTTPError(403, f"this token may not use {NAME}")
        self.name: str = model["name"]

    def check_xsrf_cookie(self) -> None:
        """Tokens in a header only: no cookies are read, so there is nothing to forge."""

    def reply(self, data: Any, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(data, ensure_ascii=False))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        error = kwargs.get("exc_info", (None, None))[1]
        message = getattr(error, "log_message", None) or self._reason
        self.reply({"error": message}, status_code)


class ItemHandler(Handler):
    def put(self, lesson: str, exercise: str) -> None:
        try:
            item = json.loads(self.request.body or b"null")
            kept = self.store.put(self.name, lesson, exercise, item)
        except (ValueError, RecursionError) as problem:  # Refused, or not JSON
            raise web.HTTPError(400, str(problem)[:500]) from None
        self.reply({"kept": kept})

    def delete(self, lesson: str, exercise: str) -> None:
        self.reply({"withdrawn": self.store.withdraw(self.name, lesson, exercise)})


class MineHandler(Handler):
    def get(self) -> None:
        self.reply({"items": self.store.mine(self.name)})


class RoomHandler(Handler):
    async def prepare(self) -> None:
        await super().prepare()
        if not await self.facilitators.include(self.name):
            raise web.HTTPError(
                403, f"only members of the hub group {FACILITATORS} see the room's answers"
            )

    def get(self) -> None:
        self.reply({"participants": self.store.room()})

    def delete(self) -> None:
        self.reply({"forgotten": self.store.clear()})


def make_app(prefix: str, auth: HubAuth, store: RoomStore) -> web.Application:
    prefix = "/" + prefix.strip("/") + "/"
    args = {"auth": auth, "store": store, "facilitators": Facilitators(auth)}
    part = r"([0-9A-Za-z_.-]{1,100})"
    return web.Application(
        [
            (rf"{prefix}items/{part}/{part}", ItemHandler, args),
            (rf"{prefix}items", MineHandler, args),
            (rf"{prefix}room", RoomHandler, args),
        ],
        max_body_size=MAX_BODY,
    )


async def serve() -> None:
    auth = HubAuth(api_token=os.environ["JUPYTERHUB_API_TOKEN"], cache_max_age=60)
    store = RoomStore(os.environ.get("COACHLAB_ROOM_DATA", "coachlab-room"))
    app = make_app(os.environ.get("JUPYTERHUB_SERVICE_PREFIX", f"/services/{NAME}/"), auth, store)
    where = urlsplit(os.environ.get("JUPYTERHUB_SERVICE_URL", "http://127.0.0.1:10101"))
    server = HTTPServer(app, xheaders=True)
    # Zero to JupyterHub: the hub reaches the service as http://hub:PORT, so it binds 0.0.0.0.
    server.listen(where.port or 80, os.environ.get("COACHLAB_ROOM_BIND") or where.hostname)
    log.info("%s: listening on %s, keeping items in %s", NAME, where.netloc, store.folder)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):  # the hub stops services with SIGINT
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    server.stop()
    store.close()  # the last connection: SQLite folds the WAL back into the database


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="[%(name)s %(asctime)s] %(message)s")
    asyncio.run(serve())


if __name__ == "__main__":
    main()
