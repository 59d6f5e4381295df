#!/usr/bin/env python3
"""Freezes the blind part of each development set: a seeded shuffle, chosen before any item was read.

Prints, for each set, the identifiers that are blind (scored on, never mined). The lists are
written to scripts/eval/blind.json by `--write`; scorers read that file, so the choice cannot
drift. GUM needs no freezing of ours: its official test split (split-test.txt) is the blind part.
Standard library only; reads ../shared/dev-data beside the repository.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "dev-data"))
SEED = 20261201


def third(ids, salt):
    ids = sorted(ids)
    rng = random.Random(f"{SEED}-{salt}")
    rng.shuffle(ids)
    return sorted(ids[: len(ids) // 3])


def main():
    out = {}
    events = [json.loads(l)["id"] for l in open(os.path.join(DATA, "news-events", "dev.jsonl"))]
    out["news-events"] = third(events, "news-events")
    xml = open(os.path.join(DATA, "geo", "GeoVirus.xml"), encoding="utf-8").read()
    articles = len(re.findall(r"<article>", xml))
    out["geovirus"] = third(list(range(articles)), "geovirus")  # article index in file order
    tb = []
    for sub in sorted(os.listdir(os.path.join(DATA, "time", "TBAQ"))):
        p = os.path.join(DATA, "time", "TBAQ", sub)
        if os.path.isdir(p):
            tb += [f"{sub}/{f}" for f in os.listdir(p)]
    out["tbaq"] = third(tb, "tbaq")
    text = json.dumps(out, indent=1)
    if "--write" in sys.argv:
        open(os.path.join(HERE, "blind.json"), "w").write(text + "\n")
    print(text[:400])


if __name__ == "__main__":
    main()
