#!/usr/bin/env python3
"""Headcount's benchmarks, side by side with gnuplot, matplotlib and bare
GTK and libadwaita windows. See bench/README.md.

    python3 bench/run.py [--build DIR] [--runs N] [--only export,first-frame,load,render,lines-frame,map]

Every program is started by fork and exec and reaped with wait4(); each run
gives its wall time (time.perf_counter around the child's whole life) and its
peak resident set size. The peak RSS is not the ru_maxrss that wait4() hands
this script: Linux carries a process's high-water mark across exec, and
subprocess forks with vfork, so that figure would be at least this Python
process's own peak. Each program is therefore started through GNU time
(`/usr/bin/time -f %M`), a small process whose fork gives the child a clean
count; wait4()'s figure is used only when GNU time is missing. Runs of the
programs being compared alternate (A B C A B C …) after one warm-up run of
each, so that whatever else the machine is doing falls on all of them
alike. Medians are reported; nothing here is a pass/fail test.

The report is printed as Markdown and also written, with the raw numbers as
JSON, to the output directory (default: BUILD/bench-results).
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)

GNU_TIME = "/usr/bin/time"

# The header under which the loading benchmark retries a loader that does
# not map the World Bank's "Country Name" column.
RENAMED_HEADER = "Country,Code,Year,Value"

VIEWS = ["bars", "columns", "circles", "treemap", "shares", "units"]

TARGETS = {
    "export_vs_gnuplot": 0.5,      # headcount wall time ≤ 0.5 × gnuplot's
    "export_vs_matplotlib": 0.1,   # … and ≤ 0.1 × matplotlib's
    "first_frame_vs_adw": 1.15,    # headcount first frame ≤ 1.15 × a bare libadwaita window's
    "first_frame_rss_vs_adw": 1.1, # … at ≤ 1.1 × its peak RSS
    "load_mb_s": 300.0,            # loader throughput ≥ 300 MB/s …
    "load_vs_python": 7.0,         # … and ≥ 7 × Python's csv module
    "table_vs_pandas": 0.5,        # file → table → first chart ≤ 0.5 × pandas.read_csv's wall time
    "table_mem_vs_pandas": 0.75,   # … at ≤ 0.75 × its peak memory
    "frame_ms": 4.0,               # one 1920×1080 frame of the default data ≤ 4 ms
    "map_frame_110m_ms": 16.0,     # a 1920×1080 map frame with the 1:110m shapes ≤ 16 ms
    "map_frame_50m_ms": 33.0,      # … with the 1:50m shapes ≤ 33 ms
    "map_export_vs_gnuplot": 0.5,  # the world map's export ≤ 0.5 × gnuplot drawing its polygons
    "lines_frame_ms": 8.0,         # a 1920×1080 frame of 200 lines of 64 years ≤ 8 ms
}


# ---------------------------------------------------------------- running

class Run:
    """One finished child process."""

    def __init__(self, argv, wall, maxrss_kb, returncode, stdout, stderr, first_line_s=None):
        self.argv = argv
        self.wall = wall                  # seconds, fork to reap
        self.maxrss_kb = maxrss_kb        # peak RSS of the child, KiB
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.first_line_s = first_line_s  # seconds from fork to its first line of output

    @property
    def ok(self):
        return self.returncode == 0


def spawn(argv, env=None, timeout=120.0, watch_first_line=False):
    """Fork and exec @argv, wait for it with wait4() and time it.

    With @watch_first_line the child's standard output is a pipe and the
    moment its first line arrives is noted too."""
    err = tempfile.TemporaryFile()
    out = subprocess.PIPE if watch_first_line else tempfile.TemporaryFile()
    killed = threading.Event()
    reaped = threading.Event()
    lock = threading.Lock()

    rss_file = None
    command = list(argv)
    if os.access(GNU_TIME, os.X_OK):
        rss_file = tempfile.NamedTemporaryFile(prefix="bench-rss-", delete=False)
        rss_file.close()
        command = [GNU_TIME, "-q", "-f", "%M", "-o", rss_file.name] + command

    start_ns = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    child_env = dict(os.environ if env is None else env)
    child_env["BENCH_SPAWN_MONOTONIC_NS"] = str(start_ns)
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                            env=child_env, start_new_session=True)

    def kill():
        with lock:
            if not reaped.is_set():
                killed.set()
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

    timer = threading.Timer(timeout, kill)
    timer.start()

    first_line_s = None
    stdout_text = ""
    if watch_first_line:
        line = proc.stdout.readline()
        if line:
            first_line_s = time.perf_counter() - start
        stdout_text = (line + proc.stdout.read()).decode("utf-8", "replace")
        proc.stdout.close()

    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    with lock:
        reaped.set()
    timer.cancel()
    # wait4() reaped it: keep Popen from trying again.
    proc.returncode = os.waitstatus_to_exitcode(status)

    if not watch_first_line:
        out.seek(0)
        stdout_text = out.read().decode("utf-8", "replace")
        out.close()
    err.seek(0)
    stderr_text = err.read().decode("utf-8", "replace")
    err.close()

    maxrss_kb = usage.ru_maxrss
    if rss_file is not None:
        with open(rss_file.name, encoding="ascii", errors="replace") as f:
            last = (f.read().strip().splitlines() or [""])[-1]
        os.unlink(rss_file.name)
        if last.isdigit():
            maxrss_kb = int(last)

    returncode = proc.returncode
    if killed.is_set():
        returncode = "timeout"
    return Run(argv, wall, maxrss_kb, returncode, stdout_text, stderr_text, first_line_s)


def alternate(programs, runs, warmup=1, **kwargs):
    """Run each (name, argv, env) in turn, @runs rounds after @warmup rounds.
    Returns {name: [Run, …]} without the warm-up runs; a program whose run
    fails is dropped from the later rounds."""
    results = {name: [] for name, _, _ in programs}
    failed = {}
    for round_ in range(warmup + runs):
        for name, argv, env in programs:
            if name in failed:
                continue
            run = spawn(argv, env=env, **kwargs)
            if not run.ok:
                failed[name] = run
                continue
            if round_ >= warmup:
                results[name].append(run)
    return results, failed


def median(values):
    return statistics.median(values) if values else None


def summarize(runs):
    walls = [r.wall for r in runs]
    return {
        "runs": len(runs),
        "wall_median_s": median(walls),
        "wall_min_s": min(walls) if walls else None,
        "wall_max_s": max(walls) if walls else None,
        "maxrss_median_kb": median([r.maxrss_kb for r in runs]),
    }


def fmt_ms(seconds):
    return "—" if seconds is None else f"{seconds * 1000:.1f}"


def fmt_mb(kb):
    return "—" if kb is None else f"{kb / 1024:.1f}"


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt_ratio(value):
    return "—" if value is None else f"{value:.3f}"


def met(flag):
    if flag is None:
        return "not measured"
    return "**met**" if flag else "**not met**"


def headless_env():
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def with_schemas(env, headcount):
    """An uninstalled headcount finds its settings schema in the build
    tree's data/ (GSettings aborts the program otherwise)."""
    env = dict(env)
    schemas = os.path.join(os.path.dirname(os.path.dirname(headcount)), "data")
    if os.path.exists(os.path.join(schemas, "gschemas.compiled")):
        env["GSETTINGS_SCHEMA_DIR"] = schemas
    return env


# ---------------------------------------------------------------- machine

def command_output(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def find_python_with_matplotlib():
    candidates = [os.environ.get("BENCH_PYTHON"), "/usr/bin/python3", sys.executable,
                  shutil.which("python3")]
    for python in candidates:
        if python and os.path.exists(python):
            probe = subprocess.run([python, "-c", "import matplotlib; print(matplotlib.__version__)"],
                                   capture_output=True, text=True, check=False)
            if probe.returncode == 0:
                return python, probe.stdout.strip()
    return None, None


def machine_info(args):
    model = ""
    for line in command_output(["lscpu"]).splitlines():
        if line.startswith("Model name:"):
            model = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    with open("/proc/meminfo", encoding="ascii") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    gnuplot = command_output(["gnuplot", "--version"]) if shutil.which("gnuplot") else "not installed"
    _, mpl = find_python_with_matplotlib()

    def deb(name):
        return command_output(["dpkg-query", "-W", "-f=${Version}", name]) or "?"

    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": model,
        "memory_gib": round(mem_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "loadavg_start": os.getloadavg(),
        "gnuplot": gnuplot,
        "matplotlib": mpl or "not installed",
        "python": command_output(["/usr/bin/python3", "--version"]),
        "cairo": command_output(["pkg-config", "--modversion", "cairo"]) or deb("libcairo2"),
        "gtk4": command_output(["pkg-config", "--modversion", "gtk4"]) or deb("libgtk-4-1"),
        "pango": command_output(["pkg-config", "--modversion", "pango"]),
        "mesa": deb("libgl1-mesa-dri"),
        "valgrind": command_output(["valgrind", "--version"]) if shutil.which("valgrind") else "not installed",
        "headcount_commit": command_output(["git", "-C", TOP, "rev-parse", "--short", "HEAD"]),
        "headcount": args.headcount,
    }


# ---------------------------------------------------------------- export

def bench_export(args, report, data):
    out = os.path.join(args.out_dir, "export")
    os.makedirs(out, exist_ok=True)
    env = with_schemas(headless_env(), args.headcount)
    w, h = args.export_size.split("x")
    python, _ = find_python_with_matplotlib()

    programs = [
        ("headcount", [args.headcount, "--export", os.path.join(out, "headcount.png"),
                       "--size", args.export_size], env),
    ]
    if shutil.which("gnuplot"):
        programs.append(("gnuplot", ["gnuplot", "-c", os.path.join(HERE, "kosovo.gp"),
                                     os.path.join(out, "gnuplot.png"), w, h], env))
    if python:
        programs.append(("matplotlib", [python, os.path.join(HERE, "kosovo.py"),
                                        os.path.join(out, "matplotlib.png"), w, h], env))
    programs += [
        ("headcount svg", [args.headcount, "--export", os.path.join(out, "headcount.svg"),
                           "--size", args.export_size, "--format", "svg"], env),
        ("headcount png 2×", [args.headcount, "--export", os.path.join(out, "headcount@2.png"),
                              "--size", args.export_size, "--scale", "2"], env),
    ]

    results, failed = alternate(programs, args.runs)
    summary = {name: summarize(runs) for name, runs in results.items() if runs}
    for name, run in failed.items():
        summary[name] = {"failed": f"exit {run.returncode}: {run.stderr.strip()[:300]}"}
    data["export"] = summary

    hc = summary.get("headcount", {}).get("wall_median_s")
    gp = summary.get("gnuplot", {}).get("wall_median_s")
    mpl = summary.get("matplotlib", {}).get("wall_median_s")
    r_gp, r_mpl = ratio(hc, gp), ratio(hc, mpl)
    data["export_ratios"] = {"headcount/gnuplot": r_gp, "headcount/matplotlib": r_mpl}

    report.append(f"## Export: the Kosovo bar chart at {args.export_size}\n")
    report.append(f"{args.runs} alternating runs of each after one warm-up; "
                  f"files in `{out}`. Wall time is fork to exit.\n")
    report.append("| program | median wall ms | min | max | median peak RSS MiB |")
    report.append("| --- | ---: | ---: | ---: | ---: |")
    for name, _, _ in programs:
        s = summary.get(name, {})
        if "failed" in s:
            report.append(f"| {name} | failed: {s['failed']} | | | |")
        elif s:
            report.append(f"| {name} | {fmt_ms(s['wall_median_s'])} | {fmt_ms(s['wall_min_s'])} | "
                          f"{fmt_ms(s['wall_max_s'])} | {fmt_mb(s['maxrss_median_kb'])} |")
    report.append("")
    report.append(f"- headcount / gnuplot: {fmt_ratio(r_gp)} (target ≤ {TARGETS['export_vs_gnuplot']}: "
                  f"{met(None if r_gp is None else r_gp <= TARGETS['export_vs_gnuplot'])})")
    report.append(f"- headcount / matplotlib: {fmt_ratio(r_mpl)} (target ≤ {TARGETS['export_vs_matplotlib']}: "
                  f"{met(None if r_mpl is None else r_mpl <= TARGETS['export_vs_matplotlib'])})")
    report.append("")
    report.append("Commands:\n")
    report.append("```")
    for name, argv, _ in programs:
        report.append(" ".join(argv))
    report.append("```\n")

    bench_lines(args, report, data)


# ---------------------------------------------------------------- lines

def write_world_bank_like(path, seed=1960):
    """A long file in the World Bank's shape when the real one is not at
    hand: 264 countries and World, 1960–2024, growing at their own rates."""
    import random
    rng = random.Random(seed)
    rows = []
    world = [0.0] * 65
    for i in range(264):
        start, growth = 10 ** rng.uniform(4, 8.8), rng.uniform(-0.005, 0.03)
        for k in range(65):
            value = round(start * (1 + growth) ** k)
            world[k] += value
            # QM… to QZ… are the codes ISO 3166 leaves to users: never a country.
            rows.append(f"Country {i:03d},Q{chr(77 + i // 26)}{chr(65 + i % 26)},{1960 + k},{value}")
    rows += [f"World,WLD,{1960 + k},{round(v)}" for k, v in enumerate(world)]
    with open(path, "w", encoding="utf-8") as f:
        f.write("Country Name,Country Code,Year,Value\n" + "\n".join(rows) + "\n")


def bench_lines(args, report, data):
    """A line chart of the World Bank's population file against gnuplot
    plotting the same lines from the same CSV. The file is $BENCH_WB_CSV
    (the long wb-population.csv, Country Name,Country Code,Year,Value), or
    one of that shape written here."""
    out = os.path.join(args.out_dir, "lines")
    os.makedirs(out, exist_ok=True)
    env = with_schemas(headless_env(), args.headcount)
    w, h = args.export_size.split("x")
    source = os.environ.get("BENCH_WB_CSV")
    if not source or not os.path.exists(source):
        source = os.path.join(out, "world-bank-like.csv")
        write_world_bank_like(source)

    # The lines headcount picks by default (World and the largest few),
    # so that gnuplot draws exactly those.
    printed = subprocess.run([args.headcount, source, "--print", "--view", "line"], env=env,
                             capture_output=True, text=True, check=False)
    codes = []
    for line in printed.stdout.splitlines()[1:]:
        code = line.rsplit(",", 1)[-1]
        if code and code not in codes:
            codes.append(code)

    programs = [
        ("headcount line", [args.headcount, source, "--view", "line", "--export",
                            os.path.join(out, "headcount-line.png"), "--size", args.export_size],
         env),
    ]
    if shutil.which("gnuplot") and codes:
        programs.append(("gnuplot lines", ["gnuplot", "-c", os.path.join(HERE, "lines.gp"), source,
                                           os.path.join(out, "gnuplot-lines.png"), w, h,
                                           " ".join(codes)], env))

    results, failed = alternate(programs, args.runs)
    summary = {name: summarize(runs) for name, runs in results.items() if runs}
    for name, run in failed.items():
        summary[name] = {"failed": f"exit {run.returncode}: {run.stderr.strip()[:300]}"}
    data["lines"] = summary
    hc = summary.get("headcount line", {}).get("wall_median_s")
    gp = summary.get("gnuplot lines", {}).get("wall_median_s")
    r_gp = ratio(hc, gp)
    data["lines_ratio"] = {"headcount/gnuplot": r_gp}

    report.append(f"## Export: a line chart of {os.path.basename(source)} at {args.export_size}\n")
    report.append(f"The {len(codes)} lines headcount shows by default ({', '.join(codes)}), "
                  f"{args.runs} alternating runs after one warm-up; files in `{out}`.\n")
    report.append("| program | median wall ms | min | max | median peak RSS MiB |")
    report.append("| --- | ---: | ---: | ---: | ---: |")
    for name, _, _ in programs:
        s = summary.get(name, {})
        if "failed" in s:
            report.append(f"| {name} | failed: {s['failed']} | | | |")
        elif s:
            report.append(f"| {name} | {fmt_ms(s['wall_median_s'])} | {fmt_ms(s['wall_min_s'])} | "
                          f"{fmt_ms(s['wall_max_s'])} | {fmt_mb(s['maxrss_median_kb'])} |")
    report.append("")
    report.append(f"- headcount / gnuplot: {fmt_ratio(r_gp)} (target ≤ {TARGETS['export_vs_gnuplot']}: "
                  f"{met(None if r_gp is None else r_gp <= TARGETS['export_vs_gnuplot'])})")
    report.append("")
    report.append("Commands:\n")
    report.append("```")
    for name, argv, _ in programs:
        report.append(" ".join(f'"{a}"' if " " in a else a for a in argv))
    report.append("```\n")


# ---------------------------------------------------------------- first frame

class Display:
    """An Xvfb and a session bus of our own, so that neither the desktop the
    driver may run in nor an open headcount (which would take the launch
    over as a unique GApplication) changes the numbers. With
    @use_current the caller's display and bus are used as they are."""

    def __init__(self, use_current=False):
        self.procs = []
        self.env = dict(os.environ)
        if not use_current:
            for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
                self.env.pop(name, None)

    def __enter__(self):
        if not self.env.get("DISPLAY") and not self.env.get("WAYLAND_DISPLAY"):
            if not shutil.which("Xvfb"):
                raise RuntimeError("no display and no Xvfb")
            read_fd, write_fd = os.pipe()
            xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                                     "1920x1080x24", "-nolisten", "tcp", "-noreset"],
                                    pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            os.close(write_fd)
            self.procs.append(xvfb)
            number = b""
            while not number.endswith(b"\n"):
                chunk = os.read(read_fd, 16)
                if not chunk:
                    break
                number += chunk
            os.close(read_fd)
            self.env["DISPLAY"] = ":" + number.decode().strip()
        if not self.env.get("DBUS_SESSION_BUS_ADDRESS") and shutil.which("dbus-daemon"):
            bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            self.procs.append(bus)
            self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        return self

    def __exit__(self, *exc):
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def parse_first_frame(run):
    """The hook's output: the first line is the microseconds from main() to
    the end of the first frame; the bare window adds "spawn N" and
    "renderer NAME" lines."""
    lines = run.stdout.splitlines()
    if not run.ok or not lines or not re.fullmatch(r"\d+", lines[0].strip()):
        return None
    parsed = {"main_us": int(lines[0])}
    for line in lines[1:]:
        key, _, value = line.partition(" ")
        parsed[key] = int(value) if value.isdigit() else value
    return parsed


# Where the instructions to the first frame go, function by function
# (inclusive counts; a function reached twice on one path counts once).
# Names are those of the libraries' and headcount's own symbols.
FIRST_FRAME_PARTS = [
    ("whole run, every thread", "TOTAL"),
    ("loading the window module (dlopen of GTK and the rest)", "g_module_open"),
    ("GTK start-up: display, settings, GL probing", "gtk_init"),
    ("libadwaita start-up: style manager, style sheet", "adw_init"),
    ("headcount's window, built", "hc_window_new"),
    ("  its template", "gtk_widget_init_template"),
    ("  its GSettings", "g_settings_new"),
    ("  the default dataset, read from the resources", "hc_loader_load_default"),
    ("  the dataset shown (chart, table, title)", "hc_window_set_dataset"),
    ("showing the window: realize, styles, size", "gtk_window_present"),
    ("icon theme, first look-up", "gtk_icon_theme_lookup_icon"),
    ("accessibility contexts", "gtk_at_context_create"),
    ("the chart's first draw (layout and recording)", "hc_chart_render"),
    ("  its text: fonts matched, text shaped", "hc_chart_text_size"),
    ("glyphs rasterized (FreeType)", "FT_Load_Glyph"),
    ("the frame rendered", "gsk_renderer_render"),
    ("other threads (icon theme, fontconfig, D-Bus)", "start_thread"),
]


def callgrind_inclusive(path):
    """{function name: inclusive instructions} from callgrind_annotate."""
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                         capture_output=True, text=True, check=False).stdout
    costs = {}
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+(\S+)", line)
        if not m:
            continue
        value = int(m.group(1).replace(",", ""))
        name = m.group(2).split(":", 1)[-1]
        if "'" in name:
            continue  # a recursive call's own entry: already inside the outer one
        if "PROGRAM" in line and "TOTALS" in line:
            costs["TOTAL"] = value
        costs[name] = max(costs.get(name, 0), value)
    totals = re.search(r"([\d,]+) \([^)]*\)\s+PROGRAM TOTALS", out)
    if totals:
        costs["TOTAL"] = int(totals.group(1).replace(",", ""))
    return costs


def callgrind_first_frame(argv, env, out_dir, name, runs=3):
    """The cheapest of @runs callgrind runs to the first frame: threads race
    (the icon theme is loaded by whichever thread gets there first, and
    sometimes twice), which moves the count by up to a tenth."""
    best = None
    for i in range(runs):
        out = os.path.join(out_dir, f"callgrind.first-frame.{name}.{i}")
        run = spawn(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + argv,
                    env=env, timeout=600, watch_first_line=True)
        total = callgrind_total(out) if run.ok else None
        if total is not None and (best is None or total < best[0]):
            best = (total, out)
    return callgrind_inclusive(best[1]) if best else None


def bench_first_frame(args, report, data):
    report.append("## Start-up to the first painted frame (Xvfb)\n")
    bare = os.path.join(args.build, "bench", "bench-bare-window")
    bare_adw = os.path.join(args.build, "bench", "bench-bare-adw-window")
    missing = [p for p in (bare, bare_adw) if not os.path.exists(p)]
    if missing:
        report.append(f"Not available: `{missing[0]}` was not built (GTK or libadwaita missing?).\n")
        data["first_frame"] = {"available": False}
        return

    names = ("bare GTK window", "bare libadwaita window", "headcount")
    data["first_frame"] = {}
    with Display(args.use_display) as display:
        for renderer in ("cairo", "default"):
            env = dict(display.env)
            if renderer == "default":
                env.pop("GSK_RENDERER", None)
            else:
                env["GSK_RENDERER"] = renderer
            hc_env = dict(with_schemas(env, args.headcount), HEADCOUNT_BENCH_FIRST_FRAME="1")

            # Probe (also the warm-up): does this headcount have the hook?
            probe = spawn([args.headcount], env=hc_env, timeout=args.first_frame_timeout,
                          watch_first_line=True)
            hook = parse_first_frame(probe) is not None

            programs = [(names[0], [bare], env), (names[1], [bare_adw], env)]
            if hook:
                programs.append((names[2], [args.headcount], hc_env))
            results, failed = alternate(programs, args.runs, timeout=args.first_frame_timeout,
                                        watch_first_line=True)

            section = {}
            for name, runs in results.items():
                parsed = [parse_first_frame(r) for r in runs]
                good = [(r, p) for r, p in zip(runs, parsed) if p is not None]
                if not good:
                    continue
                section[name] = {
                    "runs": len(good),
                    "main_to_frame_median_ms": median([p["main_us"] for _, p in good]) / 1000,
                    "exec_to_frame_median_ms": median([r.first_line_s for r, _ in good]) * 1000,
                    "exec_to_frame_min_ms": min(r.first_line_s for r, _ in good) * 1000,
                    "exec_to_frame_max_ms": max(r.first_line_s for r, _ in good) * 1000,
                    "exec_to_exit_median_ms": median([r.wall for r, _ in good]) * 1000,
                    "maxrss_median_kb": median([r.maxrss_kb for r, _ in good]),
                    "renderer": next((p.get("renderer") for _, p in good if p.get("renderer")), None),
                    "spawn_env_median_ms": (median([p["spawn"] for _, p in good if "spawn" in p]) / 1000
                                            if any("spawn" in p for _, p in good) else None),
                }
            for name, run in failed.items():
                section[name] = {"failed": f"exit {run.returncode}: {run.stderr.strip()[:300]}"}
            if not hook and probe.returncode == "timeout":
                section["headcount"] = {
                    "available": False,
                    "why": ("HEADCOUNT_BENCH_FIRST_FRAME=1 printed no frame time within "
                            f"{args.first_frame_timeout:.0f} s"),
                }
            elif not hook:
                section["headcount"] = {
                    "failed": (f"HEADCOUNT_BENCH_FIRST_FRAME=1: exit {probe.returncode}, "
                               f"{probe.stderr.strip()[-300:] or 'no frame time printed'}"),
                }
            data["first_frame"][renderer] = section

            gtk, adw, hc = (section.get(n, {}) for n in names)

            def rel(a, b, key):
                return ratio(a.get(key), b.get(key))

            r_exec = rel(hc, adw, "exec_to_frame_median_ms")
            r_main = rel(hc, adw, "main_to_frame_median_ms")
            r_rss = rel(hc, adw, "maxrss_median_kb")
            section["ratios"] = {
                "exec_to_frame": r_exec, "main_to_frame": r_main, "maxrss": r_rss,
                "adw_vs_gtk_exec_to_frame": rel(adw, gtk, "exec_to_frame_median_ms"),
                "adw_vs_gtk_maxrss": rel(adw, gtk, "maxrss_median_kb"),
                "headcount_vs_gtk_exec_to_frame": rel(hc, gtk, "exec_to_frame_median_ms"),
            }

            label = "GSK_RENDERER=cairo" if renderer == "cairo" else "default renderer"
            used = gtk.get("renderer") or "?"
            report.append(f"### {label} (the bare windows report {used})\n")
            report.append("| program | exec → first frame ms | min | max | main() → first frame ms | "
                          "exec → exit ms | median peak RSS MiB |")
            report.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
            for name in names:
                s = section.get(name, {})
                if s.get("available") is False:
                    report.append(f"| {name} | not available: {s['why']} | | | | | |")
                elif "failed" in s:
                    report.append(f"| {name} | failed: {s['failed']} | | | | | |")
                elif s:
                    report.append(f"| {name} | {s['exec_to_frame_median_ms']:.1f} | "
                                  f"{s['exec_to_frame_min_ms']:.1f} | {s['exec_to_frame_max_ms']:.1f} | "
                                  f"{s['main_to_frame_median_ms']:.1f} | {s['exec_to_exit_median_ms']:.1f} | "
                                  f"{fmt_mb(s['maxrss_median_kb'])} |")
            report.append("")
            ratios = section["ratios"]
            report.append(f"- bare libadwaita / bare GTK window, exec → first frame: "
                          f"{fmt_ratio(ratios['adw_vs_gtk_exec_to_frame'])}; peak RSS: "
                          f"{fmt_ratio(ratios['adw_vs_gtk_maxrss'])}")
            if r_exec is not None:
                report.append(f"- headcount / bare libadwaita window, exec → first frame: "
                              f"{fmt_ratio(r_exec)} (target ≤ {TARGETS['first_frame_vs_adw']}: "
                              f"{met(r_exec <= TARGETS['first_frame_vs_adw'])}); main() → first frame: "
                              f"{fmt_ratio(r_main)}; peak RSS: {fmt_ratio(r_rss)} (target ≤ "
                              f"{TARGETS['first_frame_rss_vs_adw']}: "
                              f"{met(r_rss is not None and r_rss <= TARGETS['first_frame_rss_vs_adw'])})")
                report.append(f"- headcount / bare GTK window, exec → first frame: "
                              f"{fmt_ratio(ratios['headcount_vs_gtk_exec_to_frame'])}")
            else:
                report.append("- headcount / bare libadwaita window: not available")
            report.append("")

        if args.callgrind and shutil.which("valgrind") and shutil.which("callgrind_annotate"):
            env = dict(display.env, GSK_RENDERER="cairo")
            hc_env = dict(with_schemas(env, args.headcount), HEADCOUNT_BENCH_FIRST_FRAME="1")
            costs = {"bare libadwaita window": callgrind_first_frame([bare_adw], env, args.out_dir, "adw"),
                     "headcount": callgrind_first_frame([args.headcount], hc_env, args.out_dir,
                                                        "headcount")}
            data["first_frame"]["callgrind"] = costs
            report.append("### Where the instructions go (callgrind, GSK_RENDERER=cairo)\n")
            report.append("Inclusive instruction counts to the first frame, in millions, of the "
                          "cheapest of three runs each; the parts overlap (the template is part "
                          "of the window), and what runs in other threads is counted apart.\n")
            report.append("| part | function | bare libadwaita window | headcount |")
            report.append("| --- | --- | ---: | ---: |")
            for label, function in FIRST_FRAME_PARTS:
                cells = []
                for program in ("bare libadwaita window", "headcount"):
                    c = costs.get(program)
                    cells.append("—" if not c else f"{c.get(function, 0) / 1e6:.1f}")
                report.append(f"| {label} | `{function}` | {cells[0]} | {cells[1]} |")
            report.append("")

    report.append("exec → first frame is measured by the driver: from just before fork to the "
                  "arrival of the program's first line on its standard output, which it writes "
                  "after the first frame that shows the chart. The bare windows also compute it "
                  "themselves from `BENCH_SPAWN_MONOTONIC_NS` (the `spawn` field of the JSON).\n")
    report.append("Commands:\n")
    report.append("```")
    report.append(f"{bare}")
    report.append(f"{bare_adw}")
    report.append(f"HEADCOUNT_BENCH_FIRST_FRAME=1 {args.headcount}")
    report.append("```")
    where = ("on the current display" if args.use_display
             else "in a private Xvfb screen of 1920x1080x24 with a private session bus")
    report.append(f"each with `GSK_RENDERER=cairo` and with GSK_RENDERER unset, {where}.\n")


# ---------------------------------------------------------------- load

def bench_load(args, report, data):
    report.append("## Loading a 1,000,000-row CSV\n")
    def generate(name, header=None):
        target = os.path.join(args.out_dir, f"{name}-{args.load_rows}-{args.load_seed}.csv")
        argv = [sys.executable, os.path.join(HERE, "gen-population.py"), target,
                "--rows", str(args.load_rows), "--seed", str(args.load_seed)]
        if header:
            argv += ["--header", header]
        if not os.path.exists(target):
            subprocess.run(argv, check=True)
        return target, argv

    path, gen_argv = generate("population")
    size = os.path.getsize(path)
    mb = size / 1e6
    python, _ = find_python_with_matplotlib()
    python = python or sys.executable
    loader = os.path.join(args.build, "bench", "bench-load")

    headcount = os.path.join(args.build, "src", "headcount")
    chart = os.path.join(args.out_dir, "load-first-chart.png")
    programs = [
        ("wc -l", ["wc", "-l", path], None),
        ("Python csv", [python, os.path.join(HERE, "load-csv.py"), path], None),
        # The file into the table and its first chart drawn, in one process.
        ("headcount --export", [headcount, path, "--export", chart], None),
    ]
    if spawn(["/usr/bin/python3", "-c", "import pandas"]).ok:
        programs.append(("pandas.read_csv",
                         ["/usr/bin/python3", os.path.join(HERE, "load-pandas.py"), path], None))

    probe = spawn([loader, path])
    hc_state = "ok"
    renamed = None
    if probe.ok:
        programs.append(("headcount loader", [loader, path], None))
    elif "not read yet" in probe.stderr:
        hc_state = "not available: " + probe.stderr.strip().split(": ", 1)[-1]
    else:
        hc_state = f"failed (exit {probe.returncode}): {probe.stderr.strip()[:300]}"
        # A loader that reads CSV but does not know the World Bank's column
        # names is still timed, on the same rows under a header it knows.
        renamed, renamed_argv = generate("population-renamed", RENAMED_HEADER)
        if spawn([loader, renamed]).ok:
            programs.append(("headcount loader, header renamed", [loader, renamed], None))
        else:
            renamed = None

    runs = args.runs
    results, failed = alternate(programs, runs)
    section = {"file": path, "bytes": size}
    for name, rs in results.items():
        if not rs:
            continue
        s = summarize(rs)
        s["mb_per_s"] = mb / s["wall_median_s"]
        if name.startswith("headcount loader"):
            in_process = [float(re.search(r"load_ms=([\d.]+)", r.stdout).group(1)) for r in rs]
            s["load_call_median_ms"] = median(in_process)
            s["load_call_mb_per_s"] = mb / (s["load_call_median_ms"] / 1000)
            s["figures"] = int(re.search(r"figures=(\d+)", rs[0].stdout).group(1))
        section[name] = s
    for name, run in failed.items():
        section[name] = {"failed": f"exit {run.returncode}: {run.stderr.strip()[:300]}"}
    if hc_state != "ok":
        section["headcount loader"] = {"available": False, "why": hc_state}
    data["load"] = section

    report.append(f"`{os.path.basename(path)}`: {size:,} bytes ({mb:.1f} MB), "
                  f"{args.load_rows:,} rows, page cache warm; {runs} alternating runs after one warm-up. "
                  "MB/s is file size over the whole process's wall time.\n")
    report.append("| reader | median wall ms | MB/s | median peak RSS MiB |")
    report.append("| --- | ---: | ---: | ---: |")
    for name in ("wc -l", "Python csv", "pandas.read_csv", "headcount --export", "headcount loader",
                 "headcount loader, header renamed"):
        s = section.get(name, {})
        if s.get("available") is False:
            report.append(f"| {name} | {s['why']} | | |")
        elif "failed" in s:
            report.append(f"| {name} | {s['failed']} | | |")
        elif s:
            report.append(f"| {name} | {fmt_ms(s['wall_median_s'])} | {s['mb_per_s']:.0f} | "
                          f"{fmt_mb(s['maxrss_median_kb'])} |")
    report.append("")
    hc = section.get("headcount loader", {})
    py = section.get("Python csv", {})
    if renamed is not None:
        report.append(f"- the loader refuses the World Bank header ({hc_state}); "
                      f"it was timed on the same rows under the header `{RENAMED_HEADER}`")
        hc = section.get("headcount loader, header renamed", hc)
    if "mb_per_s" in hc:
        r = ratio(hc["mb_per_s"], py.get("mb_per_s"))
        report.append(f"- headcount loader: {hc['mb_per_s']:.0f} MB/s over the process, "
                      f"{hc['load_call_mb_per_s']:.0f} MB/s in hc_loader_load_path() alone "
                      f"({hc['load_call_median_ms']:.1f} ms, {hc['figures']:,} figures)")
        report.append(f"- headcount / Python csv: {fmt_ratio(r)}× (targets ≥ {TARGETS['load_mb_s']:.0f} MB/s: "
                      f"{met(hc['mb_per_s'] >= TARGETS['load_mb_s'])}, ≥ {TARGETS['load_vs_python']:.0f}× Python: "
                      f"{met(r is not None and r >= TARGETS['load_vs_python'])})")
        data["load_ratios"] = {"headcount/python": r}
    else:
        report.append(f"- headcount loader: {hc.get('why', hc.get('failed', 'not measured'))}; "
                      "targets not measured")
        if "mb_per_s" in py:
            report.append(f"- the target of 7× Python csv means ≥ {7 * py['mb_per_s']:.0f} MB/s on this machine")
    export = section.get("headcount --export", {})
    pandas_s = section.get("pandas.read_csv", {})
    if "wall_median_s" in export and "wall_median_s" in pandas_s:
        wall = export["wall_median_s"] / pandas_s["wall_median_s"]
        mem = export["maxrss_median_kb"] / pandas_s["maxrss_median_kb"]
        report.append(f"- headcount --export (table and first chart) / pandas.read_csv: "
                      f"{fmt_ratio(wall)}× the wall time (target ≤ {TARGETS['table_vs_pandas']}: "
                      f"{met(wall <= TARGETS['table_vs_pandas'])}), {fmt_ratio(mem)}× the peak "
                      f"memory (target ≤ {TARGETS['table_mem_vs_pandas']}: "
                      f"{met(mem <= TARGETS['table_mem_vs_pandas'])})")
        data.setdefault("load_ratios", {})["export/pandas"] = wall
        data["load_ratios"]["export/pandas peak"] = mem
    elif "wall_median_s" in export:
        report.append("- pandas is not installed (python3-pandas): no comparison")
    report.append("")
    report.append("Commands:\n")
    report.append("```")
    report.append(" ".join(gen_argv))
    if renamed is not None:
        report.append(" ".join(renamed_argv[:-1] + [f'"{RENAMED_HEADER}"']))
    for _, argv, _ in programs:
        report.append(" ".join(argv))
    if hc_state != "ok":
        report.append(f"{loader} {path}")
    report.append("```\n")


# ---------------------------------------------------------------- render

def parse_render(text):
    rows = []
    for line in text.splitlines():
        fields = dict(f.split("=", 1) for f in line.split() if "=" in f)
        if "view" in fields:
            rows.append(fields)
    return rows


def callgrind_total(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(("totals:", "summary:")):
                return int(line.split()[1])
    return None


def callgrind_instructions(render, view, dataset, out_dir):
    """Instructions per frame: hc_chart_render() counted alone, for 7 frames
    and for 2, and the difference over 5, so the first frame's one-off work
    (fonts, caches) drops out."""
    totals = {}
    for frames in (2, 7):
        out = os.path.join(out_dir, f"callgrind.{view}.{dataset}.{frames}")
        run = spawn(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                     "--toggle-collect=hc_chart_render", render, "--view", view,
                     "--dataset", dataset, "--frames", str(frames)], timeout=900)
        if not run.ok:
            return None
        totals[frames] = callgrind_total(out)
    if None in totals.values():
        return None
    return (totals[7] - totals[2]) / 5


def bench_render(args, report, data):
    report.append("## Frame cost: one chart at 1920×1080 into an image surface\n")
    render = os.path.join(args.build, "bench", "bench-render")
    repeats = 3
    per_view = {}
    for _ in range(repeats):
        run = spawn([render, "--min-seconds", str(args.render_seconds)], timeout=600)
        if not run.ok:
            report.append(f"bench-render failed: {run.stderr.strip()[:300]}\n")
            return
        for row in parse_render(run.stdout):
            key = (row["view"], row.get("dataset", ""))
            per_view.setdefault(key, []).append(row)

    section = {}
    skipped = sorted({view for (view, ds), rows in per_view.items() if "skipped" in rows[0]})
    measured = [(view, ds) for view in VIEWS for ds in ("default", "synthetic")
                if (view, ds) in per_view]

    do_callgrind = args.callgrind and shutil.which("valgrind")
    cg_dir = os.path.join(args.out_dir, "callgrind")
    if do_callgrind:
        os.makedirs(cg_dir, exist_ok=True)

    report.append(f"bench-render run {repeats} times (each view ≥ {args.render_seconds} s and ≥ 10 frames "
                  "after a warm-up frame); the median of the three medians. Instructions per frame "
                  "from callgrind (hc_chart_render only, (7 frames − 2 frames) / 5).\n")
    report.append("| view | dataset | figures | median ms/frame | min ms | instructions/frame |")
    report.append("| --- | --- | ---: | ---: | ---: | ---: |")
    for view, ds in measured:
        rows = per_view[(view, ds)]
        med = median([float(r["median_ms"]) for r in rows])
        low = min(float(r["min_ms"]) for r in rows)
        ir = callgrind_instructions(render, view, ds, cg_dir) if do_callgrind else None
        section[f"{view}/{ds}"] = {"figures": int(rows[0]["figures"]), "median_ms": med, "min_ms": low,
                                   "medians_ms": [float(r["median_ms"]) for r in rows],
                                   "instructions_per_frame": ir}
        report.append(f"| {view} | {ds} | {int(rows[0]['figures']):,} | {med:.2f} | {low:.2f} | "
                      f"{'—' if ir is None else f'{ir / 1e6:.1f} M'} |")
    report.append("")
    if skipped:
        report.append(f"Not available yet (hc_chart_kind_from_string refuses them): {', '.join(skipped)}.\n")
    data["render"] = {"views": section, "skipped": skipped}

    for view, ds in measured:
        if ds != "default":
            continue
        med = section[f"{view}/{ds}"]["median_ms"]
        report.append(f"- {view}, default data: {med:.2f} ms per frame (target ≤ {TARGETS['frame_ms']:.0f} ms: "
                      f"{met(med <= TARGETS['frame_ms'])})")
    report.append("")
    report.append("Commands:\n")
    report.append("```")
    report.append(f"{render} --min-seconds {args.render_seconds}")
    if do_callgrind:
        report.append(f"valgrind --tool=callgrind --toggle-collect=hc_chart_render {render} "
                      "--view VIEW --dataset default|synthetic --frames 2|7")
    report.append("```\n")


# ---------------------------------------------------------------- lines

def bench_lines_frame(args, report, data):
    """A full frame of 200 lines of 64 years at 1920×1080: headcount as it
    draws now (its own rasteriser for the lines), the same chart played
    back from a cairo recording (cairo's stroker, as a GTK cairo node
    draws it), and matplotlib's Agg drawing the same kind of lines, in
    turn, three times each."""
    render = os.path.join(args.build, "bench", "bench-render")
    base = [render, "--dataset", "series", "--view", "line", "--min-seconds",
            str(args.render_seconds)]
    programs = [
        ("headcount", base),
        ("headcount, lines stroked by cairo", base + ["--via-recording"]),
    ]
    python, _ = find_python_with_matplotlib()
    if python:
        programs.append(("matplotlib Agg", [python, os.path.join(HERE, "lines-frame.py"),
                                           "--min-seconds", str(args.render_seconds)]))
    medians, mins, steps = {}, {}, []
    for _ in range(3):
        for name, argv in programs:
            run = spawn(argv, timeout=600)
            if not run.ok:
                report.append(f"{name} failed: {run.stderr.strip()[:300]}\n")
                return
            for line in run.stdout.splitlines():
                fields = dict(f.split("=", 1) for f in line.split() if "=" in f)
                if fields.get("view") == "line-stepping":
                    steps.append(float(fields["median_ms"]))
                elif "median_ms" in fields:
                    medians.setdefault(name, []).append(float(fields["median_ms"]))
                    mins.setdefault(name, []).append(float(fields["min_ms"]))

    summary = {name: {"median_ms": median(v), "min_ms": min(mins[name]), "medians_ms": v}
               for name, v in medians.items()}
    hc = summary.get("headcount", {}).get("median_ms")
    r_cairo = ratio(hc, summary.get("headcount, lines stroked by cairo", {}).get("median_ms"))
    r_mpl = ratio(hc, summary.get("matplotlib Agg", {}).get("median_ms"))
    data["lines_frame"] = {"programs": summary, "guide_step_ms": median(steps) if steps else None,
                           "headcount/cairo": r_cairo, "headcount/matplotlib": r_mpl}

    report.append("## Frame cost: 200 lines of 64 years at 1920×1080\n")
    report.append("A whole frame each time (axes, 200 lines, the names that fit at their ends, "
                  "the guide at a year), alternating, three runs of each, each "
                  f"≥ {args.render_seconds} s and ≥ 10 frames after a warm-up frame; the median "
                  "of the three medians. matplotlib draws the same kind of lines (bench/"
                  "lines-frame.py) with fewer texts.\n")
    report.append("| program | median ms/frame | min ms |")
    report.append("| --- | ---: | ---: |")
    for name, _ in programs:
        if name in summary:
            report.append(f"| {name} | {summary[name]['median_ms']:.2f} | "
                          f"{summary[name]['min_ms']:.2f} |")
    report.append("")
    report.append(f"- headcount: {'—' if hc is None else f'{hc:.2f}'} ms (target ≤ "
                  f"{TARGETS['lines_frame_ms']:.0f} ms: "
                  f"{met(None if hc is None else hc <= TARGETS['lines_frame_ms'])})")
    report.append(f"- headcount / the same chart stroked by cairo: {fmt_ratio(r_cairo)}")
    report.append(f"- headcount / matplotlib: {fmt_ratio(r_mpl)}")
    if steps:
        report.append(f"- moving the guide over the kept chart: {median(steps):.2f} ms a step")
    report.append("")
    report.append("Commands:\n")
    report.append("```")
    for _, argv in programs:
        report.append(" ".join(argv))
    report.append("```\n")


# ---------------------------------------------------------------- map

def bench_map(args, report, data):
    render = os.path.join(args.build, "bench", "bench-render")
    wb = os.path.join(TOP, "tests", "data", "real", "wb-long-2020.csv")
    out = os.path.join(args.out_dir, "map")
    os.makedirs(out, exist_ok=True)
    section = {}

    # Frames: bench-render --maps three times, the median of the medians.
    report.append("## The map: frames at 1920×1080, and the export against gnuplot\n")
    per_view, decode = {}, {}
    for _ in range(3):
        run = spawn([render, "--maps", "--min-seconds", str(args.render_seconds)], timeout=600)
        if not run.ok:
            report.append(f"bench-render --maps failed: {run.stderr.strip()[:300]}\n")
            return
        for line in run.stdout.splitlines():
            fields = dict(f.split("=", 1) for f in line.split() if "=" in f)
            if fields.get("map") == "decode":
                decode.setdefault(fields["detail"], []).append(float(fields["ms"]))
            elif "view" in fields:
                per_view.setdefault(fields["view"], []).append(fields)
    frames = {}
    report.append("The World Bank's populations of 2020 (`tests/data/real/wb-long-2020.csv`) on "
                  "the map, into an ARGB32 image surface; bench-render run 3 times (each map "
                  f"≥ {args.render_seconds} s and ≥ 10 frames after a warm-up frame).\n")
    report.append("| map | median ms/frame | min ms |")
    report.append("| --- | ---: | ---: |")
    for view, rows in per_view.items():
        med = median([float(r["median_ms"]) for r in rows])
        low = min(float(r["min_ms"]) for r in rows)
        frames[view] = {"median_ms": med, "min_ms": low}
        report.append(f"| {view} | {med:.2f} | {low:.2f} |")
    report.append("")
    for detail, values in decode.items():
        report.append(f"- decoding the {detail} shapes the first time: {median(values):.1f} ms "
                      "(once per process, in a thread of its own in the window)")
    w110 = frames.get("map-world-110m", {}).get("median_ms")
    w50 = max([frames[v]["median_ms"] for v in frames if v.endswith("50m")], default=None)
    report.append(f"- world at 1:110m: {'—' if w110 is None else f'{w110:.2f}'} ms "
                  f"(target ≤ {TARGETS['map_frame_110m_ms']:.0f} ms: "
                  f"{met(None if w110 is None else w110 <= TARGETS['map_frame_110m_ms'])})")
    report.append(f"- slowest map at 1:50m: {'—' if w50 is None else f'{w50:.2f}'} ms "
                  f"(target ≤ {TARGETS['map_frame_50m_ms']:.0f} ms: "
                  f"{met(None if w50 is None else w50 <= TARGETS['map_frame_50m_ms'])})")
    report.append("")
    section["frames"] = frames
    section["decode_ms"] = {k: median(v) for k, v in decode.items()}

    # Export: the world map against gnuplot drawing the same polygons,
    # which bench-render writes out beforehand (not timed).
    w, h = args.export_size.split("x")
    polygons = os.path.join(out, "polygons-110m.dat")
    run = spawn([render, "--dump-polygons", polygons, "--width", w, "--height", h], timeout=120)
    if not run.ok:
        report.append(f"bench-render --dump-polygons failed: {run.stderr.strip()[:300]}\n")
        data["map"] = section
        return
    env = with_schemas(headless_env(), args.headcount)
    programs = [
        ("headcount map", [args.headcount, wb, "--view", "map", "--region", "world",
                           "--export", os.path.join(out, "headcount.png"),
                           "--size", args.export_size], env),
    ]
    if shutil.which("gnuplot"):
        programs.append(("gnuplot map", ["gnuplot", "-c", os.path.join(HERE, "map-110m.gp"),
                                         polygons, os.path.join(out, "gnuplot.png"), w, h], env))
    programs.append(("headcount map svg", [args.headcount, wb, "--view", "map", "--region", "world",
                                           "--export", os.path.join(out, "headcount.svg"),
                                           "--size", args.export_size], env))
    results, failed = alternate(programs, args.runs)
    summary = {name: summarize(runs) for name, runs in results.items() if runs}
    for name, run in failed.items():
        summary[name] = {"failed": f"exit {run.returncode}: {run.stderr.strip()[:300]}"}
    hc = summary.get("headcount map", {}).get("wall_median_s")
    gp = summary.get("gnuplot map", {}).get("wall_median_s")
    r_gp = ratio(hc, gp)
    section["export"] = summary
    section["export_ratio"] = {"headcount/gnuplot": r_gp}

    report.append(f"### Export: the world map at {args.export_size}, 1:110m\n")
    report.append(f"{args.runs} alternating runs of each after one warm-up; files in `{out}`. "
                  "headcount reads the CSV, decodes the shapes, joins, draws the whole chart and "
                  "writes the PNG; gnuplot fills and outlines the same 177 countries' rings "
                  "from a file of pixels.\n")
    report.append("| program | median wall ms | min | max | median peak RSS MiB |")
    report.append("| --- | ---: | ---: | ---: | ---: |")
    for name, _, _ in programs:
        s = summary.get(name, {})
        if "failed" in s:
            report.append(f"| {name} | failed: {s['failed']} | | | |")
        elif s:
            report.append(f"| {name} | {fmt_ms(s['wall_median_s'])} | {fmt_ms(s['wall_min_s'])} | "
                          f"{fmt_ms(s['wall_max_s'])} | {fmt_mb(s['maxrss_median_kb'])} |")
    report.append("")
    report.append(f"- headcount / gnuplot: {fmt_ratio(r_gp)} (target ≤ {TARGETS['map_export_vs_gnuplot']}: "
                  f"{met(None if r_gp is None else r_gp <= TARGETS['map_export_vs_gnuplot'])})")
    report.append("")
    report.append("Commands:\n")
    report.append("```")
    report.append(f"{render} --maps --min-seconds {args.render_seconds}")
    report.append(f"{render} --dump-polygons {polygons} --width {w} --height {h}")
    for name, argv, _ in programs:
        report.append(" ".join(argv))
    report.append("```\n")
    data["map"] = section


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description="Headcount benchmarks")
    parser.add_argument("--build", default=os.environ.get("BENCH_BUILDDIR", os.path.join(TOP, "build-bench")),
                        help="meson build directory (release build)")
    parser.add_argument("--headcount", help="headcount binary (default: BUILD/src/headcount)")
    parser.add_argument("--runs", type=int, default=10, help="measured runs per program (10)")
    parser.add_argument("--only", default="export,first-frame,load,render,lines-frame,map",
                        help="comma-separated sections: export, first-frame, load, render, "
                             "lines-frame, map")
    parser.add_argument("--out-dir", help="where files and the report go (default: BUILD/bench-results)")
    parser.add_argument("--export-size", default="1600x1000")
    parser.add_argument("--first-frame-timeout", type=float, default=15.0)
    parser.add_argument("--load-rows", type=int, default=1_000_000)
    parser.add_argument("--load-seed", type=int, default=2007)
    parser.add_argument("--render-seconds", type=float, default=1.0)
    parser.add_argument("--no-callgrind", dest="callgrind", action="store_false",
                        help="skip the instruction counts (valgrind)")
    parser.add_argument("--use-display", action="store_true",
                        help="time the first frame on the current display and session bus "
                             "instead of a private Xvfb and bus")
    args = parser.parse_args()

    args.build = os.path.abspath(args.build)
    args.headcount = os.path.abspath(args.headcount or os.path.join(args.build, "src", "headcount"))
    args.out_dir = os.path.abspath(args.out_dir or os.path.join(args.build, "bench-results"))
    os.makedirs(args.out_dir, exist_ok=True)
    sections = [s.strip() for s in args.only.split(",") if s.strip()]

    data = {"machine": machine_info(args), "targets": TARGETS}
    m = data["machine"]
    report = [
        "# Headcount benchmark run\n",
        f"- date: {m['date']}",
        f"- machine: {m['nproc']} CPUs ({m['cpu']}), {m['memory_gib']} GiB, Linux {m['kernel']}; "
        f"load average at start {m['loadavg_start'][0]:.2f}",
        f"- headcount binary: {m['headcount']}; bench/ at commit {m['headcount_commit']}",
        f"- cairo {m['cairo']}, pango {m['pango']}, GTK {m['gtk4']}, Mesa {m['mesa']}",
        f"- {m['gnuplot']}; matplotlib {m['matplotlib']} ({m['python']}); {m['valgrind']}",
        f"- driver: `{' '.join([os.path.basename(sys.executable)] + sys.argv)}`",
        "",
    ]

    steps = {"export": bench_export, "first-frame": bench_first_frame,
             "load": bench_load, "render": bench_render, "lines-frame": bench_lines_frame,
             "map": bench_map}
    for name in sections:
        if name not in steps:
            parser.error(f"unknown section {name}")
        print(f"==> {name}", file=sys.stderr, flush=True)
        steps[name](args, report, data)

    data["machine"]["loadavg_end"] = os.getloadavg()
    report.append(f"Load average at the end: {data['machine']['loadavg_end'][0]:.2f}.\n")

    text = "\n".join(report)
    with open(os.path.join(args.out_dir, "report.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(args.out_dir, "results.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, default=str)
    print(text)


if __name__ == "__main__":
    main()
