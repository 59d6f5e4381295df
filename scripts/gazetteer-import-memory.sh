#!/bin/bash
# Peak memory and time of `timelinectl gazetteer build` on a synthetic allCountries.txt (seeded), for
# BENCHMARKS.md and docs/geo.md. Usage: scripts/gazetteer-import-memory.sh [BIN] [ROWS]
# Needs python3 and GNU time (/usr/bin/time, Debian package `time`, installed here if missing).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/.build/release/timelinectl}
ROWS=${2:-4000000}
SOURCES=${GAZETTEER_SOURCES:-$ROOT/../shared/gazetteer}
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null || sudo apt-get install -y -qq time >/dev/null; }
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src"
cp "$SOURCES"/{countryInfo.txt,admin1CodesASCII.txt,admin2Codes.txt} "$WORK/src/"
python3 - "$SOURCES/admin1CodesASCII.txt" "$WORK/src/allCountries.txt" "$ROWS" <<'PY'
import random, sys
random.seed(7)
a1 = [l.split("\t")[0] for l in open(sys.argv[1])]
classes = ["P"] + ["S"] * 3 + ["H"] * 2 + ["T"] * 2 + ["L", "R", "V"]
codes = {"P": ["PPL", "PPLA2", "PPLX"], "S": ["AIRP", "BDG", "DAM", "SCH", "MSQ", "HSP", "FRM", "PS"],
         "H": ["STM", "LK", "RSV", "SPNG"], "T": ["MT", "HLL", "PASS", "ISL"], "L": ["PRK", "AREA", "OILF"],
         "R": ["RD", "RR"], "V": ["FRST"]}
syl = ["ka", "ro", "mi", "tu", "lan", "sor", "vel", "dar", "bek", "zi", "ol", "an", "ser", "gu", "pol"]
with open(sys.argv[2], "w") as f:
    for i in range(int(sys.argv[3])):
        cc, ad = random.choice(a1).split(".")
        fc = random.choice(classes) if i % 10 else "P"
        if fc == "P" and i % 10: fc = "S"   # one row in ten is a populated place
        name = "".join(random.choice(syl) for _ in range(random.randint(2, 4))).capitalize()
        alts = ",".join(name + s for s in ["a", "ovo"][:random.randint(0, 2)])
        f.write("\t".join([str(10_000_000 + i), name, name, alts, "%.5f" % random.uniform(-60, 70),
                           "%.5f" % random.uniform(-180, 180), fc, random.choice(codes[fc]), cc, "", ad, "", "", "",
                           str(random.choice([0, 0, 0, 120, 800, 5000])), "", "", "Etc/UTC", "2024-01-01"]) + "\n")
PY
echo "synthetic allCountries.txt: $ROWS rows, $(du -m "$WORK/src/allCountries.txt" | cut -f1) MB"
for classes in P P,S,H,T,L,R,V; do
  /usr/bin/time -f "classes $classes: %e s, peak RSS %M KB" "$BIN" gazetteer build --from "$WORK/src" --out "$WORK/out" --feature-classes "$classes" >/dev/null
done
