#!/usr/bin/env python3
"""Times `timelinectl ingest` on one JSON Lines article that is a single sentence with no full stop.

The sentence is N clauses `forces shelled <town> and attacked the village of Zyx<k>vka near <town>
killing <n> people`, towns from Ukraine in ../shared/gazetteer/cities500.txt (GeoNames), for N =
200, 400 and 800 (800 clauses: 12,137 words). Prints words, seconds and the ingest summary's
incident count for each, so the growth with the input can be read off.

    python3 Benchmarks/long-sentence.py [--bin .build/release/timelinectl]
"""
import argparse, json, os, subprocess, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
CITIES = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "gazetteer", "cities500.txt"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/timelinectl")
    args = parser.parse_args()
    towns = [line.split("\t")[1] for line in open(CITIES, encoding="utf-8") if line.split("\t")[8] == "UA"][:400]
    for clauses in (200, 400, 800):
        parts = [f"forces shelled {towns[k % len(towns)]} and attacked the village of Zyx{k}vka near "
                 f"{towns[(k * 7) % len(towns)]} killing {k % 9 + 1} people" for k in range(clauses)]
        text = "On Tuesday " + " and ".join(parts)
        with tempfile.TemporaryDirectory() as folder:
            article = os.path.join(folder, "long.jsonl")
            with open(article, "w", encoding="utf-8") as handle:
                handle.write(json.dumps({"id": f"long{clauses}", "published": "2024-03-29T18:00:00Z", "text": text}) + "\n")
            started = time.monotonic()
            run = subprocess.run([args.bin, "ingest", "--db", os.path.join(folder, "t.sqlite"), article],
                                 capture_output=True, text=True, check=True)
            seconds = time.monotonic() - started
            added = next(line for line in (run.stdout + run.stderr).splitlines() if "incidents added" in line).strip()
            print(f"{clauses} clauses, {len(text.split())} words: {seconds:.2f} s; {added}")


if __name__ == "__main__":
    main()
