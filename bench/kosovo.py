#!/usr/bin/env python3
"""The five Kosovo figures as horizontal bars on a log axis, drawn the way a
matplotlib user would, for comparison with `headcount --export`.

    python3 bench/kosovo.py OUT.png [WIDTH] [HEIGHT]

The figures are those of data/datasets/kosovo-2007.json, largest first.
"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import FixedLocator, NullFormatter, NullLocator  # noqa: E402

COLOURS = {
    "Population": "#0072b2",
    "Security forces": "#e69f00",
    "Casualties": "#009e73",
}

# label, value, category, approximate
FIGURES = [
    ("Ethnic Albanians", 2_000_000, "Population", True),
    ("Serbs", 120_000, "Population", True),
    ("NATO peace force", 16_000, "Security forces", False),
    ("Dead, 1998–99 war", 10_000, "Casualties", True),
    ("EU police officers", 1_600, "Security forces", False),
]

TICKS = [1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6, 2e6]
TICK_LABELS = ["1,000", "2,000", "5,000", "10,000", "20,000", "50,000",
               "100,000", "200,000", "500,000", "1M", "2M"]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "kosovo-matplotlib.png"
    width = int(sys.argv[2]) if len(sys.argv) > 2 else 1600
    height = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    dpi = 100

    plt.rcParams["font.family"] = ["Cantarell", "DejaVu Sans"]
    plt.rcParams["font.size"] = 15

    fig = plt.figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    ax = fig.add_axes([0.16, 0.17, 0.72, 0.69])

    labels = [f[0] for f in FIGURES]
    values = [f[1] for f in FIGURES]
    colours = [COLOURS[f[2]] for f in FIGURES]
    positions = range(len(FIGURES))

    # Bars start at the left edge of the log axis (1,000), not at zero.
    ax.barh(positions, [v - 1000 for v in values], height=0.48, left=1000,
            color=colours, zorder=2)
    ax.set_xscale("log")
    ax.set_xlim(1000, 2_000_000)
    ax.set_ylim(len(FIGURES) - 0.4, -0.6)
    ax.set_yticks(list(positions), labels, fontsize=16)
    ax.tick_params(axis="y", length=0)
    ax.tick_params(axis="x", length=0, labelsize=13, labelcolor="#555555")
    ax.xaxis.set_major_locator(FixedLocator(TICKS))
    ax.set_xticklabels(TICK_LABELS)
    ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_minor_formatter(NullFormatter())
    for tick in TICKS:
        solid = tick in (1e3, 1e4, 1e5, 1e6)
        ax.axvline(tick, color="#cccccc" if solid else "#dddddd",
                   linestyle="-" if solid else (0, (4, 4)), linewidth=1, zorder=1)
    for side in ax.spines.values():
        side.set_visible(False)

    for y, (_, value, _, approximate) in enumerate(FIGURES):
        text = ("≈ " if approximate else "") + f"{value:,}"
        ax.annotate(text, (value, y), xytext=(8, 0), textcoords="offset points",
                    va="center", ha="left", fontsize=16, fontweight="bold",
                    annotation_clip=False)

    fig.text(0.02, 0.95, "Kosovo, December 2007", fontsize=24, fontweight="bold",
             va="center")
    fig.legend(handles=[Patch(color=c, label=name) for name, c in COLOURS.items()],
               loc="upper left", bbox_to_anchor=(0.01, 0.93), ncol=3, frameon=False,
               fontsize=14, handlelength=1, handleheight=0.8, columnspacing=2)
    fig.text(0.02, 0.10, "Log scale: each solid gridline is 10 times the one before",
             fontsize=13, color="#555555", va="center")
    fig.text(0.02, 0.04, "Source: Reuters, 10 December 2007", color="#555555",
             va="center")
    fig.text(0.98, 0.04, "≈ approximate figure", color="#555555", va="center",
             ha="right")

    fig.savefig(out, dpi=dpi, facecolor="white")


if __name__ == "__main__":
    main()
