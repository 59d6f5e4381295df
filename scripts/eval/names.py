#!/usr/bin/env python3
"""Scores name recognition on passages annotated with the names they hold (JSON Lines).

Each line: {"id", "text", "places": [...], "persons": [...], "organizations": [...]}, names as
written. Runs `timelinectl annotate --json` (the language layer) and `timelinectl places extract
--json` (Geo: gazetteer rules plus the recognizer) on each text and compares the sets of names
by their written form. Prints per-type precision/recall and, with --show, each passage's
differences. Standard library only.

    python3 scripts/eval/names.py PASSAGES.jsonl [--bin .build/debug/timelinectl] [--show]
"""
import argparse, json, os, subprocess, sys, tempfile


def run(binary, args, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write(text)
        path = handle.name
    try:
        out = subprocess.run([binary] + args + [path, "--json"], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def names_from_tokens(tokens, text):
    found = {"place": [], "person": [], "organization": [], "other": []}
    current = None
    for token in tokens + [{"name": "O", "start": None, "end": None}]:
        label = token["name"]
        if current and not (label.startswith("I-") and label[2:] == current[0]):
            found[current[0]].append(text[current[1]:current[2]])
            current = None
        if label.startswith("B-"):
            current = [label[2:], token["start"], token["end"]]
        elif label.startswith("I-") and current:
            current[2] = token["end"]
    return found


def score(gold, predicted):
    gold_set, predicted_set = set(gold), set(predicted)
    return len(gold_set & predicted_set), len(predicted_set), len(gold_set)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--bin", default=".build/debug/timelinectl")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    totals = {}
    for line in open(args.file, encoding="utf-8"):
        if not line.strip():
            continue
        passage = json.loads(line)
        text = passage["text"]
        tokens = run(args.bin, ["annotate"], text)
        names = names_from_tokens(tokens, text)
        geo = [m["text"] for m in run(args.bin, ["places", "extract"], text) if m.get("role") == "location"]
        rows = [("language place", passage.get("places", []), names["place"]),
                ("language person", passage.get("persons", []), names["person"]),
                ("language organization", passage.get("organizations", []), names["organization"]),
                ("geo place", passage.get("places", []), geo)]
        for kind, gold, predicted in rows:
            right, found, wanted = score(gold, predicted)
            total = totals.setdefault(kind, [0, 0, 0])
            total[0] += right; total[1] += found; total[2] += wanted
            if args.show and set(gold) != set(predicted):
                print(f"{passage['id']} {kind}: missed {sorted(set(gold) - set(predicted))} extra {sorted(set(predicted) - set(gold))}")
    for kind, (right, found, wanted) in totals.items():
        p = right / found if found else 0.0
        r = right / wanted if wanted else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:22s} precision {p:.3f} recall {r:.3f} F1 {f:.3f} ({right} right of {found} found, {wanted} gold)")


if __name__ == "__main__":
    main()
