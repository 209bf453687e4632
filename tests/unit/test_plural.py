"""Counts read as English: one answer, two answers, one person, two people."""

from __future__ import annotations

import pytest

from coachlab.plural import count, plural


@pytest.mark.parametrize(
    ("number", "noun", "said"),
    [
        (1, "answer", "1 answer"),
        (2, "answer", "2 answers"),
        (0, "answer", "0 answers"),  # none is plural in English
        (1, "person", "1 person"),
        (30, "person", "30 people"),
        (1, "reply", "1 reply"),
        (3, "reply", "3 replies"),
        (2, "day", "2 days"),  # a vowel before the y: just an s
        (2, "box", "2 boxes"),
        (4, "match", "4 matches"),
        (2, "time", "2 times"),
        (1, "time", "1 time"),
    ],
)
def test_a_count_agrees_with_its_noun(number, noun, said):
    assert count(number, noun) == said


def test_a_plural_the_rules_do_not_know_can_be_given():
    assert count(2, "criterion", "criteria") == "2 criteria"
    assert count(1, "criterion", "criteria") == "1 criterion"


def test_plural_alone():
    assert [plural(n) for n in ("woman", "key", "exercise", "pass")] == [
        "women",
        "keys",
        "exercises",
        "passes",
    ]


def test_the_dashboard_says_1_participant_1_rating_and_1_time():
    from coachlab.facilitator import load_room, summarize
    from coachlab.facilitator.dashboard import render

    from .test_facilitator import event, journal

    def room(people: int):
        def one() -> bytes:  # each person's own file
            return journal(
                event("s", {"listening": 2}, kind="scale"),
                event("q", "did you?", False, "free_text", "Why: “did”: yes or no"),
            )

        return load_room([(f"p{n}.json", one()) for n in range(people)])

    alone = render(summarize(room(1)), room(1))
    assert "1 participant</strong> loaded" in alone  # its rating: too few to show (dashboard)
    assert "yes or no: 1 time</li>" in alone and "1 times" not in alone
    three = render(summarize(room(3)), room(3))
    assert "3 participants</strong>" in three and "(3 ratings)" in three and "3 times</li>" in three


def test_importing_one_answer_says_1_answer(tmp_path, monkeypatch):
    import json

    from coachlab.journal_controls import JournalPanel
    from coachlab.journal_schema import FORMAT, SCHEMA_VERSION

    from .test_facilitator import event

    monkeypatch.setenv("COACHLAB_HOME", str(tmp_path / "home"))
    one = event("partner-definition", "a", kind="single_choice", shared=False)
    one["at"] = "2026-01-01T09:00:00+00:00"
    raw = json.dumps({"format": FORMAT, "schema_version": SCHEMA_VERSION, "events": [one]})
    panel = JournalPanel(tmp_path / "out")
    assert panel.import_bytes("mine.json", raw.encode()) == 1
    assert "Imported 1 answer from mine.json." in panel.status.value


def test_a_room_of_two_prints_1_sheet_not_1_sheets():
    from coachlab.workshop.kit import load_kit
    from coachlab.workshop.printlist import print_list

    kit = load_kit()
    lines = [item.line() for item in print_list(kit.agendas[0], kit, people=2)]
    assert any("so 1 sheet, cut along the line" in line for line in lines)
    assert not any("1 sheets" in line for line in lines)
    assert any("so 2 sheets" in line for line in lines)  # a trio of two: three cards


# Nouns a learner or facilitator reads after a number; each must go through plural.count.
COUNTED = "answers|people|participants|files|ratings|times|words|steps|exercises|sheets|rounds"


def test_no_count_before_a_plural_noun_is_hard_coded_in_what_people_read():
    """A guard against "1 answers" coming back: f"{n} answers" in the package (outside the
    feedback engine's cue tables and the benchmarks, which speak to developers). A constant
    such as ``{MAX_FILES:,} files`` is never 1."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "src" / "coachlab"
    pattern = re.compile(rf"\{{(?![A-Z_]+[:}}])[^{{}}]+\}} ({COUNTED})\b")
    found = [
        f"{path.relative_to(package)}:{n}: {line.strip()}"
        for path in sorted(package.rglob("*.py"))
        if "feedback" not in path.parts and "bench" not in path.name
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []
