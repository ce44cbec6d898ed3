#!/usr/bin/python3
"""What a screen reader (Orca) finds in the Takedown window, read over AT-SPI.

    screen-reader.py dump NAME     print the window's tree as NAME (roles, names, values,
                                   descriptions, which element has focus) and check it: every
                                   focusable element has a name; exit 1 otherwise
    screen-reader.py wait          wait (up to 30 s) until the Takedown window is on the bus
    screen-reader.py dump NAME --layout WxH
                                   also check where things are in the WxH window: no element reaches past the
                                   window's sides (nothing is lost at a large text size) and the
                                   focused element is wholly in the window, over no other control
    screen-reader.py cpu PIDFILE   print the game's CPU use over 10 s, waiting for input with
                                   the screen reader on (a figure, not a check)

Run by scripts/screen-reader.sh inside its own D-Bus session with the AT-SPI bus up.
Needs Debian's at-spi2-core, gir1.2-atspi-2.0 and python3-gi.
"""

import os
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# Roles a player acts on: each must say what it is.
CONTROLS = {
    Atspi.Role.PUSH_BUTTON,
    Atspi.Role.BUTTON if hasattr(Atspi.Role, "BUTTON") else Atspi.Role.PUSH_BUTTON,
    Atspi.Role.ENTRY,
    Atspi.Role.SLIDER,
    Atspi.Role.TEXT,
}


def window():
    """The Takedown window's application on the bus, or None."""
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is None:
            continue
        for j in range(app.get_child_count()):
            frame = app.get_child_at_index(j)
            if frame is not None and frame.get_name() == "Takedown":
                return app
    return None


def value_of(node):
    """The node's value as a screen reader says it: a slider's value (as text where the
    adapter gives one), an entry's text."""
    interfaces = node.get_interfaces()
    if "Value" in interfaces:
        try:
            shown = Atspi.Value.get_text(node) if hasattr(Atspi.Value, "get_text") else ""
            return shown or f"{Atspi.Value.get_current_value(node):g}"
        except Exception:  # noqa: BLE001 - the adapter does not answer this
            pass
    if "Text" in interfaces:
        try:
            return Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))
        except Exception:  # noqa: BLE001
            pass
    return ""


def extents(node):
    """Where the node is in the window: (x, y, width, height), or None."""
    if "Component" not in node.get_interfaces():
        return None
    try:
        r = Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)
        return (r.x, r.y, r.width, r.height)
    except Exception:  # noqa: BLE001
        return None


def walk(node, depth, out):
    states = node.get_state_set()
    role = node.get_role()
    name = node.get_name() or ""
    desc = node.get_description() or ""
    value = value_of(node)
    focused = states.contains(Atspi.StateType.FOCUSED)
    focusable = states.contains(Atspi.StateType.FOCUSABLE)
    out.append((depth, role, name, value, desc, focused, focusable, extents(node)))
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, depth + 1, out)


def overlap(a, b):
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw - 1 and bx < ax + aw - 1 and ay < by + bh - 1 and by < ay + ah - 1


def check_layout(out, width, height):
    """Problems with where things are in a window of width x height, as sentences. Text below
    the window is not a problem: the screens scroll."""
    problems = []
    for _, role, name, _, _, focused, focusable, e in out:
        if not e or role in (Atspi.Role.FRAME, Atspi.Role.APPLICATION) or e[2] <= 0:
            continue
        x, y, w, h = e
        if x < -1 or x + w > width + 1:
            problems.append(f"{Atspi.role_get_name(role)} {name!r} reaches past the window's side ({e}, window {width}x{height})")
        if focused:
            if y < -1 or y + h > height + 1:
                problems.append(f"the focused {name!r} is not wholly in the window ({e})")
            for _, r2, n2, _, _, f2, fo2, e2 in out:
                if fo2 and not f2 and e2 and e2[2] > 0 and overlap(e, e2):
                    problems.append(f"the focused {name!r} lies under or over {n2!r} ({e} and {e2})")
    return problems


def dump(label, layout=None):
    app = None
    for _ in range(100):
        app = window()
        if app is not None:
            break
        time.sleep(0.3)
    if app is None:
        print("no Takedown window on the accessibility bus", file=sys.stderr)
        return 1
    # Let the window send its latest tree.
    time.sleep(1.0)
    out = []
    walk(app, 0, out)
    print(f"== {label}")
    problems = 0
    for depth, role, name, value, desc, focused, focusable, _ in out:
        line = "  " * depth + Atspi.role_get_name(role)
        if name:
            line += f' "{name}"'
        if value and value != name:
            line += f" = {value!r}"
        if desc:
            line += f" ({desc})"
        if focused:
            line += "  <- focus"
        print(line)
        if focusable and role in CONTROLS and not name.strip():
            print(f"   ^ NO NAME: a focusable {Atspi.role_get_name(role)}", file=sys.stderr)
            problems += 1
    if not any(f for *_, f, _, _ in out):
        print("   nothing has focus", file=sys.stderr)
        problems += 1
    if layout:
        width, height = (int(n) for n in layout.split("x"))
        for problem in check_layout(out, width, height):
            print(f"   LAYOUT: {problem}", file=sys.stderr)
            problems += 1
    return 1 if problems else 0


def cpu(pidfile):
    pid = open(pidfile).read().strip()
    ticks = os.sysconf("SC_CLK_TCK")

    def used():
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    before = used()
    time.sleep(10)
    percent = (used() - before) / ticks / 10 * 100
    print(f"== CPU while waiting for input with the screen reader on: {percent:.1f}% of one core over 10 s")
    return 0


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "cpu":
        return cpu(sys.argv[2])
    if len(sys.argv) >= 2 and sys.argv[1] == "wait":
        for _ in range(100):
            if window() is not None:
                return 0
            time.sleep(0.3)
        return 1
    if len(sys.argv) >= 3 and sys.argv[1] == "dump":
        layout = sys.argv[4] if len(sys.argv) >= 5 and sys.argv[3] == "--layout" else None
        return dump(sys.argv[2], layout)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
