"""coachlab on a JupyterHub: the room service, who may use it, and what learners' servers need.

A JupyterHub configuration fragment, used as it is by The Littlest JupyterHub (copy it to
/opt/tljh/config/jupyterhub_config.d/), by Zero to JupyterHub (hub.extraFiles and
hub.extraConfig) and by the test that starts a real hub (tests/hub/). docs/deploy.md says how.
Settings come from the hub's environment; the defaults fit TLJH.

- The room service (coachlab.hub.room_service) runs beside the hub and keeps the answers
  learners chose to share. Every hub user may use it (the ``user`` role and learners' server
  tokens get ``access:services!service=coachlab-room``), but only for their own items; members
  of the group ``coachlab-facilitators`` also read the room, without names.
- Each learner's server imports coachlab from the copy nbgitpuller pulled into their home
  (``PYTHONPATH``), keeps progress in their home (``COACHLAB_HOME``, which survives restarts)
  and is told where the room is (``COACHLAB_ROOM_URL``).
"""

import os

c = get_config()  # noqa: F821 (given by JupyterHub when it loads this file)

ROOM = "coachlab-room"
FACILITATORS = "coachlab-facilitators"
ACCESS = f"access:services!service={ROOM}"
env = os.environ.get

room_port = int(env("COACHLAB_ROOM_PORT", "10101"))
# The hub reaches the service here (Zero to JupyterHub: http://hub:10101, bound on 0.0.0.0).
room_url = env("COACHLAB_ROOM_SERVICE_URL", f"http://127.0.0.1:{room_port}")
# Where learners' kernels send shared items (on TLJH the service is on the same machine).
kernels_room_url = env("COACHLAB_ROOM_URL", f"{room_url}/services/{ROOM}/")
# Runs the service: a Python with jupyterhub (TLJH's user environment has it) and the code of a
# checkout of this repository, at the same commit as the links (git clone ... /srv/coachlab).
room_python = env("COACHLAB_ROOM_PYTHON", "/opt/tljh/user/bin/python")
room_code = env("COACHLAB_ROOM_CODE", "/srv/coachlab/src")
room_data = env("COACHLAB_ROOM_DATA", "/srv/coachlab-room")  # readable by root only
# A learner's home ({username}: their hub name). TLJH: /home/jupyter-NAME; Z2JH: /home/jovyan.
home_template = env("COACHLAB_USER_HOME", "/home/jupyter-{username}")
folder = "coachlab"  # where the nbgitpuller links (make links) put the repository

c.JupyterHub.services.append(
    {
        "name": ROOM,
        "url": room_url,
        "command": [room_python, "-m", "coachlab.hub.room_service"],
        "environment": {
            "PYTHONPATH": room_code,
            "COACHLAB_ROOM_DATA": room_data,
            "COACHLAB_ROOM_BIND": env("COACHLAB_ROOM_BIND", ""),
        },
        "display": False,
    }
)
c.JupyterHub.load_roles.append({"name": "user", "scopes": ["self", ACCESS]})
c.JupyterHub.load_roles.append(
    {
        "name": f"{ROOM}-service",
        "description": "The room service asks the hub who the facilitators are",
        "scopes": [f"read:groups!group={FACILITATORS}"],
        "services": [ROOM],
    }
)
facilitators = [n for n in env("COACHLAB_FACILITATORS", "").split(",") if n.strip()]
c.JupyterHub.load_groups.update({FACILITATORS: {"users": [n.strip() for n in facilitators]}})
# A learner's server token (inherited by their kernels) may call the room; the hub gives each
# token only the scopes its owner holds.
c.Spawner.server_token_scopes = ["users:activity!user", "access:servers!server", ACCESS]


def _in_home(*parts):
    def value(spawner):
        return os.path.join(home_template.format(username=spawner.user.name), *parts)

    return value


c.Spawner.environment.update(
    {
        "PYTHONPATH": _in_home(folder, "src"),
        "COACHLAB_HOME": _in_home(".coachlab"),
        "COACHLAB_ROOM_URL": kernels_room_url,
    }
)
