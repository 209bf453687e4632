"""Can a key be guessed from its form? ``python -m coachlab.content_bench`` (in ``make bench``).

Over every graded single-choice item of the workbook: how often the key is the longest option,
how often each authored position holds the key (the display order is shuffled per learner, but
a shuffle may be seeded differently, so the authored order must not give it away either), and
the largest ratio of a key's length to the mean length of its distractors. The same figures for
the branching scenarios, where the "key" is the reply that raises trust most at a decision.
``tests/unit/test_content_integrity.py`` holds the workbook to the limits below.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .content import declared_order, load_lesson

MAX_LONGEST_SHARE = 1 / 3
MAX_POSITION_SHARE = 0.40
MAX_LENGTH_RATIO = 1.3


@dataclass(frozen=True)
class Item:
    """One graded decision: where it is, the options' lengths in authored order, the key's index."""

    where: str
    lengths: tuple[int, ...]
    key: int

    @property
    def key_is_longest(self) -> bool:
        return self.lengths[self.key] == max(self.lengths)

    @property
    def ratio(self) -> float:
        others = [n for i, n in enumerate(self.lengths) if i != self.key]
        return self.lengths[self.key] / (sum(others) / len(others))


@dataclass(frozen=True)
class Figures:
    items: list[Item]

    @property
    def longest_share(self) -> float:
        return sum(item.key_is_longest for item in self.items) / len(self.items)

    @property
    def position_shares(self) -> dict[int, float]:
        counts = Counter(item.key for item in self.items)
        widest = max(len(item.lengths) for item in self.items)
        return {p: counts[p] / len(self.items) for p in range(widest)}

    @property
    def worst(self) -> Item:
        return max(self.items, key=lambda item: item.ratio)

    def problems(self) -> list[str]:
        """Every limit that is exceeded, in words."""
        found = []
        if self.longest_share > MAX_LONGEST_SHARE:
            found.append(f"the key is the longest option in {self.longest_share:.0%} of items")
        found += [
            f"position {p + 1} holds the key in {share:.0%} of items"
            for p, share in self.position_shares.items()
            if share > MAX_POSITION_SHARE
        ]
        found += [
            f"{item.where}: the key is {item.ratio:.2f}x its distractors' mean length"
            for item in self.items
            if item.ratio > MAX_LENGTH_RATIO
        ]
        return found

    def report(self, title: str) -> str:
        positions = ", ".join(f"{p + 1}: {share:.0%}" for p, share in self.position_shares.items())
        return (
            f"{title}: {len(self.items)} items\n"
            f"  key is the longest option: {self.longest_share:.0%} (limit 33%)\n"
            f"  key share per authored position: {positions} (limit 40% each)\n"
            f"  worst key/mean-distractor length: {self.worst.ratio:.2f} at {self.worst.where} "
            f"(limit {MAX_LENGTH_RATIO})"
        )


def single_choice_items() -> Figures:
    items = []
    for stem in declared_order():
        for spec in load_lesson(stem[:2]).exercises:
            if spec.kind == "single_choice" and spec.correct is not None:
                ids = [option.id for option in spec.options]
                lengths = tuple(len(option.text) for option in spec.options)
                items.append(Item(f"{stem[:2]} {spec.id}", lengths, ids.index(spec.correct)))
    return Figures(items)


def scenario_items() -> Figures:
    """Each decision with one reply that raises trust more than every other."""
    items = []
    for stem in declared_order():
        for spec in load_lesson(stem[:2]).exercises:
            if spec.kind != "scenario":
                continue
            for node_id, node in spec.nodes.items():
                trust = [choice.trust for choice in node.choices]
                if len(trust) < 2 or trust.count(max(trust)) > 1:
                    continue
                lengths = tuple(len(choice.text) for choice in node.choices)
                where = f"{stem[:2]} {spec.id}/{node_id}"
                items.append(Item(where, lengths, trust.index(max(trust))))
    return Figures(items)


def main() -> None:
    print(single_choice_items().report("Graded single-choice items"))
    print(scenario_items().report("Scenario decisions (best reply)"))


if __name__ == "__main__":
    main()
