"""Labelled text the analyzers are fitted and measured on, read where it lives.

Two kinds: the public, human-labeled corpora in ``../shared/corpora`` (beside a checkout; never
copied into the project, for their licences) with ``tune`` and ``holdout`` rows, and our own
dev sets in ``tests/data`` (split in halves by a hash of the text). Each ``Source`` says which
fitted reading (``task``) it teaches or tests, and how its labels map to that reading's yes/no.
"""

from __future__ import annotations

import csv
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OWN = ROOT / "tests" / "data"


def corpora_dir() -> Path | None:
    """``$COACHLAB_CORPORA``, else ``../shared/corpora`` beside the checkout; None when absent."""
    found = Path(os.environ.get("COACHLAB_CORPORA") or ROOT.parent / "shared" / "corpora")
    return found if found.is_dir() else None


def own_half(text: str) -> str:
    """'tune' or 'holdout' for a row of our own dev sets, fixed by the text itself."""
    return "tune" if hashlib.sha256(text.encode()).digest()[0] % 2 == 0 else "holdout"


@dataclass(frozen=True)
class Source:
    """One labeled file, read for one task: ``labels`` maps its labels to True/False."""

    name: str
    file: str
    task: str  # question_open, request_partnering, framing_proactive, candor_harsh, candor_asks
    labels: dict[str, bool]
    own: bool = False  # ours (tests/data), else a public corpus
    weight: float = 1.0  # how much one of its rows counts when fitting

    def path(self) -> Path | None:
        if self.own:
            return OWN / self.file
        directory = corpora_dir()
        return directory / self.file if directory else None

    def rows(self, split: str) -> list[tuple[str, bool]]:
        """(text, label) for the rows of ``split`` whose label this source maps; [] if absent."""
        path = self.path()
        if path is None or not path.exists():
            return []
        with path.open(encoding="utf-8", newline="") as handle:
            return [
                (row["text"], self.labels[row["label"]])
                for row in csv.DictReader(handle)
                if row["label"] in self.labels
                and (own_half(row["text"]) if self.own else row["split"]) == split
            ]


SOURCES: tuple[Source, ...] = (
    Source("questions mrda", "questions_mrda.csv", "question_open",
           {"open": True, "closed": False}, weight=1.0),
    Source("questions swda", "questions_swda.csv", "question_open",
           {"open": True, "closed": False}, weight=0.3),
    Source("questions (ours)", "questions.csv", "question_open",
           {"open": True, "closed": False}, own=True, weight=10.0),
    Source("requests mrda", "requests_mrda.csv", "request_partnering",
           {"partnering": True, "directive": False}),
    Source("confrontational code-review", "questions_codereview.csv", "request_partnering",
           {"partnering": True, "confrontational": False}),
    Source("requests (ours)", "requests.csv", "request_partnering",
           {"partnering": True, "directive": False}, own=True, weight=3.0),
    Source("framing positive-frames", "framing_positive_frames.csv", "framing_proactive",
           {"proactive": True, "reactive": False}),
    Source("framing (ours)", "framing.csv", "framing_proactive",
           {"proactive": True, "reactive": False}, own=True, weight=6.0),
    Source("harsh toxicr", "candor_toxicr.csv", "candor_harsh",
           {"harsh": True, "not_harsh": False}),
    Source("harsh (ours)", "candor.csv", "candor_harsh",
           {"harsh": True, "straight": False, "hedged": False}, own=True, weight=3.0),
    Source("request disapere", "candor_disapere.csv", "candor_asks",
           {"request": True, "criticism_no_request": False}),
)  # fmt: skip
