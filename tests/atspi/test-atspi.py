#!/usr/bin/env python3
# tests/atspi/test-atspi.py
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The window as a screen reader reads it: the real program, run as users
# run it, read through AT-SPI with pyatspi (the library Orca uses), driven
# by key presses that go through the X server. It needs a display and a
# session bus (the `gui` suite runs under xvfb-run and dbus-run-session);
# it starts the accessibility bus itself when the session cannot.
#
#   HEADCOUNT=_build/src/headcount tests/atspi/test-atspi.py

import ctypes
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 30

# Keysyms, as the X server takes them.
KEY_TAB, KEY_UP, KEY_DOWN, KEY_END = 0xFF09, 0xFF52, 0xFF54, 0xFF57

# What a user reaches and a screen reader names: each needs a name of its
# own, not a widget's type ("GtkImage"), nor a mnemonic ("_Cancel").
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "menu item", "combo box",
    "progress bar", "image", "alert", "label", "spin button", "text", "slider",
}


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def result(self, ok, name, problems=()):
        self.n += 1
        if not ok:
            self.failed += 1
        print(f"{'ok' if ok else 'not ok'} {self.n} {name}", flush=True)
        for problem in problems:
            print(f"# {problem}", flush=True)

    def check(self, name, problems):
        self.result(not problems, name, problems)


def skip_all(reason):
    print(f"1..0 # SKIP {reason}", flush=True)
    sys.exit(0)


try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, Gio, GLib
    import pyatspi  # noqa: F401 (the registry Orca uses; Atspi is its engine)
except (ImportError, ValueError) as error:
    skip_all(f"pyatspi is not installed ({error}); build-aux/dev installs python3-pyatspi")

if not os.environ.get("DISPLAY"):
    skip_all("no X display (run under xvfb-run)")
if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    skip_all("no session bus (run under dbus-run-session)")


def pump(seconds):
    """Runs the main loop, where AT-SPI's events arrive, for a while."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def wait_until(condition, what, timeout=TIMEOUT):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        pump(0.05)
    raise TimeoutError(f"timed out waiting for {what}")


def hold_display():
    """Xvfb starts over when its last client goes, and a window opened in
    that moment finds no display: one connection held for the whole run."""
    xlib = ctypes.CDLL("libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    return xlib.XOpenDisplay(None)


def ensure_accessibility_bus(helpers):
    """The accessibility bus lives beside the session bus: D-Bus starts it
    on demand where at-spi2-core installed its service file; otherwise
    start the launcher here."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)

    def call(method, args=None):
        return bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                             "org.freedesktop.DBus", method, args, None,
                             Gio.DBusCallFlags.NONE, -1, None).unpack()

    if call("NameHasOwner", GLib.Variant("(s)", ("org.a11y.Bus",)))[0]:
        return
    if "org.a11y.Bus" in call("ListActivatableNames")[0]:
        return
    for launcher in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"):
        if os.path.exists(launcher):
            helpers.append(subprocess.Popen([launcher, "--launch-immediately"]))
            wait_until(lambda: call("NameHasOwner", GLib.Variant("(s)", ("org.a11y.Bus",)))[0],
                       "the accessibility bus")
            return
    skip_all("at-spi-bus-launcher is not installed (at-spi2-core)")


def walk(accessible, prune=()):
    yield accessible
    if accessible.get_role_name() in prune:
        return
    for i in range(accessible.get_child_count()):
        child = accessible.get_child_at_index(i)
        if child is not None:
            yield from walk(child, prune)


def find(root, role, name=None, prune=()):
    for accessible in walk(root, prune):
        if accessible.get_role_name() == role and (name is None or name(accessible.get_name())):
            return accessible
    return None


def find_app():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == "headcount" and app.get_child_count() > 0:
            return app
    return None


def frame_of(app):
    return app.get_child_at_index(0)


def press(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def write_big_csv(path):
    """Big enough that loading it takes seconds, so its bar can be read."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("Country Name,Country Code,Year,Value\n")
        out.writelines(f'"Country {i % 250}, Rep.",C{i % 250},{1960 + i % 60},{i + 1}\n'
                       for i in range(4_000_000))


def main():
    headcount = os.environ.get("HEADCOUNT")
    if not headcount:
        print("Bail out! HEADCOUNT names no program", flush=True)
        return 1

    tap = Tap()
    helpers = []
    processes = []
    tmp = tempfile.mkdtemp(prefix="headcount-atspi-")
    env = dict(os.environ)
    # The other tests switch accessibility off; this one is about it.
    for name in ("NO_AT_BRIDGE", "GTK_A11Y"):
        env.pop(name, None)

    try:
        display = hold_display()
        if not display:
            print("Bail out! cannot open the X display", flush=True)
            return 1
        ensure_accessibility_bus(helpers)
        big = os.path.join(tmp, "big.csv")
        write_big_csv(big)
        broken = os.path.join(tmp, "broken.json")
        with open(broken, "w", encoding="utf-8") as out:
            out.write('{"figures": [')

        print("1..4", flush=True)

        # The loading bar and its Cancel button, while a big file loads; in
        # a window of its own, since the file may finish loading meanwhile.
        processes.append(subprocess.Popen([headcount, big], env=env))
        app = wait_until(find_app, "headcount on the accessibility bus")
        # Names change as the window works: read them afresh every time.
        app.set_cache_mask(Atspi.Cache.NONE)
        frame = frame_of(app)
        # Quick looks, with the table left out, to catch the bar in time;
        # the bar and its button in one look, so that a load finishing in
        # between cannot make the button seem missing.
        def bar_and_button():
            bar = find(frame, "progress bar", prune={"tree table"})
            if bar is None:
                return None
            return bar, find(frame, "push button", lambda name: "Cancel" in name,
                             prune={"tree table"})
        progress, cancel = wait_until(bar_and_button, "the loading bar")
        problems = []
        if progress.get_name() != "Loading big.csv…":
            problems.append(f"the loading bar is named {progress.get_name()!r}")
        if cancel is None:
            problems.append("no Cancel button beside the loading bar")
        elif cancel.get_name() != "Cancel":
            problems.append(f"the Cancel button is named {cancel.get_name()!r}")
        tap.check("loading bar and Cancel are named", problems)
        stop(processes.pop())
        wait_until(lambda: find_app() is None, "the first window to close")

        processes.append(subprocess.Popen([headcount], env=env))
        app = wait_until(find_app, "headcount on the accessibility bus")
        app.set_cache_mask(Atspi.Cache.NONE)
        frame = frame_of(app)
        wait_until(lambda: find(frame, "image", lambda name: name == "Kosovo, December 2007"),
                   "the chart")

        # Every control has a name of its own.
        problems = []
        named = {}
        for accessible in walk(frame):
            role, name = accessible.get_role_name(), accessible.get_name()
            if role not in CONTROL_ROLES:
                continue
            named.setdefault(role, set()).add(name)
            if not name.strip():
                problems.append(f"a {role} has no name")
            elif re.match(r"^(Gtk|Adw|Hc)[A-Z]", name) or re.search(r"(^|\s)_\w", name):
                problems.append(f"a {role} is named {name!r}")
        for role, name in [("push button", "Open Figures"), ("push button", "View: Bars"),
                           ("push button", "Main Menu"), ("push button", "Auto"),
                           ("push button", "Linear"), ("push button", "Log"),
                           ("image", "Kosovo, December 2007")]:
            if name not in named.get(role, ()):
                problems.append(f"no {role} named {name!r}")
        tap.check("every control has a proper name", problems)

        # A file that cannot be opened, sent to the running window as a
        # second `headcount FILE` does: an alert says so, with the place.
        problems = []
        second = subprocess.Popen([headcount, broken], env=env)
        processes.append(second)
        alert = wait_until(lambda: find(frame, "alert"), "the alert about broken.json")
        if alert.get_name() != "broken.json could not be opened":
            problems.append(f"the alert is named {alert.get_name()!r}")
        if not alert.get_description().startswith("broken.json:1:13: "):
            problems.append(f"the alert says {alert.get_description()!r}")
        labels = {a.get_name() for a in walk(alert) if a.get_role_name() == "label"}
        if "The chart below is still the previous one, “Kosovo, December 2007”." not in labels:
            problems.append(f"the alert does not say which chart is shown: {sorted(labels)}")
        tap.check("a failed load is an alert naming file, line and column", problems)

        # The keyboard on the chart: each figure it lands on is said, as a
        # change of the focused chart's name that Orca reads out.
        problems = []
        chart = find(frame, "image", lambda name: name == "Kosovo, December 2007")
        heard = []

        def on_event(event):
            if event.source == chart:
                heard.append((event.type, event.any_data))

        listener = Atspi.EventListener.new(on_event)
        listener.register("object:property-change:accessible-name")
        listener.register("object:property-change:accessible-description")

        # Keys go to the window under the pointer when nothing manages focus;
        # with no window manager the window sits at the top left corner.
        extents = frame.get_extents(Atspi.CoordType.WINDOW)
        Atspi.generate_mouse_event(extents.x + extents.width // 2,
                                   extents.y + extents.height // 2, "abs")
        pump(0.2)

        def chart_focused():
            return chart.get_state_set().contains(Atspi.StateType.FOCUSED)

        for _ in range(30):
            if chart_focused():
                break
            press(KEY_TAB)
            pump(0.15)

        def said(name):
            return lambda: ("object:property-change:accessible-name", name) in heard

        expected = [
            (None, "Ethnic Albanians, about 2,000,000 people",
             ["Population", "“Leaders of Kosovo's 2 million ethnic Albanians", "Figure 1 of 5."]),
            (KEY_DOWN, "Serbs, about 120,000 people",
             ["Population", "“Around 120,000 Serbs remain", "Figure 2 of 5."]),
            (KEY_UP, "Ethnic Albanians, about 2,000,000 people", ["Figure 1 of 5."]),
            (KEY_END, "EU police officers, 1,600 officers",
             ["Security forces", "planned deployment", "Figure 5 of 5."]),
        ]
        if not chart_focused():
            problems.append("Tab never reached the chart")
        else:
            for key, name, details in expected:
                # Tab's own announcement came while tabbing.
                if key is not None:
                    heard.clear()
                    press(key)
                try:
                    wait_until(said(name), f"the chart to be named {name!r}", timeout=10)
                except TimeoutError:
                    problems.append(f"after {key and hex(key)}: heard {heard}, not {name!r}")
                    continue
                description = chart.get_description()
                for part in details:
                    if part not in description:
                        problems.append(f"{name!r}: {part!r} is not in {description!r}")
        listener.deregister("object:property-change:accessible-name")
        listener.deregister("object:property-change:accessible-description")
        tap.check("the focused figure is said as the arrow keys move", problems)
    except TimeoutError as error:
        print(f"Bail out! {error}", flush=True)
        return 1
    finally:
        for process in processes + helpers:
            stop(process)
        shutil.rmtree(tmp, ignore_errors=True)

    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
