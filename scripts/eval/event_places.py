#!/usr/bin/env python3
"""Share of the event places of news-events' development part that the name recognizer finds.

For each passage outside the frozen blind third (scripts/eval/blind.json), runs
`timelinectl annotate --json` (with gazetteer hints, or `--no-gazetteer`) and counts the
incidents whose `location_text` overlaps a name labelled place. The gold lists event places
only, so this measures recall, not precision; the number of place names predicted is printed
beside it. Never prints a passage. Standard library only.

    python3 scripts/eval/event_places.py [--bin .build/release/timelinectl] [--model Models/language.bin] [--no-gazetteer]
"""
import argparse, json, os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "dev-data", "news-events", "dev.jsonl"))


def spans(tokens):
    found, current = [], None
    for token in tokens + [{"name": "O"}]:
        label = token["name"]
        if current and not (label.startswith("I-") and label[2:] == current[0]):
            found.append(current)
            current = None
        if label.startswith("B-"):
            current = [label[2:], token["start"], token["end"]]
        elif label.startswith("I-") and current:
            current[2] = token["end"]
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/timelinectl")
    parser.add_argument("--model", default="Models/language.bin")
    parser.add_argument("--no-gazetteer", action="store_true")
    args = parser.parse_args()
    blind = set(json.load(open(os.path.join(HERE, "blind.json")))["news-events"])
    env = dict(os.environ, TIMELINE_LANGUAGE_MODEL=args.model)
    gold = found = as_person = predicted = 0
    for line in open(DATA, encoding="utf-8"):
        passage = json.loads(line)
        if passage["id"] in blind:
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
            handle.write(passage["text"])
            path = handle.name
        command = [args.bin, "annotate", path, "--json"] + (["--no-gazetteer"] if args.no_gazetteer else [])
        out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
        os.unlink(path)
        names = spans([json.loads(row) for row in out.splitlines() if row.strip()])
        predicted += sum(1 for name in names if name[0] == "place")
        for incident in passage["incidents"]:
            start = passage["text"].find(incident["location_text"])
            if start < 0:
                continue
            end = start + len(incident["location_text"])
            gold += 1
            if any(n[0] == "place" and n[1] < end and n[2] > start for n in names):
                found += 1
            elif any(n[0] == "person" and n[1] < end and n[2] > start for n in names):
                as_person += 1
    print(f"event places found {found}/{gold} = {found / max(gold, 1):.3f}; typed person {as_person}; "
          f"place names predicted {predicted} (gazetteer hints: {not args.no_gazetteer})")


if __name__ == "__main__":
    main()
