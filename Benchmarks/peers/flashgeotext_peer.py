"""flashgeotext on the news text timeline-bench writes (Benchmarks/.data/news.txt).

Usage: flashgeotext_peer.py NEWS_TXT SEED_PAGE FIGURES_OUT

Loads flashgeotext's default lookup data (GeoText() with its default configuration: the
demo cities and countries it ships, case-sensitive) outside the timed part and reports
that load separately; then extracts paragraph by paragraph (one line of NEWS_TXT each, as
our bench does), 5 runs, and reports MB/s with MB = 1,048,576 bytes of UTF-8, as ours.
Then looks at the seed page: which words that are not places it tags, and which places
it misses. Prints a report on stdout and appends `key value` lines to FIGURES_OUT.
"""

import re
import statistics
import sys
import time
from importlib.metadata import version

NOT_PLACES = ["Anna", "Bell", "Hayes", "German", "Sebastian", "Vladimir", "David", "March",
              "Alliance", "Getty", "Reuters", "Sputnik", "Victory"]
PLACES = ["Grayvoron", "Klimovsky", "Ilsky", "Afipsky", "Karpaty", "Perevalsk", "Shebekino"]
RUNS = 5


def main():
    news_path, seed_path, figures_out = sys.argv[1], sys.argv[2], sys.argv[3]

    began = time.perf_counter()
    from flashgeotext.geotext import GeoText
    imported = time.perf_counter() - began
    began = time.perf_counter()
    geotext = GeoText()
    loaded = time.perf_counter() - began
    print(f"flashgeotext {version('flashgeotext')} (flashtext {version('flashtext')}), "
          f"GeoText() default configuration, extract(input_text=paragraph) with its default span_info=True")
    print(f"  load (outside the timed part): import {imported * 1000:.0f} ms, "
          f"GeoText() building the default lookup {loaded * 1000:.0f} ms")

    with open(news_path, encoding="utf-8") as handle:
        paragraphs = [line.rstrip("\n") for line in handle if line.strip()]
    size = sum(len(p.encode("utf-8")) for p in paragraphs) / 1_048_576
    geotext.extract(input_text=paragraphs[0])  # warm up
    rates = []
    for _ in range(RUNS):
        mentions = 0
        began = time.perf_counter()
        for paragraph in paragraphs:
            found = geotext.extract(input_text=paragraph)
            mentions += sum(entry["count"] for kind in found.values() for entry in kind.values())
        rates.append(size / (time.perf_counter() - began))
    median = statistics.median(rates)
    print(f"  extraction over {size:.1f} MB ({len(paragraphs):,} paragraphs), {RUNS} runs, one core: "
          f"median {median:.2f} MB/s, min {min(rates):.2f}, max {max(rates):.2f} ({mentions:,} mentions a run)")

    with open(seed_path, encoding="utf-8") as handle:
        seed = handle.read()
    tags = {}  # surface text -> set of "place (cities|countries)" it was tagged as
    for block in [b for b in seed.split("\n") if b.strip()]:
        for kind, entries in geotext.extract(input_text=block).items():
            for place, entry in entries.items():
                for surface in entry["found_as"]:
                    tags.setdefault(surface, set()).add(f"{place} ({kind})")

    def tagged_as(word):
        hits = set()
        for surface, places in tags.items():
            if re.search(r"\b" + re.escape(word) + r"\b", surface):
                hits |= places
        return sorted(hits)

    seed_name = seed_path.rsplit("/", 1)[-1]
    false_positives = [(w, tagged_as(w)) for w in NOT_PLACES if tagged_as(w)]
    clean = [w for w in NOT_PLACES if not tagged_as(w)]
    misses = [w for w in PLACES if not tagged_as(w)]
    found = [(w, tagged_as(w)) for w in PLACES if tagged_as(w)]
    print(f"  seed page {seed_name} (extracted paragraph by paragraph), {len(tags)} distinct surfaces tagged:")
    print(f"    not places, tagged as places: {len(false_positives)} of {len(NOT_PLACES)}")
    for word, hits in false_positives:
        print(f"      {word} -> {', '.join(hits)}")
    print(f"    not places, left alone: {', '.join(clean) if clean else 'none'}")
    print(f"    places missed: {len(misses)} of {len(PLACES)}: {', '.join(misses) if misses else 'none'}")
    if found:
        print(f"    places found: " + "; ".join(f"{w} -> {', '.join(h)}" for w, h in found))
    print(f"    every surface it tagged: {', '.join(sorted(tags))}")

    with open(figures_out, "a", encoding="utf-8") as out:
        out.write(f"flashgeotext_version {version('flashgeotext')}\n")
        out.write(f"flashgeotext_load_ms {loaded * 1000:.1f}\n")
        out.write(f"flashgeotext_mb_per_second {median:.3f}\n")
        out.write(f"flashgeotext_false_positives {len(false_positives)}\n")
        out.write(f"flashgeotext_false_positive_words {','.join(w for w, _ in false_positives) or '-'}\n")
        out.write(f"flashgeotext_misses {len(misses)}\n")
        out.write(f"flashgeotext_missed_words {','.join(misses) or '-'}\n")
        out.write(f"seed_not_places {len(NOT_PLACES)}\n")
        out.write(f"seed_places {len(PLACES)}\n")


if __name__ == "__main__":
    main()
