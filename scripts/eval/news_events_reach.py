#!/usr/bin/env python3
"""How many news-events gold places the bundled gazetteer's sources can reach within 25 km.

For the development part (or the blind part, whose figures this prints without opening any
passage's misses) of ../shared/dev-data/news-events/dev.jsonl: each gold incident with
coordinates counts as reachable when a run of up to five words of its `location_text` or
`location` is a name (main, ASCII or alternate, accents and case folded) of a populated place in
../shared/gazetteer/cities500.txt within 25 km of the gold point. Region-level gold (geo
precision 3, no coordinates) and towns the annotator left without coordinates are counted
apart: the scorer (news_events.py) judges those by admin1 and by name.

    python3 scripts/eval/news_events_reach.py [--part dev|blind|all]
"""
import argparse
import json
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
DATA = os.path.join(SHARED, "dev-data", "news-events", "dev.jsonl")
CITIES = os.path.join(SHARED, "gazetteer", "cities500.txt")
BLIND = os.path.join(HERE, "blind.json")


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["dev", "blind", "all"], default="dev")
    args = parser.parse_args()
    for path in (DATA, CITIES):
        if not os.path.exists(path):
            sys.exit(f"{path} is not there (the development data lives in ../shared)")
    points = {}
    with open(CITIES, encoding="utf-8") as cities:
        for line in cities:
            fields = line.rstrip("\n").split("\t")
            point = (float(fields[4]), float(fields[5]))
            for name in {fields[1], fields[2], *fields[3].split(",")}:
                if name:
                    points.setdefault(fold(name), []).append(point)
    blind = set(json.load(open(BLIND))["news-events"])
    total = reachable = region = uncoded = 0
    with open(DATA, encoding="utf-8") as data:
        for line in data:
            passage = json.loads(line)
            if args.part != "all" and (passage["id"] in blind) != (args.part == "blind"):
                continue
            for gold in passage["incidents"]:
                total += 1
                if gold.get("latitude") is None:
                    if gold.get("geo_precision") == 3:
                        region += 1
                    else:
                        uncoded += 1
                    continue
                words = re.findall(r"[\w'’-]+", gold["location_text"] + " " + gold["location"])
                target = (gold["latitude"], gold["longitude"])
                reachable += any(
                    km(point, target) <= 25
                    for i in range(len(words))
                    for j in range(i + 1, min(len(words), i + 5) + 1)
                    for point in points.get(fold(" ".join(words[i:j])), [])
                )
    print(f"news-events {args.part}: {total} gold incidents; with coordinates and a gazetteer name within 25 km "
          f"{reachable}; with coordinates, none within 25 km {total - reachable - region - uncoded}; "
          f"region-level {region}; towns without coordinates {uncoded}")


if __name__ == "__main__":
    main()
