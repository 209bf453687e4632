"""`make links`: one nbgitpuller link per lesson and one for Start here (first), the dashboard's
link for the facilitator, and a QR code of the Start here link."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from coachlab.content import declared_order
from coachlab.hub.links import dashboard_link, main, pull_link, room_links

HUB, REPO = "https://hub.example.org/", "https://github.com/coachlab/coachlab"


def test_a_link_pulls_the_repository_into_coachlab_and_opens_the_notebook():
    link = pull_link(HUB, REPO, "v1.0", "notebooks/01_partnership.ipynb")
    parts = urlsplit(link)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == (
        "https://hub.example.org/hub/user-redirect/git-pull"
    )
    assert parse_qs(parts.query) == {
        "repo": [REPO],
        "branch": ["v1.0"],
        "urlpath": ["lab/tree/coachlab/notebooks/01_partnership.ipynb"],
        "targetpath": ["coachlab"],
    }
    assert parse_qs(urlsplit(dashboard_link(HUB, REPO)).query)["urlpath"] == [
        "voila/render/coachlab/notebooks/facilitator_dashboard.ipynb"
    ]


def test_start_here_comes_first_then_every_lesson_once():
    links = room_links(HUB, REPO)
    assert links[0][0] == "00 · Start here" and "00_start_here.ipynb" in links[0][1]
    opened = [parse_qs(urlsplit(link).query)["urlpath"][0] for _, link in links]
    assert opened == [f"lab/tree/coachlab/notebooks/{stem}.ipynb" for stem in declared_order()]


@pytest.mark.parametrize("hub", ["", "hub.example.org", "ftp://hub.example.org"])
def test_a_hub_that_is_not_an_address_is_refused_plainly(hub, capsys):
    assert main(["--hub", hub]) == 2
    assert "https://hub.example.org" in capsys.readouterr().err


def test_the_printout_and_the_qr_code(tmp_path, capsys):
    assert main(["--hub", HUB, "--qr", str(tmp_path / "qr.png")]) == 0
    printed = capsys.readouterr().out
    assert printed.count("/hub/user-redirect/git-pull?") == len(declared_order()) + 1
    assert "Facilitator dashboard" in printed
    png = (tmp_path / "qr.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 500
