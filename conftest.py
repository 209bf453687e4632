"""Root pytest configuration, loaded for every test path (tests/, notebooks/, solutions/, ...)."""

import os
import shutil
import tempfile

import pytest

# A failing widget callback re-raises instead of showing its friendly message, so a broken
# callback fails the run. Set here (not only in the Makefile) so plain `pytest` behaves the
# same; nbval's kernels inherit it.
os.environ.setdefault("COACHLAB_STRICT", "1")
# Tests never touch the learner's real progress file.
_scratch = [tempfile.mkdtemp(prefix="coachlab-tests-")]
os.environ["COACHLAB_HOME"] = _scratch[0]
# ...nor write exports into the checkout's my-journal/.
_scratch.append(tempfile.mkdtemp(prefix="coachlab-exports-"))
os.environ["COACHLAB_EXPORTS"] = _scratch[-1]
# ...nor send shared answers to a hub's room when the tests run on a hub (tests/browser/test_hub
# starts its own hub, whose learners' servers get their own settings).
os.environ.pop("COACHLAB_ROOM_URL", None)

_notebook_homes: dict[object, str] = {}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Each notebook's kernel starts with an empty progress store, so answers remembered while
    one notebook ran never show up in another (the exercises would look answered)."""
    notebook = item.parent
    if item.path.suffix == ".ipynb" and notebook not in _notebook_homes:
        _notebook_homes[notebook] = tempfile.mkdtemp(prefix="coachlab-notebook-")
        _scratch.append(_notebook_homes[notebook])
        os.environ["COACHLAB_HOME"] = _notebook_homes[notebook]


def pytest_unconfigure(config):
    """The run's scratch folders go with it (a run leaves nothing behind in /tmp)."""
    for folder in _scratch:
        shutil.rmtree(folder, ignore_errors=True)
