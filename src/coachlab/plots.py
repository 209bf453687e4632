"""Charts for self-assessments: drawn on a bare matplotlib Figure (pyplot's global state is
never touched) and always returned with a text summary that says the same thing."""

from __future__ import annotations

import html
import io
import math
import re
from typing import Any

# Okabe-Ito: distinguishable with the common colour-vision deficiencies. The earlier attempt
# is also dashed, so the two never differ by colour alone.
NOW, EARLIER = "#0072B2", "#E69F00"
MAX_LABEL = 72  # characters; longer labels are cut with an ellipsis
# Drawn at twice the pixels they are shown at (RADAR_WIDTH, bars_width), so they stay crisp on
# a projector or a high-density screen instead of being scaled up and blurred.
DPI = 200
RADAR_INCHES = 5.0
RADAR_WIDTH = f"{int(RADAR_INCHES * 100)}px"
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def safe_label(text: str) -> str:
    """A label matplotlib draws as written: ``$`` cannot start maths text (which raises on bad
    input), control characters are dropped and the length is bounded."""
    text = UNPRINTABLE.sub(" ", str(text)).strip()
    if len(text) > MAX_LABEL:
        text = text[: MAX_LABEL - 1] + "…"
    return text.replace("$", r"\$")  # every $ escaped: matplotlib sees no maths text


def radar_png(
    labels: list[str], values: list[int], maximum: int, earlier: list[int] | None = None
) -> bytes:
    """A radar chart of ``values`` (1..maximum), with ``earlier`` dashed behind it, as PNG."""
    from matplotlib.figure import Figure

    angles = [2 * math.pi * i / len(labels) for i in range(len(labels))]
    figure = Figure(figsize=(RADAR_INCHES, RADAR_INCHES), dpi=DPI, layout="constrained")
    axes = figure.add_subplot(projection="polar")
    series = [("Earlier", earlier, EARLIER, "--")] if earlier else []
    for name, data, colour, style in [*series, ("Now", values, NOW, "-")]:
        closed = [*data, data[0]]
        axes.plot([*angles, angles[0]], closed, style, color=colour, linewidth=2, label=name)
        axes.fill([*angles, angles[0]], closed, color=colour, alpha=0.12)
    _spoke_labels(axes, labels, angles)
    axes.set_ylim(0, maximum)
    axes.set_yticks(range(1, maximum + 1))
    axes.set_rlabel_position(180 / len(labels))  # ring numbers between two spokes, not on one
    axes.tick_params(axis="y", labelsize=7, colors="#555555")
    if earlier:
        figure.legend(loc="outside lower center", ncols=2, fontsize=8, frameon=False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _rating(label: str, value: int, scale: list[str]) -> str:
    return f"{label}: {value} of {len(scale)} ({scale[value - 1]})"


def _moved(now: int, then: int) -> str:
    return f"{'up' if now > then else 'down'} {abs(now - then)}"


def profile_summary(
    labels: list[str],
    values: list[int],
    scale: list[str],
    earlier: list[int] | None = None,
    since: str = "last time",
) -> str:
    """The chart in words: every rating, and the change since the earlier attempt."""
    parts = [_rating(label, value, scale) for label, value in zip(labels, values, strict=True)]
    text = "Your ratings — " + "; ".join(parts) + "."
    if earlier:
        changes = [
            f"{label} {_moved(now, then)}"
            for label, now, then in zip(labels, values, earlier, strict=True)
            if now != then
        ]
        text += f" Since {since}: " + (", ".join(changes) if changes else "no change") + "."
    return text


def profile_list(
    labels: list[str],
    values: list[int],
    scale: list[str],
    earlier: list[int] | None = None,
    since: str = "last time",
) -> str:
    """The chart in words as HTML, one line a rating (walkthrough 58: the one-sentence summary
    was hard to read beside the chart); ``profile_summary`` stays the chart's text alternative."""
    items = []
    for n, (label, value) in enumerate(zip(labels, values, strict=True)):
        then = earlier[n] if earlier else value
        change = f", {_moved(value, then)}" if value != then else ""
        items.append(f"<li>{html.escape(_rating(label, value, scale))}{change}</li>")
    if earlier and earlier != values:
        heading = f"Your ratings, and how each moved since {html.escape(since)}:"
    elif earlier:
        heading = f"Your ratings, the same as {html.escape(since)}:"
    else:
        heading = "Your ratings:"
    return f"<p>{heading}</p><ul>{''.join(items)}</ul>"


def _spoke_labels(axes: Any, labels: list[str], angles: list[float]) -> None:
    """Each spoke's label outside the outer circle, growing away from the chart: to the right
    on the right, upward at the top, downward at the bottom, so none crosses the ring."""
    axes.set_xticks(angles, [_wrap(safe_label(label)) for label in labels], fontsize=9)
    axes.tick_params(axis="x", pad=10)
    for text, angle in zip(axes.get_xticklabels(), angles, strict=True):
        side, rise = math.cos(angle), math.sin(angle)
        text.set_horizontalalignment("left" if side > 0.1 else "right" if side < -0.1 else "center")
        text.set_verticalalignment("bottom" if rise > 0.1 else "top" if rise < -0.1 else "center")


def _wrap(label: str, width: int = 18, most: int = 4) -> str:
    """At most ``most`` lines of about ``width`` characters (a long word is cut), so a label
    never squeezes the chart itself to nothing."""
    words = [w[i : i + width] for w in label.split() for i in range(0, len(w), width)]
    lines = [""]
    for word in words:
        if lines[-1] and len(lines[-1]) + len(word) > width:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1][: width - 1] + "…"]
    return "\n".join(lines)


def bars_inches(count: int) -> tuple[float, float]:
    return (9.0, 0.32 * count + 1.0)


def bars_width() -> str:
    """The CSS width bars are drawn for (shown at this width, they are sharp)."""
    return f"{int(bars_inches(1)[0] * 100)}px"


def bars_png(labels: list[str], shares: list[float], title: str) -> bytes:
    """Horizontal bars of shares in [0, 1] (e.g. how many answered right), as PNG."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=bars_inches(len(labels)), dpi=DPI, layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(labels))
    axes.barh(positions, [100 * share for share in shares], color=NOW)
    axes.set_yticks(positions, [safe_label(label) for label in labels], fontsize=8)
    axes.invert_yaxis()
    axes.set_xlim(0, 100)
    axes.set_xlabel("% right (a partly right answer counts in part)")
    axes.set_title(safe_label(title), fontsize=10)
    for position, share in zip(positions, shares, strict=True):
        axes.text(100 * share + 1, position, f"{100 * share:.0f}%", va="center", fontsize=8)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def room_radar_png(labels: list[str], ratings: list[list[int]], maximum: int) -> bytes:
    """The room's self-assessment: the average as a line, and the spread as a band holding the
    middle half of the room's ratings on each line (so a split room never looks average)."""
    from matplotlib.figure import Figure

    angles = [2 * math.pi * i / len(labels) for i in range(len(labels))]
    ring = [*angles, angles[0]]
    means = [sum(r) / len(r) if r else 0 for r in ratings]
    quarters = [quartiles(r) for r in ratings]
    lows, highs = [q[0] for q in quarters], [q[1] for q in quarters]
    figure = Figure(figsize=(RADAR_INCHES, RADAR_INCHES), dpi=DPI, layout="constrained")
    axes = figure.add_subplot(projection="polar")
    axes.fill_between(ring, [*lows, lows[0]], [*highs, highs[0]], color=EARLIER, alpha=0.3,
                      label="Middle half of the room")  # fmt: skip
    axes.plot(ring, [*means, means[0]], "-", color=NOW, linewidth=2.5, label="Room average")
    _spoke_labels(axes, labels, angles)
    axes.set_ylim(0, maximum)
    axes.set_yticks(range(1, maximum + 1))
    axes.set_rlabel_position(180 / len(labels))
    axes.tick_params(axis="y", labelsize=7, colors="#555555")
    figure.legend(loc="outside lower center", ncols=2, fontsize=8, frameon=False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def quartiles(values: list[int]) -> tuple[float, float]:
    """The first and third quartiles (both the value itself when there is only one)."""
    if len(values) < 2:
        return (values[0], values[0]) if values else (0, 0)
    import statistics

    first, _, third = statistics.quantiles(values, n=4, method="inclusive")
    return first, third
