#!/usr/bin/env python3
"""Scores place-name recognition and resolution of `timelinectl places extract` on GeoVirus.

Reads ../shared/dev-data/geo/GeoVirus.xml beside the repository (never copied into it), runs the
already built CLI once per article (`<bin> places extract <file> --json`) and compares its
location mentions (role "location"; demonyms are ignored) with the gold toponyms.

GeoVirus offsets are one more than Python indices: the gold name is text[start-1:end-1].
Gold locations without offsets are skipped and counted.

Figures, for the development part, the frozen blind part (scripts/eval/blind.json, key
"geovirus": article indices in file order) and all:
  recall        gold toponyms overlapped by some predicted location mention / gold
  exact recall  gold toponyms with a predicted mention of exactly the same span / gold
  precision     predicted mentions overlapping at least one gold span / predicted
  acc@161km     among found toponyms with coordinates on both sides, the share whose predicted
                coordinates lie within 161 km of gold (haversine); the predicted mention used
                is the exact-span one if any, else the one with the largest overlap.
  per kind      acc@161km and the median error (km) of those pairs, by the kind of the predicted
                entry: country, admin (first- and second-order divisions), place (towns), other
                (continents, macro-regions, waters, islands).

Individual misses are never printed for blind articles; --show-misses prints them for
development articles only. Standard library only.

Usage: scripts/eval/geovirus.py [--bin PATH] [--data PATH] [--json] [--show-misses] [--jobs N]
"""
import argparse
import concurrent.futures
import json
import math
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "dev-data", "geo", "GeoVirus.xml"))
DEFAULT_BIN = os.path.join(ROOT, ".build", "debug", "timelinectl")
BLIND = os.path.join(HERE, "blind.json")
KM = 161.0


def haversine_km(lat1, lon1, lat2, lon2):
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def num(s):
    try:
        return float(s)
    except (TypeError, ValueError):
        return None


def load(path):
    """Returns a list of articles: {"text", "gold": [(start, end, name, lat, lon)], "skipped"}."""
    root = ET.parse(path).getroot()
    articles = []
    for art in root.findall("article"):
        text = art.findtext("text") or ""
        gold, skipped, bad = [], 0, 0
        locs = art.find("locations")
        for loc in (locs.findall("location") if locs is not None else []):
            s, e = num(loc.findtext("start")), num(loc.findtext("end"))
            if s is None or e is None:
                skipped += 1
                continue
            s, e = int(s) - 1, int(e) - 1
            name = (loc.findtext("name") or "").strip()
            if not (0 <= s < e <= len(text)):
                skipped += 1
                continue
            if text[s:e] != name:
                bad += 1  # kept: the span is what counts; reported as a count only
            gold.append((s, e, name, num(loc.findtext("lat")), num(loc.findtext("lon"))))
        articles.append({"text": text, "gold": gold, "skipped": skipped, "mismatch": bad})
    return articles


def run_cli(binary, text, tmpdir, idx):
    path = os.path.join(tmpdir, f"article-{idx}.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    try:
        proc = subprocess.run([binary, "places", "extract", path, "--json"], cwd=ROOT,
                              capture_output=True, timeout=300)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    finally:
        try:
            os.remove(path)
        except OSError:
            pass
    if proc.returncode != 0:
        return None, f"exit {proc.returncode}"
    preds = []
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            return None, "bad json"
        if obj.get("role", "location") != "location":
            continue
        preds.append(obj)
    return preds, None


def overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def score_article(art, preds):
    """Returns counters and the lists of misses, spurious predictions and far resolutions."""
    c = {"articles": 1, "gold": len(art["gold"]), "found": 0, "exact": 0, "predicted": len(preds),
         "predicted_correct": 0, "coord_pairs": 0, "within": 0, "unresolved_found": 0,
         "skipped_gold": art["skipped"], "errors": []}
    misses, spurious, far = [], [], []
    for (s, e, name, glat, glon) in art["gold"]:
        hits = [p for p in preds if overlap(s, e, p["start"], p["end"]) > 0]
        if not hits:
            misses.append((s, e, name))
            continue
        c["found"] += 1
        exact = [p for p in hits if p["start"] == s and p["end"] == e]
        if exact:
            c["exact"] += 1
        best = exact[0] if exact else max(hits, key=lambda p: overlap(s, e, p["start"], p["end"]))
        plat, plon = num(best.get("latitude")), num(best.get("longitude"))
        if plat is None or plon is None:
            c["unresolved_found"] += 1
        if plat is not None and plon is not None and glat is not None and glon is not None:
            c["coord_pairs"] += 1
            d = haversine_km(glat, glon, plat, plon)
            c["errors"].append((KIND_GROUPS.get(best.get("kind"), "other"), d))
            if d <= KM:
                c["within"] += 1
            else:
                far.append((s, e, name, best.get("name"), best.get("country_code"), round(d)))
    for p in preds:
        if any(overlap(s, e, p["start"], p["end"]) > 0 for (s, e, *_rest) in art["gold"]):
            c["predicted_correct"] += 1
        else:
            spurious.append((p["start"], p["end"], p.get("text"), p.get("name"), p.get("country_code")))
    return c, misses, spurious, far


KIND_GROUPS = {"country": "country", "admin1": "admin", "admin2": "admin", "place": "place"}


def per_kind(errors):
    """acc@161km and median error by kind group, from (group, km) pairs."""
    out = {}
    for group in ("country", "admin", "place", "other"):
        ds = sorted(d for g, d in errors if g == group)
        if ds:
            mid = len(ds) // 2
            median = ds[mid] if len(ds) % 2 else (ds[mid - 1] + ds[mid]) / 2
            out[group] = {"pairs": len(ds), "accuracy_161km": ratio(sum(1 for d in ds if d <= KM), len(ds)),
                          "median_km": round(median, 1)}
    return out


def ratio(a, b):
    return round(a / b, 4) if b else None


def figures(c):
    return {
        "articles": c["articles"], "gold": c["gold"], "found": c["found"],
        "recall": ratio(c["found"], c["gold"]),
        "exact": c["exact"], "exact_recall": ratio(c["exact"], c["gold"]),
        "predicted": c["predicted"], "predicted_correct": c["predicted_correct"],
        "precision": ratio(c["predicted_correct"], c["predicted"]),
        "f1": (round(2 * (c["found"] / c["gold"]) * (c["predicted_correct"] / c["predicted"])
                     / ((c["found"] / c["gold"]) + (c["predicted_correct"] / c["predicted"])), 4)
               if c["gold"] and c["predicted"] and (c["found"] or c["predicted_correct"]) else None),
        "coord_pairs": c["coord_pairs"], "within_161km": c["within"],
        "accuracy_161km": ratio(c["within"], c["coord_pairs"]),
        "unresolved_found": c["unresolved_found"],
        "skipped_gold_no_offsets": c["skipped_gold"], "failed_articles": c.get("failed", 0),
    }


def fmt(v, pct=False):
    if v is None:
        return "-"
    return f"{100 * v:.1f}" if pct else str(v)


def context(text, s, e, width=40):
    left = text[max(0, s - width):s].replace("\n", " ")
    right = text[e:e + width].replace("\n", " ")
    return f"…{left}[{text[s:e]}]{right}…"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=DEFAULT_BIN, help="timelinectl binary (default .build/debug/timelinectl)")
    ap.add_argument("--data", default=DEFAULT_DATA, help="GeoVirus.xml")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--show-misses", action="store_true",
                    help="print misses, spurious mentions and far resolutions of development articles")
    ap.add_argument("--jobs", type=int, default=min(8, os.cpu_count() or 1), help="parallel CLI runs")
    args = ap.parse_args()

    binary = args.bin if os.path.isabs(args.bin) else os.path.join(ROOT, args.bin)
    if not os.path.isfile(binary) and os.path.isfile(os.path.abspath(args.bin)):
        binary = os.path.abspath(args.bin)
    if not os.access(binary, os.X_OK):
        sys.exit(f"geovirus.py: no executable at {binary}")
    if not os.path.isfile(args.data):
        sys.exit(f"geovirus.py: no data at {args.data}")
    articles = load(args.data)
    blind = set(json.load(open(BLIND)).get("geovirus", []))

    with tempfile.TemporaryDirectory(prefix="geovirus-") as tmp:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(lambda ia: run_cli(binary, ia[1]["text"], tmp, ia[0]),
                                    enumerate(articles)))

    keys = ["articles", "gold", "found", "exact", "predicted", "predicted_correct", "coord_pairs",
            "within", "unresolved_found", "skipped_gold", "failed"]
    parts = {name: dict.fromkeys(keys, 0) for name in ("development", "blind", "all")}
    errors = {name: [] for name in parts}
    dev_reports, dev_failures = [], []
    mismatched = 0
    for i, (art, (preds, err)) in enumerate(zip(articles, results)):
        part = "blind" if i in blind else "development"
        mismatched += art["mismatch"]
        if err is not None:
            preds = []
            if part == "development":
                dev_failures.append((i, err))
        c, misses, spurious, far = score_article(art, preds)
        c["failed"] = 1 if err is not None else 0
        for name in (part, "all"):
            for k in keys:
                parts[name][k] += c[k]
            errors[name] += c["errors"]
        if part == "development" and (misses or spurious or far):
            dev_reports.append((i, art["text"], misses, spurious, far))

    out = {name: dict(figures(parts[name]), by_kind=per_kind(errors[name])) for name in parts}
    out["meta"] = {"data": os.path.abspath(args.data), "bin": binary, "km": KM,
                   "blind_articles": len([i for i in blind if 0 <= i < len(articles)]),
                   # blind.json was drawn over a regex count that includes 9 commented-out empty
                   # <article> templates at the end of the file; their indices match no article
                   "blind_indices_out_of_range": len([i for i in blind if not 0 <= i < len(articles)]),
                   "gold_name_mismatches": mismatched}

    if args.show_misses:
        stream = sys.stderr if args.json else sys.stdout
        for i, text, misses, spurious, far in dev_reports:
            print(f"# article {i}", file=stream)
            for s, e, name in misses:
                print(f"  MISS  {s}-{e} {name!r}  {context(text, s, e)}", file=stream)
            for s, e, t, n, cc in spurious:
                print(f"  SPUR  {s}-{e} {t!r} -> {n} ({cc})  {context(text, s, e)}", file=stream)
            for s, e, name, n, cc, d in far:
                print(f"  FAR   {s}-{e} {name!r} -> {n} ({cc}) {d} km", file=stream)
        for i, err in dev_failures:
            print(f"# article {i}: CLI failed ({err})", file=stream)

    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return

    cols = [("articles", "art", False), ("gold", "gold", False), ("found", "found", False),
            ("recall", "R%", True), ("exact_recall", "exactR%", True), ("predicted", "pred", False),
            ("precision", "P%", True), ("f1", "F1%", True), ("coord_pairs", "pairs", False),
            ("accuracy_161km", "acc@161%", True)]
    head = f"{'part':<12}" + "".join(f"{h:>9}" for _, h, _ in cols)
    print(head)
    print("-" * len(head))
    for name in ("development", "blind", "all"):
        f = out[name]
        print(f"{name:<12}" + "".join(f"{fmt(f[k], pct):>9}" for k, _, pct in cols))
    print()
    print(f"{'part':<12}{'kind':>9}{'pairs':>9}{'acc@161%':>9}{'median km':>11}")
    for name in ("development", "blind", "all"):
        for group, f in out[name]["by_kind"].items():
            print(f"{name:<12}{group:>9}{f['pairs']:>9}{fmt(f['accuracy_161km'], True):>9}{f['median_km']:>11}")
    a = out["all"]
    notes = [f"gold without offsets skipped: {a['skipped_gold_no_offsets']}",
             f"found but unresolved: {a['unresolved_found']}",
             f"failed CLI runs: {a['failed_articles']} (blind {out['blind']['failed_articles']})"]
    if mismatched:
        notes.append(f"gold spans whose text differs from <name>: {mismatched}")
    print("; ".join(notes))


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        sys.stderr.close()
