#!/usr/bin/env bash
# Benchmarks/compare.sh: Timeline against two Python peers on the same inputs.
#
#   bash Benchmarks/compare.sh        (from anywhere; it works in the package folder)
#
#   - timestamps: dateparser on Benchmarks/.data/stamps.tsv (stamp TAB expected UTC instant),
#     on a fixed random sample of DATEPARSER_SAMPLE lines (default 20,000 of 200,000: dateparser
#     does about a thousand a second, so all of them would take minutes) and, for its default
#     language detection, on the first DATEPARSER_AUTO_SAMPLE (default 2,000) of that sample;
#   - place names: flashgeotext on Benchmarks/.data/news.txt (one paragraph a line), and its
#     false positives and misses on the seed page seeds/000_fdd7082ede222f27.txt.
#
# Inputs come from the release benchmark (`.build/release/timeline-bench stamps places`),
# which writes stamps.tsv, news.txt and our own figures to Benchmarks/.data/ (ignored by git).
# If stamps.tsv or news.txt is missing, or ours.txt is, this script builds and runs it.
#
# Figures files (Benchmarks/.data/ours.txt, written by timeline-bench, and
# Benchmarks/.data/peers.txt, written here): one `key value` per line, a key, one space,
# and the value, e.g.
#     stamps_per_second 1896793
#     stamps_wrong 0
#     places_mb_per_second 21.3
# ours.txt keys: stamps_per_second (median, one core), stamps_wrong (of all stamps; optional),
# places_mb_per_second (median, MB = 1,048,576 bytes).
#
# The peers run in a virtualenv, Benchmarks/.venv (ignored by git), made with `python3 -m venv`
# (Debian's python3-venv is installed with apt-get if the venv module is missing) and given the
# pinned versions below from PyPI. Needs python3 and network access to PyPI on the first run.
# After the installs the run takes about a minute.
set -euo pipefail

DATEPARSER_VERSION=1.5.0
FLASHGEOTEXT_VERSION=0.5.5
DATEPARSER_SAMPLE=${DATEPARSER_SAMPLE:-20000}
DATEPARSER_AUTO_SAMPLE=${DATEPARSER_AUTO_SAMPLE:-2000}

cd "$(dirname "${BASH_SOURCE[0]}")/.."
DATA=Benchmarks/.data
VENV=Benchmarks/.venv
PEERS=Benchmarks/peers
SEED=seeds/000_fdd7082ede222f27.txt

section() { printf '\n== %s ==\n' "$1"; }

run_bench() {
    section "Timeline (release build of timeline-bench)"
    swift build -c release --static-swift-stdlib --product timeline-bench
    mkdir -p "$DATA"
    .build/release/timeline-bench stamps places | tee "$DATA/bench.log"
    if [ ! -s "$DATA/ours.txt" ]; then
        # A bench that does not write ours.txt: take the medians from what it printed.
        sed -n 's/.*normalized per second: median \([0-9]*\).*/stamps_per_second \1/p;
                s/.*wrong or refused: \([0-9]*\) of .*/stamps_wrong \1/p;
                s/^places: .* median \([0-9.]*\) MB\/s.*/places_mb_per_second \1/p' \
            "$DATA/bench.log" >"$DATA/ours.txt"
    fi
}

# 1. Our figures, and the inputs for the peers.
if [ ! -s "$DATA/stamps.tsv" ] || [ ! -s "$DATA/news.txt" ]; then
    echo "$DATA/stamps.tsv or news.txt is missing: running the release benchmark to make them."
    run_bench
elif [ ! -s "$DATA/ours.txt" ]; then
    echo "$DATA/ours.txt is missing: running the release benchmark for our figures."
    run_bench
fi
for file in stamps.tsv news.txt ours.txt; do
    [ -s "$DATA/$file" ] || { echo "compare.sh: $DATA/$file is still missing" >&2; exit 1; }
done
section "Timeline's figures ($DATA/ours.txt, written $(date -u -r "$DATA/ours.txt" '+%Y-%m-%d %H:%M UTC'))"
sed 's/^/  /' "$DATA/ours.txt"

# 2. The virtualenv with the pinned peers.
section "Peers' environment ($VENV)"
PY="$VENV/bin/python"
if ! "$PY" -m pip --version >/dev/null 2>&1; then
    if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
        echo "python3 has no working venv module: installing Debian's python3-venv."
        if ! command -v apt-get >/dev/null 2>&1; then
            echo "compare.sh: no apt-get; install the venv module for $(command -v python3) by hand" >&2
            exit 1
        fi
        SUDO=""
        if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
        $SUDO apt-get update -qq
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    fi
    rm -rf "$VENV"
    python3 -m venv "$VENV"
fi
if ! "$PY" - "$DATEPARSER_VERSION" "$FLASHGEOTEXT_VERSION" >/dev/null 2>&1 <<'EOF'
import sys
from importlib.metadata import version
assert version("dateparser") == sys.argv[1] and version("flashgeotext") == sys.argv[2]
EOF
then
    echo "installing dateparser==$DATEPARSER_VERSION flashgeotext==$FLASHGEOTEXT_VERSION from PyPI"
    "$PY" -m pip install --disable-pip-version-check -q \
        "dateparser==$DATEPARSER_VERSION" "flashgeotext==$FLASHGEOTEXT_VERSION"
fi
"$PY" - <<'EOF'
import platform
from importlib.metadata import version
names = ["dateparser", "flashgeotext", "flashtext", "regex", "python-dateutil", "pytz", "tzlocal", "pydantic"]
print(f"  Python {platform.python_version()}; " + ", ".join(f"{n} {version(n)}" for n in names))
EOF

# 3. and 4. The peers, each on one core (CPython runs them on one thread).
rm -f "$DATA/peers.txt"
section "dateparser on $DATA/stamps.tsv"
"$PY" "$PEERS/dateparser_peer.py" "$DATA/stamps.tsv" "$DATA/peers.txt" "$DATEPARSER_SAMPLE" "$DATEPARSER_AUTO_SAMPLE"
section "flashgeotext on $DATA/news.txt"
"$PY" "$PEERS/flashgeotext_peer.py" "$DATA/news.txt" "$SEED" "$DATA/peers.txt"

# 5. Summary.
section "Summary: Timeline against the peers"
"$PY" "$PEERS/summary.py" "$DATA/ours.txt" "$DATA/peers.txt" "$DATA/stamps.tsv"
