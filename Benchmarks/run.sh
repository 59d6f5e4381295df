#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md on a fresh machine (about an hour on 2 cores):
# installs the peers it needs, builds in release mode, runs the Swift benchmarks, then the
# Python peers. Pass --10m to add the ten-million-incident size to the scaling run.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=10000,100000,1000000
[ "${1:-}" = "--10m" ] && sizes=$sizes,10000000

missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
command -v ogr2ogr >/dev/null || missing+=(gdal-bin)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Swift runtime and Foundation linked in (as an installed timelinectl should be built): a
# query is a whole process, and loading a dozen shared libraries was most of its time.
# (Product by product: a build of every product links GRDB's dynamic library, which cannot take it.)
swift build -c release --static-swift-stdlib --product timelinectl
swift build -c release --static-swift-stdlib --product timeline-bench
nproc; free -g | head -2; swift --version 2>&1 | head -1
.build/release/timeline-bench --help
.build/release/timeline-bench stamps time places language ingest store --incidents 1000000
.build/release/timeline-bench scaling --sizes "$sizes"
.build/release/timeline-bench load --incidents 100000
.build/release/timeline-bench pages map

# `timelinectl serve` under wrk (50 connections) on the million-incident database while another
# process ingests into it; memory of the server before and during.
command -v wrk >/dev/null || apt-get install -y -qq --no-install-recommends wrk >/dev/null
db=$(.build/release/timeline-bench database --incidents 1000000 | tail -1)
python3 scripts/check-serve.py .build/release/timelinectl --db "$db" --load 30
bash Benchmarks/compare.sh
python3 Benchmarks/long-sentence.py

# SQLite and PostgreSQL with PostGIS side by side (a throwaway server on the loopback address).
scripts/postgres.sh install
pg_dir=$(mktemp -d /tmp/timeline-bench-pg.XXXXXX)
chmod 755 "$pg_dir"
pg_url=$(scripts/postgres.sh start "$pg_dir")
trap 'scripts/postgres.sh stop "$pg_dir" >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
psql -q "$pg_url" -c "CREATE DATABASE timeline_bench TEMPLATE timeline_template"
bench_url=${pg_url%/timeline_test}/timeline_bench
.build/release/timeline-bench backends --incidents 1000000 --postgres "$bench_url"
