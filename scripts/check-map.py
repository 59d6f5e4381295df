#!/usr/bin/env python3
"""End-to-end check of the map in a real browser (headless Chromium).

Ingests the seed, writes `timelinectl map` (SVG) and `timelinectl report --format html`, renders
both with Chromium, and checks:
- the HTML report loads without script errors, its script ran (it marks the page with the number
  of marks and linked entries) and every entry is linked to a mark that exists;
- nothing in the page or the SVG is fetched from outside (no external scripts, fonts, tiles);
- Shebekino's and Karpaty's marks sit where an independent implementation of the documented
  projection puts their GeoNames coordinates, are drawn in their event type's colour, and have
  land (not sea) around them; a point in the Sea of Azov is drawn as sea.

Usage: scripts/check-map.py TIMELINECTL [--docs]   (--docs also refreshes docs/seed-map.png)
"""
import json
import math
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEA = (0xD6, 0xE6, 0xF0)
LAND = [(0xF2, 0xEF, 0xE9), (0xE6, 0xDF, 0xCC)]
EXPLOSIONS = (0xE6, 0x9F, 0x00)
PALETTE = [(0xD5, 0x5E, 0x00), EXPLOSIONS, (0xCC, 0x79, 0xA7), (0x00, 0x72, 0xB2), (0x56, 0xB4, 0xE9),
           (0x00, 0x9E, 0x73), (0x7F, 0x7F, 0x7F)]


def fail(message):
    print(f"check-map: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def run(args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        fail(f"{' '.join(args)} exited {result.returncode}: {result.stderr.strip()}")
    return result


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    fail("no chromium on PATH (apt-get install chromium)")


def browser(*args):
    base = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--force-device-scale-factor=1", "--enable-logging=stderr", "--v=0", "--no-first-run",
            "--disable-background-networking", "--allow-file-access-from-files"]
    return subprocess.run(base + list(args), capture_output=True, text=True, timeout=120)


def read_png(path):
    """Decodes an 8-bit, non-interlaced RGB or RGBA PNG into (width, height, rows of (r, g, b))."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace:
        fail(f"{path}: unsupported PNG (depth {depth}, colour type {color}, interlace {interlace})")
    channels = 4 if color == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, pos = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[pos], bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    return width, height, [[tuple(row[x * channels:x * channels + 3]) for x in range(width)] for row in rows]


def near(color, target, tolerance=12):
    return all(abs(a - b) <= tolerance for a, b in zip(color, target))


def project(svg_attributes, latitude, longitude, width):
    """The documented projection, written again from docs: x = W/2 + dlon cos(phi0) k, y = top + H/2 - (lat - latc) k."""
    k = float(svg_attributes["data-pixels-per-degree"])
    phi0 = math.radians(float(svg_attributes["data-standard-parallel"]))
    dlon = (longitude - float(svg_attributes["data-center-longitude"]) + 180) % 360 - 180
    top = float(svg_attributes["data-frame-top"])
    frame_height = float(svg_attributes["data-frame-height"])
    x = width / 2 + dlon * math.cos(phi0) * k
    y = top + frame_height / 2 - (latitude - float(svg_attributes["data-center-latitude"])) * k
    return x, y


def main():
    if len(sys.argv) < 2:
        fail("usage: check-map.py TIMELINECTL [--docs]")
    binary = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="timeline-map-")
    db = os.path.join(work, "seed.sqlite")
    seeds = sorted(os.path.join(ROOT, "seeds", name) for name in os.listdir(os.path.join(ROOT, "seeds")) if name.endswith(".txt"))
    run([binary, "ingest", "--db", db] + seeds, cwd=ROOT)
    svg_path, html_path, png_path = (os.path.join(work, name) for name in ("seed.svg", "seed.html", "seed.png"))
    run([binary, "map", "--db", db, "--out", svg_path], cwd=ROOT)
    run([binary, "report", "--db", db, "--format", "html", "--out", html_path], cwd=ROOT)
    svg = open(svg_path, encoding="utf-8").read()
    html = open(html_path, encoding="utf-8").read()

    # Offline: nothing fetched from elsewhere.
    for text, name in ((svg, "map"), (html, "report")):
        for pattern in (r"\bsrc\s*=", r"(href|xlink:href)\s*=\s*\"(https?:)?//", r"@import", r"url\(\s*['\"]?(https?:)?//", r"@font-face"):
            if re.search(pattern, text):
                fail(f"the {name} refers to something outside the file ({pattern})")

    # The HTML report in the browser: loads, its script runs, every entry linked to a mark.
    page = browser("--dump-dom", "file://" + html_path)
    if page.returncode != 0:
        fail(f"chromium could not load the report: {page.stderr[-500:]}")
    errors = [line for line in page.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    if errors:
        fail("the report logged errors in the browser:\n" + "\n".join(errors))
    marks = re.search(r'data-map-marks="(\d+)"', page.stdout)
    linked = re.search(r'data-linked-entries="(\d+)"', page.stdout)
    if not marks or not linked:
        fail("the report's script did not run to its end (no data-map-marks on <html>)")
    entries = re.findall(r'<li class="entry" id="incident-(\d+)" data-mark="(m\d+)"', html)
    mark_ids = set(re.findall(r'<g class="mark[^"]*" id="(m\d+)"', html))
    if int(marks.group(1)) != len(mark_ids) or int(linked.group(1)) != len(entries) or not entries:
        fail(f"the browser saw {marks.group(1)} marks and {linked.group(1)} linked entries; the file has {len(mark_ids)} and {len(entries)}")
    if html.count('<li class="entry"') != len(entries):
        fail("some report entries are not linked to a mark")
    missing = [mark for _, mark in entries if mark not in mark_ids]
    if missing:
        fail(f"entries link to marks that do not exist: {missing}")
    print(f"check-map: the report loads in Chromium, its script ran; {len(entries)} entries linked to {len(mark_ids)} marks")

    # The SVG in the browser, then pixels where the seed's places are.
    root = dict(re.findall(r'([\w-]+)="([^"]*)"', svg[:svg.index(">")]))
    width, height = int(float(root["width"])), int(float(root["height"]))
    shot = browser(f"--screenshot={png_path}", f"--window-size={width},{height}", "file://" + svg_path)
    if shot.returncode != 0 or not os.path.exists(png_path):
        fail(f"chromium could not render the map: {shot.stderr[-500:]}")
    png_width, png_height, pixels = read_png(png_path)
    if (png_width, png_height) != (width, height):
        fail(f"the screenshot is {png_width}x{png_height}, the map {width}x{height}")
    rings = [(float(x), float(y), float(r)) for x, y, r in re.findall(r'class="ring" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"', svg)]
    top = float(root["data-frame-top"])

    def pixel(x, y):
        return pixels[int(round(y))][int(round(x))]

    for name, expected in (("Shebekino", None), ("Karpaty", EXPLOSIONS)):
        place = json.loads(run([binary, "places", "resolve", name, "--json"], cwd=ROOT).stdout.splitlines()[0])
        x, y = project(root, place["latitude"], place["longitude"], width)
        ring = min(rings, key=lambda r: (r[0] - x) ** 2 + (r[1] + top - y) ** 2)
        if math.hypot(ring[0] - x, ring[1] + top - y) > 1.0:
            fail(f"{name}'s mark is at ({ring[0]}, {ring[1] + top}), the projection puts it at ({x:.1f}, {y:.1f})")
        r = ring[2]
        inside = [pixel(x + 0.55 * r * math.cos(a), y + 0.55 * r * math.sin(a)) for a in (0.4, 1.2, 2.0, 2.8, 3.6, 4.4, 5.2, 6.0)]
        colored = [c for c in inside if any(near(c, p) for p in PALETTE)]
        if len(colored) < 6:
            fail(f"{name}: the mark's pixels are not an event type's colour: {inside}")
        if expected and sum(near(c, expected) for c in inside) < 6:
            fail(f"{name}: expected the Explosions/Remote violence colour, saw {inside}")
        around = [pixel(x + (r + 4) * math.cos(a), y + (r + 4) * math.sin(a)) for a in [i * math.pi / 8 for i in range(16)]]
        land = sum(any(near(c, l, 6) for l in LAND) for c in around)
        sea = sum(near(c, SEA, 6) for c in around)
        if land < 6 or sea > 0:
            fail(f"{name}: expected land around the mark, saw {land} land and {sea} sea pixels of 16: {around}")
        print(f"check-map: {name} at ({x:.1f}, {y:.1f}): mark drawn in its type's colour, {land} of 16 pixels around it land, none sea")

    x, y = project(root, 46.0, 36.6, width)  # the middle of the Sea of Azov
    if not (0 <= x < width and top <= y < top + float(root["data-frame-height"])):
        fail("the Sea of Azov is outside the seed's map")
    if not near(pixel(x, y), SEA, 6):
        fail(f"the Sea of Azov at ({x:.1f}, {y:.1f}) is drawn {pixel(x, y)}, not sea")
    print("check-map: the Sea of Azov is sea")

    if "--docs" in sys.argv:
        shutil.copy(png_path, os.path.join(ROOT, "docs", "seed-map.png"))
        print("check-map: docs/seed-map.png refreshed")
    shutil.rmtree(work)
    print("check-map: ok")


if __name__ == "__main__":
    main()
