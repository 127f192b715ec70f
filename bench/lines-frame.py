#!/usr/bin/env python3
"""One frame of 200 lines of 64 years at 1920x1080 in matplotlib's Agg
backend: the chart `bench-render --dataset series --view line` times for
headcount, drawn the way a matplotlib user would draw it.

The data has the same shape as bench-render's: 200 entities whose values
start between 10^4 and 10^9 and grow by -1 % to 3.5 % a year, on a log
axis, every line 1.5 pixels wide with round joins. Each frame is a whole
`fig.canvas.draw()`, after one warm-up frame; the figure is made once, as
a window that redraws keeps it. Prints

    program=matplotlib frames=N median_ms=… min_ms=…
"""
import argparse
import random
import statistics
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--width", type=int, default=1920)
    parser.add_argument("--height", type=int, default=1080)
    parser.add_argument("--entities", type=int, default=200)
    parser.add_argument("--min-seconds", type=float, default=1.0)
    args = parser.parse_args()

    rng = random.Random(19602023)
    years = list(range(1960, 2024))
    dpi = 100
    fig = plt.figure(figsize=(args.width / dpi, args.height / dpi), dpi=dpi)
    ax = fig.add_subplot()
    ax.set_yscale("log")
    width_pt = 1.5 * 72 / dpi
    for _ in range(args.entities):
        start = 10 ** rng.uniform(4, 9)
        growth = rng.uniform(-0.01, 0.035)
        ax.plot(years, [round(start * (1 + growth) ** (y - 1960)) for y in years],
                linewidth=width_pt, solid_joinstyle="round", solid_capstyle="round")
    ax.set_title("Synthetic series")

    fig.canvas.draw()
    times = []
    deadline = time.perf_counter() + args.min_seconds
    while len(times) < 10 or time.perf_counter() < deadline:
        start = time.perf_counter()
        fig.canvas.draw()
        times.append((time.perf_counter() - start) * 1000)
    print(f"program=matplotlib frames={len(times)} median_ms={statistics.median(times):.3f} "
          f"min_ms={min(times):.3f}")


if __name__ == "__main__":
    main()
