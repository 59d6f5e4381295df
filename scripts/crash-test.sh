#!/usr/bin/env bash
# Crash test: kills `timelinectl ingest` with SIGKILL at random moments and checks that the
# database survives every kill: the file is intact, each document is whole or absent (one
# transaction per document), and a re-run to completion gives the same documents, posts and
# incidents as a clean reference ingested once without kills (nothing doubled, nothing lost).
#
# Usage: scripts/crash-test.sh [--kills N] [--pages N] [--bin PATH]
#   --kills N   kills that must land while ingest is running (default 50)
#   --pages N   generated live-blog pages, rewritten from the seed (default 60)
#   --bin PATH  timelinectl to test (default: .build/release/timelinectl, else .build/debug/timelinectl)
# Every 10th kill, and at the end, the ingest is re-run to completion and compared with the
# reference; the database then starts over empty, so later kills land in a fresh ingest again.
# Checks after every kill: integrity_check is ok; every stored document has all its posts.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/reliability-pages.sh

kills=50 pages=60 bin=""
while [ $# -gt 0 ]; do
  case $1 in
    --kills) kills=$2; shift 2 ;;
    --pages) pages=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
bin=$(resolve_bin "$bin")
need_sqlite3

work=$(mktemp -d)
child=""
cleanup() { [ -n "$child" ] && kill -KILL "$child" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
landed=0 attempts=0 checks=0 finished_first=0 partial=0 stored=0 cycles=0
fail() { echo "FAIL $*" >&2; echo "crash-test: FAILED after $landed kills, $checks checks passed" >&2; exit 1; }

start=$(date +%s)
make_pages seeds/000_fdd7082ede222f27.txt "$work/pages" "$pages"
expected_posts "$bin" "$work/pages" "$work/expected.tsv"
files=("$work"/pages/*.txt)

# The clean reference, timed: a full ingest, then a second run over the same files (all unchanged:
# it must change nothing, and it times the reading that precedes the writes a re-run resumes).
ms_now() { echo $(($(date +%s%N) / 1000000)); }
t0=$(ms_now)
"$bin" ingest --db "$work/ref.sqlite" "${files[@]}" >/dev/null 2>"$work/ref.err" || { cat "$work/ref.err" >&2; fail "reference ingest exited non-zero"; }
full_ms=$(($(ms_now) - t0))
reference=$(db_counts "$work/ref.sqlite")
[ "$(sqlite3 "$work/ref.sqlite" 'SELECT count(*) FROM document')" = "$pages" ] || fail "reference: expected $pages documents, got: $reference"
t0=$(ms_now)
"$bin" ingest --db "$work/ref.sqlite" "${files[@]}" >/dev/null 2>"$work/ref.err" || { cat "$work/ref.err" >&2; fail "reference re-run exited non-zero"; }
unchanged_ms=$(($(ms_now) - t0))
[ "$(db_counts "$work/ref.sqlite")" = "$reference" ] || fail "reference: a second ingest of the same files changed the counts: $(db_counts "$work/ref.sqlite") vs $reference"
echo "crash-test: $pages pages, reference (documents posts incidents) = $reference; full ingest ${full_ms} ms, re-run ${unchanged_ms} ms"

# Where to kill: pages are ingested in order, so a run on a database holding k documents first
# re-reads those k (k/pages of the re-run time), then writes the rest (their share of the full
# run). The delay is drawn uniformly over that remaining stretch plus a fifth, so kills fall
# anywhere in the writing, including just before and just after it.
kill_delay_ms() {
  local k=$1 skip span
  skip=$((unchanged_ms * k / pages))
  span=$((full_ms * (pages - k) / pages + full_ms / 5 + 1))
  echo $((skip + (RANDOM * 32768 + RANDOM) % span))
}

db="$work/t.sqlite"

check_intact() { # after a kill: the file is sound and every document is whole or absent
  local ic bad
  ic=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1) || fail "kill $landed: sqlite3 could not open the database: $ic"
  [ "$ic" = ok ] || fail "kill $landed: integrity_check: $ic"
  checks=$((checks + 1))
  # Killed before the first migration committed: a database with no tables holds no documents.
  if [ "$(sqlite3 "$db" "SELECT count(*) FROM sqlite_master WHERE name = 'document'")" = 0 ]; then
    : > "$work/actual.tsv"
  else
    sqlite3 -separator $'\t' "$db" \
      "SELECT d.path, count(p.id) FROM document d LEFT JOIN post p ON p.document_id = d.id GROUP BY d.id" > "$work/actual.tsv" \
      || fail "kill $landed: could not read documents"
  fi
  bad=$(awk -F'\t' 'NR == FNR { want[$1] = $2; next }
    !($1 in want) { print "unknown document " $1; next }
    $2 != want[$1] { print "partial document " $1 ": " $2 " of " want[$1] " posts" }
    seen[$1]++ { print "document stored twice: " $1 }' "$work/expected.tsv" "$work/actual.tsv")
  [ -z "$bad" ] || fail "kill $landed: $bad"
  stored=$(wc -l < "$work/actual.tsv")
  checks=$((checks + 1))
}

check_complete() { # re-run to completion: same counts as the reference
  local got
  "$bin" ingest --db "$db" "${files[@]}" >/dev/null 2>"$work/rerun.err" || { cat "$work/rerun.err" >&2; fail "kill $landed: re-run ingest exited non-zero"; }
  check_intact
  got=$(db_counts "$db")
  [ "$got" = "$reference" ] || fail "kill $landed: after re-run (documents posts incidents) = $got, reference = $reference"
  checks=$((checks + 1))
}

while [ "$landed" -lt "$kills" ]; do
  attempts=$((attempts + 1))
  [ "$attempts" -le $((kills * 4)) ] || fail "only $landed of $kills kills landed in $attempts attempts (ingest finishes too fast?)"
  delay_ms=$(kill_delay_ms "$stored")
  "$bin" ingest --db "$db" "${files[@]}" >/dev/null 2>&1 &
  child=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  if kill -KILL "$child" 2>/dev/null; then
    wait "$child" 2>/dev/null || true
    child=""
    landed=$((landed + 1))
    check_intact
    [ "$stored" -lt "$pages" ] && partial=$((partial + 1))
    # Every 10th kill and at the end, or once the killed runs have stored every page anyway:
    # finish the ingest, compare with the reference, and start over on an empty database.
    if [ $((landed % 10)) -eq 0 ] || [ "$landed" -eq "$kills" ] || [ "$stored" -eq "$pages" ]; then
      check_complete
      cycles=$((cycles + 1))
      rm -f "$db" "$db-wal" "$db-shm"
      stored=0
    fi
  else # it finished before the kill: it must have finished cleanly
    wait "$child" || fail "ingest exited non-zero without being killed (attempt $attempts)"
    child=""
    finished_first=$((finished_first + 1))
    check_intact
    [ "$stored" -eq "$pages" ] || fail "ingest exited 0 but the database holds $stored of $pages documents"
    check_complete
    cycles=$((cycles + 1))
    rm -f "$db" "$db-wal" "$db-shm"
    stored=0
  fi
done

echo "crash-test: $landed kills survived ($partial mid-ingest, with pages still missing; $finished_first runs finished before their kill), $checks checks passed ($cycles re-runs matched the reference), $(($(date +%s) - start)) s"
