#!/usr/bin/env python3
"""make-icons.py: the figure icons the game draws, from Lucide (ISC licence), as SVG path data.

    scripts/make-icons.py LUCIDE_CHECKOUT [COMMIT]

Reads icons/NAME.svg for each icon below from a checkout (or a bare clone, with COMMIT) of
https://github.com/lucide-icons/lucide and writes assets/icons/icons.json: for each name, the
path data of its strokes on Lucide's 24 x 24 grid (circles, rectangles, lines and polylines
turned into paths), drawn with a 2-unit round stroke. The game draws them with zeno (window)
and as inline SVG (phone page). assets/icons/LICENSE.md carries Lucide's licence.
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# The icon of each kind of figure (content/kind.rs), and of an order question's events.
ICONS = [
    "users",            # people
    "user-lock",        # arrests
    "siren",            # searches and raids
    "banknote",         # money
    "pill",             # drugs
    "messages-square",  # messages
    "smartphone",       # devices
    "calendar-days",    # days, months, years
    "globe",            # countries
    "gavel",            # courts and sentences
    "calendar-range",   # events in order
]


def num(v):
    f = float(v)
    return f"{f:g}"


def to_path(el):
    tag = el.tag.split("}")[-1]
    a = el.attrib
    if tag == "path":
        return a["d"]
    if tag in ("circle", "ellipse"):
        cx, cy = float(a["cx"]), float(a["cy"])
        rx = float(a.get("r", a.get("rx", 0)))
        ry = float(a.get("r", a.get("ry", rx)))
        return (f"M{num(cx - rx)} {num(cy)}a{num(rx)} {num(ry)} 0 1 0 {num(2 * rx)} 0"
                f"a{num(rx)} {num(ry)} 0 1 0 {num(-2 * rx)} 0Z")
    if tag == "rect":
        x, y = float(a.get("x", 0)), float(a.get("y", 0))
        w, h = float(a["width"]), float(a["height"])
        rx = float(a.get("rx", a.get("ry", 0)))
        ry = float(a.get("ry", rx))
        if rx == 0:
            return f"M{num(x)} {num(y)}h{num(w)}v{num(h)}h{num(-w)}Z"
        return (f"M{num(x + rx)} {num(y)}h{num(w - 2 * rx)}a{num(rx)} {num(ry)} 0 0 1 {num(rx)} {num(ry)}"
                f"v{num(h - 2 * ry)}a{num(rx)} {num(ry)} 0 0 1 {num(-rx)} {num(ry)}"
                f"h{num(-(w - 2 * rx))}a{num(rx)} {num(ry)} 0 0 1 {num(-rx)} {num(-ry)}"
                f"v{num(-(h - 2 * ry))}a{num(rx)} {num(ry)} 0 0 1 {num(rx)} {num(-ry)}Z")
    if tag == "line":
        return f"M{num(a['x1'])} {num(a['y1'])}L{num(a['x2'])} {num(a['y2'])}"
    if tag in ("polyline", "polygon"):
        pts = re.findall(r"-?[\d.]+", a["points"])
        pairs = [f"{num(pts[i])} {num(pts[i + 1])}" for i in range(0, len(pts), 2)]
        return "M" + "L".join(pairs) + ("Z" if tag == "polygon" else "")
    raise SystemExit(f"make-icons.py: no rule for <{tag}>")


def read(root, commit, name):
    if commit:
        return subprocess.run(["git", "-C", root, "show", f"{commit}:icons/{name}.svg"],
                              check=True, capture_output=True, text=True).stdout
    return (Path(root) / "icons" / f"{name}.svg").read_text()


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    root = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else None
    icons = {}
    for name in ICONS:
        svg = ET.fromstring(read(root, commit, name))
        icons[name] = [to_path(el) for el in svg if el.tag.split("}")[-1] != "title"]
    out = Path(__file__).resolve().parent.parent / "assets" / "icons" / "icons.json"
    source = {"from": "https://github.com/lucide-icons/lucide", "licence": "ISC"}
    if commit:
        source["commit"] = commit
    out.write_text(json.dumps({"source": source, "grid": 24, "stroke": 2, "icons": icons},
                              indent=1) + "\n")
    print(f"wrote {out} ({len(icons)} icons)")


main()
