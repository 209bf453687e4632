"""A throwaway JupyterHub on this machine, for the hub test and the room benchmark.

JupyterHub from PyPI (the ``hub`` extra), configurable-http-proxy from npm (pinned, installed
into ``.chp/`` the first time, like the browser tests' axe-core), the dummy authenticator, local
processes for learners' servers, free localhost ports, and everything in one temporary folder.
It loads deploy/jupyterhub_config.d/coachlab.py exactly as a real hub does, so the test checks
the configuration a facilitator deploys. Whatever it starts, ``stop()`` stops: the hub (which
stops the proxy, the room service and the servers), then anything of theirs still running.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
CHP_VERSION = "5.3.0"
CHP = ROOT / ".chp" / "node_modules" / ".bin" / "configurable-http-proxy"
FRAGMENT = ROOT / "deploy" / "jupyterhub_config.d" / "coachlab.py"
PASSWORD = "coachlab-trial"  # noqa: S105 (the dummy authenticator's one password, for localhost only)
ADMIN = "trial-admin"  # a service holding the admin role: the test's and benchmark's hands
FACILITATOR = "facilitator"
NOTIFICATIONS = {"fetchNews": "false", "checkForUpdates": False}  # no news toast in the page


class Missing(RuntimeError):
    """Something the trial hub needs that this machine cannot get from a package registry."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def proxy_command() -> Path:
    """configurable-http-proxy from npm, installed into .chp/ once."""
    if not CHP.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise Missing("configurable-http-proxy comes from npm, and npm is missing")
        subprocess.run(  # noqa: S603 (npm, a pinned package)
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(CHP.parents[2]),
             f"configurable-http-proxy@{CHP_VERSION}"],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
    return CHP


CONFIG = """\
c = get_config()  # noqa
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {proxy_port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.command = [{chp!r}]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.JupyterHub.db_url = "sqlite:///{folder}/hub.sqlite"
c.JupyterHub.cookie_secret_file = "{folder}/cookie_secret"
c.JupyterHub.pid_file = "{folder}/hub.pid"
c.JupyterHub.cleanup_servers = True
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {password!r}
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{folder}/homes/{{username}}"
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.args = {args!r}
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.JupyterHub.services = [{{"name": {admin!r}, "api_token": {token!r}}}]
c.JupyterHub.load_roles = [{{"name": "admin", "services": [{admin!r}]}}]
load_subconfig({fragment!r})  # noqa
c.Spawner.environment.update({{"JUPYTERLAB_SETTINGS_DIR": "{folder}/lab-settings"}})
"""


@dataclass
class TrialHub:
    folder: Path
    url: str = ""
    room_url: str = ""
    token: str = ""
    process: subprocess.Popen | None = None
    servers: dict[str, int] = field(default_factory=dict)  # user: server pid, to be sure they stop

    def start(self, facilitators: tuple[str, ...] = (FACILITATOR,), timeout: float = 60) -> None:
        chp = proxy_command()
        singleuser = Path(sys.executable).with_name("jupyterhub-singleuser")
        if not singleuser.exists():
            raise Missing(f"no jupyterhub-singleuser beside {sys.executable}")
        self.folder.mkdir(parents=True, exist_ok=True)
        settings = self.folder / "lab-settings" / "@jupyterlab" / "apputils-extension"
        settings.mkdir(parents=True, exist_ok=True)
        (settings / "notification.jupyterlab-settings").write_text(json.dumps(NOTIFICATIONS))
        self.token = os.urandom(16).hex()
        proxy_port, room_port = free_port(), free_port()
        (self.folder / "jupyterhub_config.py").write_text(
            CONFIG.format(
                proxy_port=proxy_port,
                hub_port=free_port(),
                proxy_api_port=free_port(),
                chp=str(chp),
                folder=self.folder,
                password=PASSWORD,
                singleuser=str(singleuser),
                args=["--allow-root"] if os.geteuid() == 0 else [],
                admin=ADMIN,
                token=self.token,
                fragment=str(FRAGMENT),
            )
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith(("COACHLAB", "JUPYTER"))}
        env.update(
            COACHLAB_ROOM_PORT=str(room_port),
            COACHLAB_ROOM_PYTHON=sys.executable,
            COACHLAB_ROOM_CODE=str(ROOT / "src"),
            COACHLAB_ROOM_DATA=str(self.folder / "room"),
            COACHLAB_USER_HOME=f"{self.folder}/homes/{{username}}",
            COACHLAB_FACILITATORS=",".join(facilitators),
        )
        self.url = f"http://127.0.0.1:{proxy_port}"
        self.room_url = f"http://127.0.0.1:{room_port}/services/coachlab-room/"
        with (self.folder / "hub.log").open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "jupyterhub", "-f", "jupyterhub_config.py"],
                cwd=self.folder, env=env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        self._wait(lambda: self.api("GET", "/") is not None, timeout, "the hub's API")

    def api(self, method: str, path: str, body: Any = None, token: str | None = None) -> Any:
        """The hub's REST API as the admin service (or as ``token``); None while it is down."""
        return call(method, f"{self.url}/hub/api{path}", body, token or self.token)

    def add_user(self, name: str) -> None:
        """Create ``name`` (a facilitator already exists: the hub made them for their group)."""
        try:
            self.api("POST", f"/users/{name}")
        except urllib.error.HTTPError as error:
            if error.code != 409:
                raise

    def spawn(self, *names: str, wait: bool = True, timeout: float = 120) -> None:
        """Start these users' servers (the hub starts them side by side) and, unless ``wait`` is
        False, wait until all are ready (``ready()`` waits later)."""
        for name in names:
            self.api("POST", f"/users/{name}/server")
        if wait:
            self.ready(*names, timeout=timeout)

    def ready(self, *names: str, timeout: float = 120) -> None:
        """Wait until these users' servers are ready; note their processes, to stop them."""

        def up(name: str) -> bool:
            server = self.api("GET", f"/users/{name}").get("servers", {}).get("", {})
            if server.get("state", {}).get("pid"):
                self.servers[name] = server["state"]["pid"]
            return bool(server.get("ready"))

        for name in names:
            self._wait(lambda name=name: up(name), timeout, f"{name}'s server")

    def user_token(self, name: str, scopes: list[str]) -> str:
        body = {"scopes": scopes, "note": "coachlab trial", "expires_in": 3600}
        return self.api("POST", f"/users/{name}/tokens", body)["token"]

    def log(self) -> str:
        path = self.folder / "hub.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def stop(self, timeout: float = 30) -> float:
        """Stop the hub and everything it started; the seconds it took."""
        start = time.monotonic()
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the hub stops servers, proxy, service
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None:
            _kill_group(self.process.pid)  # anything of the hub's left behind
        for pid in self.servers.values():
            _kill_group(pid)
        return time.monotonic() - start

    def _wait(self, check, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"the hub exited ({self.process.returncode}):\n{self.log()}")
            try:
                if check():
                    return
            except (OSError, ValueError, AttributeError):
                pass
            time.sleep(0.25)
        raise TimeoutError(f"{what} not ready within {timeout:.0f} s:\n{self.log()}")


def call(method: str, url: str, body: Any = None, token: str = "") -> Any:
    """One JSON request; the decoded answer, None when nothing answers, HTTPError otherwise."""
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, method=method)  # noqa: S310 (localhost)
    if token:
        request.add_header("Authorization", f"token {token}")
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            raw = response.read()
    except urllib.error.HTTPError as error:
        if error.code in (502, 503, 404) and "/hub/api" in url and method == "GET":
            return None  # the proxy answers before the hub has added its route
        raise
    except (ConnectionError, urllib.error.URLError):
        return None
    return json.loads(raw) if raw else {}


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
