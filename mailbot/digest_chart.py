"""The digest's chart: registrations per day, summed up, against the capacity. PNG bytes via matplotlib.

Uses the object API with the Agg canvas (no pyplot, no global state), so it is safe in the worker's
threads and needs no display. Labels come from the caller (the digest template), not from here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, DateFormatter
from matplotlib.figure import Figure


@dataclass(frozen=True)
class ChartLabels:
    title: str
    registrations: str
    capacity: str


def chart_png(cumulative: Sequence[tuple[date, int]], capacity: int, labels: ChartLabels, day: date) -> bytes:
    """A small line chart (about 640×320 px); an empty series still gives a valid chart with the capacity."""
    fig = Figure(figsize=(6.4, 3.2), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    days = [d for d, _ in cumulative] or [day]
    counts = [n for _, n in cumulative] or [0]
    days, counts = [days[0] - timedelta(days=1), *days], [0, *counts]  # start from zero the day before
    days, counts = [*days, days[-1] + timedelta(days=1)], [*counts, counts[-1]]  # the last day gets its width
    # matplotlib's stubs accept only numbers for x, but dates work through its date converter (and are meant to)
    ax.step(days, counts, where="post", color="#1f5fa8", linewidth=2,  # type: ignore[arg-type]
            label=labels.registrations)
    ax.fill_between(days, counts, step="post", color="#1f5fa8", alpha=0.12)  # type: ignore[arg-type]
    ax.axhline(capacity, color="#c0392b", linestyle="--", linewidth=1.5, label=labels.capacity)
    ax.set_ylim(0, max(capacity, max(counts)) * 1.1 + 1)
    ax.set_xlim(days[0], days[-1])  # type: ignore[arg-type]  # dates, as above
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(DateFormatter("%d.%m."))
    ax.set_title(labels.title, fontsize=11)
    ax.grid(True, axis="y", alpha=0.3)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, fontsize=9, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()
