"""Links for a room on a JupyterHub: ``python -m coachlab.hub.links --hub URL`` (``make links``).

One nbgitpuller link per lesson and one for Start here, and one for the facilitator's dashboard
(as an app, with Voila). Opening a link logs the learner in, pulls (or updates) the repository
into ``~/coachlab`` and opens the notebook; a learner's own changes are kept (nbgitpuller merges,
it never overwrites). The Start here link is also written as a QR code, large enough to scan
from the back of a room when projected.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from ..content import content_dir, declared_order, load_lesson_file

FOLDER = "coachlab"  # where the repository lands in each home; deploy/ puts its src/ on the path
START_HERE = "00_start_here"
DASHBOARD = "notebooks/facilitator_dashboard.ipynb"


def pull_link(hub: str, repo: str, branch: str, notebook: str, app: str = "lab/tree") -> str:
    """The nbgitpuller link that opens ``notebook`` (a path in the repository) in JupyterLab
    (or, with ``app="voila/render"``, as an app without code)."""
    parts = urlsplit(hub)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"HUB should be the hub's address, like https://hub.example.org: {hub!r}")
    query = urlencode(
        {
            "repo": repo,
            "branch": branch,
            "urlpath": f"{app}/{FOLDER}/{notebook}",
            "targetpath": FOLDER,  # otherwise the folder is named after the URL's last part
        }
    )
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def room_links(hub: str, repo: str, branch: str = "main") -> list[tuple[str, str]]:
    """(title, link) for Start here, then every lesson in teaching order."""
    directory = content_dir()
    stems = declared_order(directory)
    links = []
    for stem in sorted(stems, key=lambda stem: stem != START_HERE):  # Start here first
        meta = load_lesson_file(directory / f"{stem}.yaml").lesson
        title = f"{meta.number} · {meta.title}"
        links.append((title, pull_link(hub, repo, branch, f"notebooks/{stem}.ipynb")))
    return links


def dashboard_link(hub: str, repo: str, branch: str = "main") -> str:
    """The facilitator's dashboard on the hub, as an app (it reads the room when its user is in
    the hub group coachlab-facilitators)."""
    return pull_link(hub, repo, branch, DASHBOARD, app="voila/render")


def write_qr(link: str, path: Path) -> Path:
    """A PNG QR code of ``link``: medium error correction, big modules for a projector."""
    import segno

    path.parent.mkdir(parents=True, exist_ok=True)
    segno.make(link, error="m").save(str(path), scale=12, border=4)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hub", required=True, help="the hub's address, https://hub.example.org")
    parser.add_argument("--repo", default="https://github.com/coachlab/coachlab")
    parser.add_argument("--branch", default="main")
    parser.add_argument("--qr", type=Path, help="where to write the Start here QR code (PNG)")
    args = parser.parse_args(argv)
    if not args.hub:
        print("Say which hub: make links HUB=https://hub.example.org", file=sys.stderr)
        return 2
    try:
        links = room_links(args.hub, args.repo, args.branch)
    except ValueError as problem:
        print(problem, file=sys.stderr)
        return 2
    print("For learners: Start here first, then one link per lesson.\n")
    for title, link in links:
        print(f"{title}\n  {link}")
    print("\nFor you: the dashboard of what the room shared (hub group coachlab-facilitators).\n")
    print(f"Facilitator dashboard\n  {dashboard_link(args.hub, args.repo, args.branch)}")
    if args.qr:
        print(f"\nQR code of the Start here link, to project: {write_qr(links[0][1], args.qr)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
