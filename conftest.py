"""Root pytest configuration, loaded for every test path (tests/, notebooks/, solutions/, ...)."""

import os

# A failing widget callback re-raises instead of showing its friendly message, so a broken
# callback fails the run. Set here (not only in the Makefile) so plain `pytest` behaves the
# same; nbval's kernels inherit it.
os.environ.setdefault("COACHLAB_STRICT", "1")
