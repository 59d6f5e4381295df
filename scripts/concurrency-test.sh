#!/usr/bin/env bash
# Concurrency test: several `timelinectl ingest` processes write overlapping sets of pages into
# one database at the same time (starting on no database at all, so they also race to create and
# migrate it), while reader loops (`incidents --format jsonl`, `regions`, `report`) query it over
# and over. Every process must exit 0, no output may mention `database is locked` or
# `SQLITE_BUSY`, and the result must equal a clean reference ingested alone: the same documents,
# posts and incidents, every document whole and none twice.
#
# Usage: scripts/concurrency-test.sh [--bin PATH] [--rounds N] [--pages N]
#   --bin PATH   timelinectl to test (default: .build/release/timelinectl, else .build/debug/timelinectl)
#   --rounds N   rounds, each on a fresh database (default 4)
#   --pages N    generated pages (default 60); writers take overlapping slices of them
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/reliability-pages.sh

bin="" rounds=4 pages=60
while [ $# -gt 0 ]; do
  case $1 in
    --bin) bin=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --pages) pages=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
bin=$(resolve_bin "$bin")
[ "$pages" -ge 4 ] || { echo "--pages must be at least 4" >&2; exit 2; }
need_sqlite3

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL $*" >&2; exit 1; }
start=$(date +%s)

# Pages 15 days apart: no incident merges across pages, so the counts do not depend on the order
# in which concurrent writers happen to commit documents.
make_pages seeds/000_fdd7082ede222f27.txt "$work/pages" "$pages" 15
expected_posts "$bin" "$work/pages" "$work/expected.tsv"
files=("$work"/pages/*.txt)
"$bin" ingest --db "$work/ref.sqlite" "${files[@]}" >/dev/null 2>"$work/ref.err" || { cat "$work/ref.err" >&2; fail "reference ingest exited non-zero"; }
reference=$(db_counts "$work/ref.sqlite")

# Overlapping slices: the first two thirds, the last two thirds, all of them newest first, and
# every other page; each page is offered by at least two writers.
n=$pages
writer_sets=(
  "${files[*]:0:$((2 * n / 3))}"
  "${files[*]:$((n / 3))}"
  "$(printf '%s\n' "${files[@]}" | tac | tr '\n' ' ')"
  "$(printf '%s\n' "${files[@]}" | awk 'NR % 2 == 1' | tr '\n' ' ')"
)
readers=("incidents --format jsonl" "regions" "report")
echo "concurrency-test: $pages pages, reference (documents posts incidents) = $reference; ${#writer_sets[@]} writers and ${#readers[@]} reader loops per round, $rounds rounds"

# reader_loop NAME DB ARGS...: runs the command until the writers are done, then once more.
# Each run's exit status and output are kept; a failing run is recorded in $work/failures.
reader_loop() {
  local name=$1 db=$2 runs=0 last=0 out err
  shift 2
  while :; do
    [ -f "$work/writers-done" ] && last=1
    if [ ! -f "$db" ]; then # not created yet: readers refuse a missing database by design
      [ "$last" = 1 ] && break
      sleep 0.01; continue
    fi
    out="$work/out/$name.$runs.out" err="$work/out/$name.$runs.err"
    if ! "$bin" "$@" --db "$db" >"$out" 2>"$err"; then
      echo "reader '$name' run $runs exited non-zero: $(head -c 500 "$err")" >> "$work/failures"
    fi
    if grep -qaiE 'database is locked|SQLITE_BUSY' "$out" "$err"; then
      echo "reader '$name' run $runs: $(grep -haiE 'database is locked|SQLITE_BUSY' "$out" "$err" | head -1)" >> "$work/failures"
    fi
    rm -f "$out" "$err" # keep disk use flat; failures are already recorded
    runs=$((runs + 1))
    [ "$last" = 1 ] && break
  done
  echo "$runs" > "$work/out/$name.runs"
}

total_reads=0 total_writes=0
for ((round = 1; round <= rounds; round++)); do
  db="$work/round$round.sqlite"
  rm -rf "$work/out" "$work/writers-done" && mkdir "$work/out"
  : > "$work/failures"
  pids=()
  for i in "${!readers[@]}"; do
    # shellcheck disable=SC2086 # the reader's arguments are split on purpose
    reader_loop "r$i" "$db" ${readers[$i]} &
    pids+=($!)
  done
  reader_pids=("${pids[@]}")
  writer_pids=()
  for i in "${!writer_sets[@]}"; do
    # shellcheck disable=SC2086
    "$bin" ingest --db "$db" ${writer_sets[$i]} >"$work/out/w$i.out" 2>"$work/out/w$i.err" &
    writer_pids+=($!); pids+=($!)
  done
  for i in "${!writer_pids[@]}"; do
    if ! wait "${writer_pids[$i]}"; then
      echo "writer $i exited non-zero: $(head -c 500 "$work/out/w$i.err")" >> "$work/failures"
    fi
    if grep -qaiE 'database is locked|SQLITE_BUSY' "$work/out/w$i.out" "$work/out/w$i.err"; then
      echo "writer $i: $(grep -haiE 'database is locked|SQLITE_BUSY' "$work/out/w$i.out" "$work/out/w$i.err" | head -1)" >> "$work/failures"
    fi
  done
  touch "$work/writers-done"
  for p in "${reader_pids[@]}"; do wait "$p"; done
  pids=()
  if [ -s "$work/failures" ]; then
    cat "$work/failures" >&2
    fail "round $round: $(wc -l < "$work/failures") failing runs (above)"
  fi
  reads=0
  for i in "${!readers[@]}"; do reads=$((reads + $(cat "$work/out/r$i.runs"))); done
  total_reads=$((total_reads + reads)) total_writes=$((total_writes + ${#writer_sets[@]}))

  ic=$(sqlite3 "$db" "PRAGMA integrity_check")
  [ "$ic" = ok ] || fail "round $round: integrity_check: $ic"
  sqlite3 -separator $'\t' "$db" \
    "SELECT d.path, count(p.id) FROM document d LEFT JOIN post p ON p.document_id = d.id GROUP BY d.id" > "$work/actual.tsv"
  bad=$(awk -F'\t' 'NR == FNR { want[$1] = $2; next }
    !($1 in want) { print "unknown document " $1; next }
    $2 != want[$1] { print "partial document " $1 ": " $2 " of " want[$1] " posts" }
    seen[$1]++ { print "document stored twice: " $1 }
    END { for (f in want) if (!(f in seen)) print "document lost: " f }' "$work/expected.tsv" "$work/actual.tsv")
  [ -z "$bad" ] || fail "round $round: $bad"
  got=$(db_counts "$db")
  [ "$got" = "$reference" ] || fail "round $round: (documents posts incidents) = $got, reference = $reference"
  echo "concurrency-test: round $round ok: ${#writer_sets[@]} writers, $reads reader runs, counts $got"
done

echo "concurrency-test: $rounds rounds, $total_writes concurrent ingests and $total_reads reader runs exited 0 with no 'database is locked'; every round matched the reference, $(($(date +%s) - start)) s"
