"""Who holds which role card in each round of a pair or trio activity.

Players are named A, B (and C); each round every player moves one role down the activity's list
of roles, so after as many rounds as there are roles everyone has played each role once: in the
trio everyone coaches. Print one card per player per round, so no card changes hands.
"""

from __future__ import annotations

from .models import Activity, Role

PLAYERS = "ABC"


def rounds(act: Activity) -> list[list[tuple[str, Role]]]:
    """Round by round, (player, the role whose card they hold)."""
    n = len(act.roles)
    return [[(PLAYERS[i], act.roles[(i + k) % n]) for i in range(n)] for k in range(n)]


def describe(act: Activity) -> list[str]:
    """One line per round, e.g. 'Round 1: A Coach, B Employee, C Observer'."""
    return [
        f"Round {k}: " + ", ".join(f"{player} {role.name}" for player, role in held)
        for k, held in enumerate(rounds(act), start=1)
    ]


def reporting_rule(act: Activity) -> str:
    """Where a manager and their own report may sit in this activity, if at all."""
    if act.grouping == "pair":
        return "never in the same pair: a pair has no observer role to give the report."
    if act.grouping == "trio":
        held = rounds(act)[0]
        return (
            "not in the same trio if the seating plan allows it. If it cannot be avoided, the "
            f"manager takes seat A and the report seat C: in round 1 the manager is "
            f"{held[0][1].name} and the report {held[2][1].name}, so the manager never coaches "
            "the report."
        )
    return ""
