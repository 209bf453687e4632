"""Checks that a branching conversation can always be finished.

A scenario is a graph: nodes with choices that lead to other nodes, and endings. An author's
mistake here strands a learner mid-conversation, so it is caught at load time, naming the
node and the reason: a choice that leads nowhere, a node no path reaches, a dead end, or a
loop with no way out to an ending. (A loop that does have a way out is fine.)
"""

from __future__ import annotations

from collections import deque

# node id -> (is it an ending, [(choice id, next node id), ...])
Graph = dict[str, tuple[bool, list[tuple[str, str]]]]


def check_graph(start: str, graph: Graph) -> str | None:
    """The first problem found, as ``"field path: reason"``, or None when the graph is sound."""
    if start not in graph:
        return f"start: {start!r} is not a node here; nodes are: {', '.join(graph)}"
    for node_id, (ending, choices) in graph.items():
        problem = _check_node(node_id, ending, choices, graph)
        if problem:
            return problem
    reachable = _reach({start}, {n: [nxt for _, nxt in graph[n][1]] for n in graph})
    for node_id in graph:
        if node_id not in reachable:
            return f"nodes.{node_id}: no choice leads here, so no learner can reach it"
    backwards: dict[str, list[str]] = {n: [] for n in graph}
    for node_id, (_, choices) in graph.items():
        for _, nxt in choices:
            backwards[nxt].append(node_id)
    finishing = _reach({n for n, (ending, _) in graph.items() if ending}, backwards)
    for node_id in graph:
        if node_id not in finishing:
            return f"nodes.{node_id}: no path from here reaches an ending (a loop with no way out)"
    return None


def _check_node(
    node_id: str, ending: bool, choices: list[tuple[str, str]], graph: Graph
) -> str | None:
    if ending and choices:
        return f"nodes.{node_id}: an ending cannot have choices"
    if not ending and not choices:
        return f"nodes.{node_id}: a dead end: give it choices, or mark it `ending: true`"
    ids = [choice_id for choice_id, _ in choices]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        return (
            f"nodes.{node_id}.choices: choice ids must be unique; repeated: {', '.join(repeated)}"
        )
    for index, (_, nxt) in enumerate(choices):
        if nxt not in graph:
            return f"nodes.{node_id}.choices[{index}].next: {nxt!r} is not a node here"
    return None


def _reach(sources: set[str], edges: dict[str, list[str]]) -> set[str]:
    seen, queue = set(sources), deque(sources)
    while queue:
        for nxt in edges[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen
