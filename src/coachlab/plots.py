"""Charts for self-assessments: drawn on a bare matplotlib Figure (pyplot's global state is
never touched) and always returned with a text summary that says the same thing."""

from __future__ import annotations

import io
import math
import re

# Okabe-Ito: distinguishable with the common colour-vision deficiencies. The earlier attempt
# is also dashed, so the two never differ by colour alone.
NOW, EARLIER = "#0072B2", "#E69F00"
MAX_LABEL = 60  # characters; longer labels are cut with an ellipsis
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
    figure = Figure(figsize=(4.6, 4.6), dpi=100, layout="constrained")
    axes = figure.add_subplot(projection="polar")
    series = [("Earlier", earlier, EARLIER, "--")] if earlier else []
    for name, data, colour, style in [*series, ("Now", values, NOW, "-")]:
        closed = [*data, data[0]]
        axes.plot([*angles, angles[0]], closed, style, color=colour, linewidth=2, label=name)
        axes.fill([*angles, angles[0]], closed, color=colour, alpha=0.12)
    axes.set_xticks(angles, [_wrap(safe_label(label)) for label in labels], fontsize=8)
    axes.set_ylim(0, maximum)
    axes.set_yticks(range(1, maximum + 1))
    axes.tick_params(axis="y", labelsize=7)
    if earlier:
        axes.legend(loc="upper right", bbox_to_anchor=(1.15, 1.12), fontsize=8)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def profile_summary(
    labels: list[str],
    values: list[int],
    scale: list[str],
    earlier: list[int] | None = None,
    since: str = "last time",
) -> str:
    """The chart in words: every rating, and the change since the earlier attempt."""
    parts = [
        f"{label}: {value} of {len(scale)} ({scale[value - 1]})"
        for label, value in zip(labels, values, strict=True)
    ]
    text = "Your ratings — " + "; ".join(parts) + "."
    if earlier:
        changes = [
            f"{label} {'up' if now > then else 'down'} {abs(now - then)}"
            for label, now, then in zip(labels, values, earlier, strict=True)
            if now != then
        ]
        text += f" Since {since}: " + (", ".join(changes) if changes else "no change") + "."
    return text


def _wrap(label: str, width: int = 14) -> str:
    words, lines = label.split(), [""]
    for word in words:
        if lines[-1] and len(lines[-1]) + len(word) > width:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    return "\n".join(lines)


def bars_png(labels: list[str], shares: list[float], title: str) -> bytes:
    """Horizontal bars of shares in [0, 1] (e.g. how many answered right), as PNG."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6.4, 0.45 * len(labels) + 1.2), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(labels))
    axes.barh(positions, [100 * share for share in shares], color=NOW)
    axes.set_yticks(positions, [safe_label(label) for label in labels], fontsize=8)
    axes.invert_yaxis()
    axes.set_xlim(0, 100)
    axes.set_xlabel("% of answers that were right")
    axes.set_title(safe_label(title), fontsize=10)
    for position, share in zip(positions, shares, strict=True):
        axes.text(100 * share + 1, position, f"{100 * share:.0f}%", va="center", fontsize=8)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
