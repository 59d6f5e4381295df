#!/usr/bin/env bash
# Builds and runs the libFuzzer targets in Fuzz/ for a bounded time each.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 20)
#
# Targets: stamp (StampParser + NormalizedTime), liveblog (LiveBlogReader), place (Geoparser),
# time (RelativeTime.extract and scan: time expressions in running text), page (HTMLPageReader and
# FeedReader: libxml2's parsers, charsets, JSON-LD, the post layout; needs libxml2-dev).
# Each is compiled with `swiftc -sanitize=fuzzer,address` together with its module's sources into
# .build-fuzz/ (ignored by git), seeded from seeds/ and Tests/Fixtures/, and run with
# -max_total_time=SECONDS -rss_limit_mb=2048. Inputs libFuzzer finds go to .build-fuzz/corpus/<target>
# (kept between runs). On a crash the script exits non-zero (after the other targets) and leaves the input in
# .build-fuzz/crashes/<target>-crash-<sha1> (reproduce: SWIFT_BACKTRACE=enable=no .build-fuzz/bin/<target> <that file>).
#
# Environment: FUZZ_TARGETS="stamp liveblog place time page" to choose targets. Targets run one after the
# other, one process each, to stay gentle on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]" >&2; exit 2; }
targets=(${FUZZ_TARGETS:-stamp liveblog place time page})
out=.build-fuzz
mkdir -p "$out/bin" "$out/crashes" "$out/logs"

command -v swiftc >/dev/null || { echo "swiftc is not on PATH" >&2; exit 1; }

# target -> fuzz file, module name, module sources
source_file() { case $1 in stamp) echo Fuzz/StampFuzz.swift ;; liveblog) echo Fuzz/LiveBlogFuzz.swift ;; place) echo Fuzz/PlaceFuzz.swift ;; time) echo Fuzz/TimeFuzz.swift ;; page) echo Fuzz/PageFuzz.swift ;; esac; }
module_of() { case $1 in stamp | liveblog | time) echo Timeline ;; place) echo Geo ;; page) echo Pages ;; esac; }
# Modules a target's module imports, built first as instrumented objects in this order (Geo reads
# Language's stream; Pages builds on Timeline, which builds on Language).
dependencies_of() { case $1 in place | stamp | liveblog | time) echo Language ;; page) echo Language Timeline ;; *) ;; esac; }
# libxml2 for Pages: the system-library module map and its headers and library.
c_flags() { case $1 in Pages) echo "-I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 -lxml2" ;; *) ;; esac; }

# Compiles a dependency module once per run into $out/deps (module interface and object).
build_dependency() {
  local module=$1 log="$out/logs/build-dep-$1.log"
  mkdir -p "$out/deps"
  if [ -f "$out/deps/$module.o" ] && [ -z "$(find "Sources/$module" -newer "$out/deps/$module.o" -name '*.swift' | head -1)" ]; then
    return
  fi
  if ! swiftc -sanitize=fuzzer,address -enable-bare-slash-regex -parse-as-library -O -wmo -g -parse-as-library \
    -module-name "$module" -module-cache-path "$out/module-cache" -I "$out/deps" -emit-module -emit-module-path "$out/deps/$module.swiftmodule" \
    -c "Sources/$module"/*.swift -o "$out/deps/$module.o" >"$log" 2>&1; then
    grep -v 'warning: Cannot export local symbol' "$log" >&2
    echo "build $module: failed" >&2
    exit 1
  fi
}

build() {
  local target=$1 module
  module=$(module_of "$target")
  local bin="$out/bin/$target" dependency objects=() sources=("Sources/$module")
  for dependency in $(dependencies_of "$target"); do
    build_dependency "$dependency"
    objects+=("$out/deps/$dependency.o")
    sources+=("Sources/$dependency")
  done
  # Rebuild only when a source is newer than the binary.
  if [ -x "$bin" ] && [ -z "$(find "$(source_file "$target")" "${sources[@]}" -newer "$bin" -name '*.swift' | head -1)" ]; then
    echo "build $target: up to date"
    return
  fi
  local start=$SECONDS log="$out/logs/build-$target.log"
  if ! swiftc -sanitize=fuzzer,address -enable-bare-slash-regex -parse-as-library -O -wmo -g \
    -module-name "$module" -module-cache-path "$out/module-cache" -I "$out/deps" $(c_flags "$module") \
    "$(source_file "$target")" "Sources/$module"/*.swift ${objects[@]+"${objects[@]}"} -o "$bin" >"$log" 2>&1; then
    grep -v 'warning: Cannot export local symbol' "$log" >&2
    echo "build $target: failed" >&2
    exit 1
  fi
  echo "build $target: $((SECONDS - start)) s"
}

# Seed corpora, rebuilt on every run (cheap): stamps are one stamp per file, pages one page per file.
seed() {
  local target=$1 dir="$out/seeds/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  jsonl_texts() {  # the "text" field of each JSON line, one file each
    local file=$1 prefix=$2 n=0
    [ -f "$file" ] || return 0
    while IFS= read -r line || [ -n "$line" ]; do
      [ -n "$line" ] || continue
      n=$((n + 1))
      if command -v jq >/dev/null; then
        printf '%s' "$line" | jq -j '.text // empty' >"$dir/$prefix-$n" 2>/dev/null || printf '%s' "$line" >"$dir/$prefix-$n"
      else
        printf '%s' "$line" >"$dir/$prefix-$n"
      fi
    done <"$file"
  }
  pages() {
    local n=0 page
    for page in seeds/*.txt Tests/Fixtures/blind/*.txt Tests/Fixtures/pages/*.txt; do
      [ -f "$page" ] || continue
      n=$((n + 1))
      cp "$page" "$dir/page-$n"
    done
  }
  case $target in
    stamp)
      jsonl_texts Tests/Fixtures/blind/stamps.jsonl stamp
      # Every short line of the pages, so post stamps (`14.05 BST`, `1419 GMT - ...`) are in too.
      local n=0
      for page in seeds/*.txt Tests/Fixtures/blind/*.txt Tests/Fixtures/pages/*.txt; do
        [ -f "$page" ] || continue
        while IFS= read -r line; do
          [ -n "$line" ] && [ ${#line} -le 160 ] || continue
          n=$((n + 1))
          printf '%s' "$line" >"$dir/line-$n"
        done <"$page"
      done
      ;;
    liveblog)
      pages
      ;;
    time)
      jsonl_texts Tests/Fixtures/blind/time_passages.jsonl passage
      jsonl_texts Tests/Fixtures/blind/incident_reports.jsonl report
      ;;
    page)
      local n=0 file
      for file in Tests/Fixtures/pages/*.html Tests/Fixtures/pages/*.xml Tests/Fixtures/pages/helper/*.html; do
        [ -f "$file" ] || continue
        n=$((n + 1))
        cp "$file" "$dir/markup-$n"
      done
      ;;
    place)
      pages
      jsonl_texts Tests/Fixtures/blind/geo_passages.jsonl passage
      jsonl_texts Tests/Fixtures/blind/incident_reports.jsonl report
      ;;
  esac
}

max_len() { case $1 in stamp) echo 512 ;; page) echo 65536 ;; *) echo 16384 ;; esac; }

for target in "${targets[@]}"; do
  [ -n "$(source_file "$target")" ] || { echo "unknown target '$target'" >&2; exit 2; }
  build "$target"
done

status=0
summary=()
for target in "${targets[@]}"; do
  seed "$target"
  corpus="$out/corpus/$target"
  mkdir -p "$corpus"
  log="$out/logs/$target.log"
  start=$(date +%s.%N)
  set +e
  # The Swift runtime's own backtracer would read the crashed process's memory under ASan (and be
  # reported as a use-after-free); libFuzzer's deadly-signal handler reports the crash instead.
  # FUZZ_FIXED=1 (CI) runs a fixed number of inputs from a fixed seed instead of a fixed time, so
  # the same commit always fuzzes the same inputs: CI fails only on a crash anyone can reproduce.
  if [ -n "${FUZZ_FIXED:-}" ]; then
    case "$target" in stamp) per=60000 ;; liveblog) per=500 ;; page) per=100 ;; *) per=1200 ;; esac
    bound="-runs=$((per * seconds)) -seed=1"
  else
    bound="-max_total_time=$seconds"
  fi
  SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no} ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$out/bin/$target" \
    $bound -rss_limit_mb=2048 -timeout=60 -max_len="$(max_len "$target")" \
    -print_final_stats=1 -artifact_prefix="$out/crashes/$target-" \
    "$corpus" "$out/seeds/$target" >"$log" 2>&1
  rc=$?
  set -e
  elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  [ -n "$runs" ] || runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
  line="$target: ${runs:-?} executions in ${elapsed} s (corpus $(ls "$corpus" | wc -l) files)"
  if [ $rc -ne 0 ]; then
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    line="$line -- FAILED (exit $rc): ${artifact:-see $log}"
    grep -m3 -E 'Fatal error|runtime failure|ERROR: (AddressSanitizer|libFuzzer)|SUMMARY' "$log" >&2 || true
    status=1
  fi
  echo "$line"
  summary+=("$line")

done

echo "---"
printf '%s\n' "${summary[@]}"
if [ $status -ne 0 ]; then
  echo "fuzz: crash found; log in $out/logs/, input in $out/crashes/" >&2
fi
exit $status
