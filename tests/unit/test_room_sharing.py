"""Sharing with the room, from the learner's side: on a laptop nothing is ever sent; on a hub a
shared answer is sent as it is saved (the room export's item), unticking withdraws it, a private
answer never leaves, and a room that cannot take it is said so while the answer stays saved.
Then the service's handlers, served for real on localhost with the hub's identity check stubbed
(tests/browser/test_hub.py runs them behind a real JupyterHub)."""

from __future__ import annotations

import asyncio
import html
import threading
from collections.abc import Iterator

import pytest
from tornado.httpserver import HTTPServer

from coachlab.hub import client
from coachlab.hub.room_service import FACILITATORS, make_app
from coachlab.hub.room_store import RoomStore
from coachlab.hub.trial import free_port
from coachlab.store import default_store

from .test_room_export import WORDS, choose_and_write_in_the_gallery, reflect
from .test_room_store import item


@pytest.fixture
def learner(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(client.ROOM_URL, raising=False)
    return tmp_path


@pytest.fixture
def on_a_hub(learner, monkeypatch) -> list[tuple]:
    """A hub with a room: every request the kernel would make, recorded instead of sent."""
    sent: list[tuple] = []
    monkeypatch.setenv(client.ROOM_URL, "http://127.0.0.1:9/services/coachlab-room")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "learner-token")
    monkeypatch.setattr(client, "request", lambda *call: sent.append(call) or _answer(call))
    return sent


def _answer(call: tuple) -> dict:
    return {"kept": call[2]} if call[0] == "PUT" else {"withdrawn": True}


def test_on_a_laptop_nothing_is_sent_and_the_box_says_where_it_goes(learner, monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "a token alone is not a room")
    monkeypatch.setattr(client, "request", lambda *call: pytest.fail(f"sent {call}"))
    ex = reflect(WORDS, share=True)  # shared, and saved: still nothing sent (request would fail)
    assert client.room_url() is None
    assert hints(ex) == [client.SHARED_ON_A_LAPTOP]  # the tick acknowledged (walkthrough 62)
    assert "file you export" in client.ON_A_LAPTOP and "nothing is sent" in client.ON_A_LAPTOP
    assert default_store().last("01", "reflect-partnership").shared is True
    ex.share.value = False
    assert hints(ex) == [client.ON_A_LAPTOP]


def test_on_a_hub_a_shared_answer_goes_as_saved_and_unticking_takes_it_back(on_a_hub):
    ex = reflect(WORDS)  # private: nothing leaves
    assert on_a_hub == []
    assert hints(ex) == [client.ON_A_HUB]
    ex.share.value = True
    assert hints(ex) == [client.SHARED_ON_A_HUB]
    (method, path, sent), *_ = on_a_hub
    assert (method, path) == ("PUT", "items/01/reflect-partnership")
    assert sent["answer"] == WORDS and sent["shared"] is True
    assert sent["at"].endswith("T00:00:00+00:00")  # the room export's item, to the day
    ex.share.value = False
    assert on_a_hub[-1] == ("DELETE", "items/01/reflect-partnership")
    assert default_store().last("01", "reflect-partnership").shared is False
    assert len(on_a_hub) == 2


def test_a_choice_and_the_gallery_never_go_to_the_room(on_a_hub):
    choose_and_write_in_the_gallery()
    assert default_store().last("01", "partner-definition") is not None  # saved, not sent
    assert on_a_hub == []


def test_a_room_that_cannot_take_it_is_said_so_and_the_answer_stays(on_a_hub, monkeypatch):
    def down(*call):
        raise client.RoomUnavailable("the room did not answer (connection refused)")

    monkeypatch.setattr(client, "request", down)
    ex = reflect(WORDS, share=True)
    assert "Not sent to the room" in ex.error_html.value
    assert "connection refused" in ex.error_html.value and 'role="alert"' in ex.error_html.value
    assert default_store().last("01", "reflect-partnership").shared is True
    assert "Noted" in ex.feedback_html.value  # the answer was checked and kept as usual


class StubAuth:
    """The hub's answer to "whose token is this?", without a hub: token "t-NAME" is NAME's."""

    access_scopes = frozenset({"access:services!service=coachlab-room"})
    api_url = "http://hub.invalid/hub/api"

    async def get_user(self, handler, sync=True):
        token = handler.request.headers.get("Authorization", "").removeprefix("token ")
        if not token.startswith("t-"):
            return None
        return {"kind": "user", "name": token[2:], "scopes": sorted(self.access_scopes)}

    def check_scopes(self, required, model):
        return set(required) & set(model["scopes"])

    async def _api_request(self, method, url, allow_403=False):
        assert url.endswith(f"/groups/{FACILITATORS}")
        return {"users": ["fran"]}


@pytest.fixture
def service(tmp_path, monkeypatch) -> Iterator[str]:
    """The room service's app on a free localhost port, in a thread of its own."""
    port, ready = free_port(), threading.Event()
    loop = asyncio.new_event_loop()

    def run() -> None:
        asyncio.set_event_loop(loop)
        app = make_app("/services/coachlab-room/", StubAuth(), RoomStore(tmp_path / "room"))
        HTTPServer(app).listen(port, "127.0.0.1")
        loop.call_soon(ready.set)
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(10)
    monkeypatch.setenv(client.ROOM_URL, f"http://127.0.0.1:{port}/services/coachlab-room/")
    yield f"http://127.0.0.1:{port}/services/coachlab-room/"
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


def as_user(monkeypatch, name: str) -> None:
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", f"t-{name}")


def test_the_service_keeps_each_learners_items_apart(service, monkeypatch):
    as_user(monkeypatch, "ana")
    client.share(item("Ana's words."))
    as_user(monkeypatch, "ben")
    client.share(item("Ben's words."))
    assert [i["answer"] for i in client.mine()] == ["Ben's words."]
    only = f"only members of the hub group {FACILITATORS}"
    with pytest.raises(client.RoomUnavailable, match=only):
        client.room()
    assert client.withdraw("01", "reflect-partnership") is True
    as_user(monkeypatch, "fran")  # the facilitator
    (export,) = client.room()
    assert [e["answer"] for e in export["events"]] == ["Ana's words."]
    as_user(monkeypatch, "ana")
    with pytest.raises(client.RoomUnavailable, match="403"):
        client.forget_room()
    as_user(monkeypatch, "fran")  # after the workshop
    assert client.forget_room() == 1 and client.room() == []


def test_the_service_refuses_strangers_and_says_why(service, monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "not-a-hub-token")
    with pytest.raises(client.RoomUnavailable, match=r"sign in to the hub first.*403"):
        client.mine()
    as_user(monkeypatch, "ana")
    with pytest.raises(client.RoomUnavailable, match=r"without consent.*400"):
        client.share({**item("Private words."), "shared": False})
    with pytest.raises(client.RoomUnavailable, match="413"):
        client.share(item("x" * 200_000))
    assert client.mine() == []


def hints(ex) -> list[str]:
    """The text of the line under the share box (HTML, escaped: read back as words)."""

    def walk(widget) -> Iterator:
        yield widget
        for child in getattr(widget, "children", ()):
            yield from walk(child)

    return [
        html.unescape(w.value)
        .removeprefix('<p class="coachlab-share-hint" role="status">')
        .removesuffix("</p>")
        for w in walk(ex.widget)
        if str(getattr(w, "value", "")).startswith('<p class="coachlab-share-hint"')
    ]


def test_a_tick_before_the_answer_is_saved_says_it_is_not_shared_yet(learner):
    """Facilitator walkthrough 64: "✓ Shared" showed before anything was saved, and the room
    export then said "Nothing to send yet"."""
    from coachlab import exercise

    ex = exercise("01", "reflect-partnership")
    ex.share.value = True
    assert hints(ex) == [client.SHARED_ONCE_SAVED]
    ex.answer(WORDS)
    ex.submit()
    assert hints(ex) == [client.SHARED_ON_A_LAPTOP]
