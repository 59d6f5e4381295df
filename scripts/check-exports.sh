#!/usr/bin/env bash
# Checks the seed's GeoJSON export with a real reader: GDAL's ogrinfo must open it and count the
# same features as timelinectl lists. Usage: scripts/check-exports.sh [path/to/timelinectl]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/timelinectl}
command -v ogrinfo >/dev/null || { echo "ogrinfo missing: apt-get install gdal-bin"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" ingest --db "$work/t.sqlite" seeds/*.txt 2>/dev/null
"$bin" export geojson --db "$work/t.sqlite" --out "$work/all.geojson" 2>/dev/null
listed=$("$bin" incidents --db "$work/t.sqlite" --format jsonl | wc -l)
counted=$(ogrinfo -ro -so -al "$work/all.geojson" | sed -n 's/^Feature Count: //p')
echo "geojson: timelinectl lists $listed incidents, ogrinfo counts $counted features"
[ "$listed" -gt 0 ] && [ "$listed" = "$counted" ]
