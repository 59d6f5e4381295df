# Sourced by scripts/crash-test.sh and scripts/concurrency-test.sh (not run on its own).
#
# make_pages SEED DIR COUNT [SPACING]: writes COUNT distinct live-blog pages into DIR by
# rewriting SEED. Page i gets its own date (2023-01-01 + SPACING*i days, default 2, in the date
# line and every stamp), a title and date line naming the page, and headlines tagged "(pN)", so
# each page is its own document (identity = publisher | date | date line) with its own posts.
# Pages 2 days apart share incidents (an incident of one page merges into a known one of an
# earlier page, so the incident count depends on ingest order); pages 15 or more days apart
# never do (the merge window is a week), so any order gives the same counts.
make_pages() {
  local seed=$1 dir=$2 count=$3 spacing=${4:-2} i day next
  mkdir -p "$dir"
  for ((i = 1; i <= count; i++)); do
    day=$(date -u -d "2023-01-01 +$((spacing * i)) days" '+%B %-d, %Y')
    next=$(date -u -d "2023-01-01 +$((spacing * i + 1)) days" '+%B %-d, %Y')
    awk -v n="$i" -v day="$day" -v next_day="$next" '
      { gsub(/May 31, 2023/, day); gsub(/June 1, 2023/, next_day) }
      NR == 1 { print $0 " (page " n ")"; next }
      NR == 3 { sub(/news$/, "news, page " n) }
      headline && NF > 0 { print $0 " (p" n ")"; headline = 0; next }
      /^[0-9]+:[0-9][0-9] [ap]\.m\. ET, / { headline = 1 }
      { print }
    ' "$seed" > "$dir/page_$(printf '%03d' "$i").txt"
  done
}

# expected_posts BIN DIR OUT: writes "ABSPATH<TAB>POSTS" for every page in DIR to OUT, and fails
# if a page yields no posts or fewer than the seed.
expected_posts() {
  local bin=$1 dir=$2 out=$3 f n
  : > "$out"
  for f in "$dir"/*.txt; do
    n=$("$bin" posts "$f" | wc -l)
    if [ "$n" -lt 1 ]; then echo "FAIL page generation: $f yields no posts" >&2; return 1; fi
    printf '%s\t%s\n' "$f" "$n" >> "$out"
  done
}

# db_counts DB: prints "documents posts incidents".
db_counts() {
  sqlite3 "$1" "SELECT (SELECT count(*) FROM document) || ' ' || (SELECT count(*) FROM post) || ' ' || (SELECT count(*) FROM incident)"
}

# need_sqlite3: installs the sqlite3 shell if it is missing.
need_sqlite3() {
  command -v sqlite3 >/dev/null && return 0
  echo "installing: sqlite3"
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends sqlite3 >/dev/null
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends sqlite3 >/dev/null
  fi
  command -v sqlite3 >/dev/null || { echo "FAIL setup: sqlite3 missing and could not be installed" >&2; exit 1; }
}

# The timelinectl to test: the one given, else a built release or debug binary, as an absolute path.
resolve_bin() {
  local bin=$1 b
  if [ -z "$bin" ]; then
    for b in .build/release/timelinectl .build/debug/timelinectl; do [ -x "$b" ] && { bin=$b; break; }; done
  fi
  [ -n "$bin" ] && [ -x "$bin" ] || { echo "FAIL setup: no timelinectl binary (build one or pass --bin)" >&2; exit 1; }
  echo "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
}
