"""The audit report's plots, drawn with matplotlib into PNG data URIs so the page needs no file beside it."""

from __future__ import annotations

import base64
import io
import math

from culturalign.audit.collect import CURVES, fmt


def png(figure) -> str:
    """A matplotlib figure as a data URI, so the report needs no files beside it."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def heatmap(matrix: dict, title: str, label: str, bounded: bool) -> str:
    """A market-by-market heatmap as a data URI; accuracies on a fixed 0-1 scale, rewards centred on zero."""
    from matplotlib.figure import Figure

    values = matrix["values"]
    tags = list(values)
    grid = [[math.nan if values[r][c] is None else values[r][c] for c in tags] for r in tags]
    spread = max((abs(v) for row in grid for v in row if not math.isnan(v)), default=1.0) or 1.0
    vmin, vmax, cmap = (0.0, 1.0, "viridis") if bounded else (-spread, spread, "RdBu")
    fig = Figure(figsize=(1.0 * len(tags) + 2.2, 0.9 * len(tags) + 1.4))
    ax = fig.add_subplot()
    image = ax.imshow(grid, vmin=vmin, vmax=vmax, cmap=cmap)
    ax.set_xticks(range(len(tags)), tags)
    ax.set_yticks(range(len(tags)), tags)
    ax.set_xlabel("test pairs of market" if bounded else "answers of market's adapter")
    ax.set_ylabel("reward model of market")
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            dark = v < 0.6 if bounded else abs(v) > 0.6 * spread
            ax.text(j, i, fmt(v, 2), ha="center", va="center", color="white" if dark else "black")
    ax.set_title(title, fontsize=10)
    fig.colorbar(image, ax=ax, label=label)
    return png(fig)


def curves_plot(curves: dict[str, dict[str, list[tuple[int, float]]]], title: str) -> str:
    """Reward, KL and completion length over the training steps, one panel each."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(12, 3.1))
    for i, (panel, _, ylabel) in enumerate(CURVES):
        ax = fig.add_subplot(1, len(CURVES), i + 1)
        for key, points in curves.get(panel, {}).items():
            ax.plot([s for s, _ in points], [v for _, v in points], marker=".", label=key)
        if curves.get(panel):
            ax.legend(fontsize=7)
        else:
            ax.text(0.5, 0.5, "not logged by this run", ha="center", va="center", transform=ax.transAxes)
        ax.set_title(panel, fontsize=10)
        ax.set_xlabel("step")
        ax.set_ylabel(ylabel)
        ax.grid(alpha=0.3)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return png(fig)
