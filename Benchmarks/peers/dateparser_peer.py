"""dateparser on the stamps timeline-bench writes (Benchmarks/.data/stamps.tsv).

Usage: dateparser_peer.py STAMPS_TSV FIGURES_OUT [SAMPLE] [AUTO_SAMPLE]

Each line of STAMPS_TSV is a stamp as a news site prints it, a TAB, and the correct
UTC instant (YYYY-MM-DDTHH:MM:SSZ). dateparser is pure Python and does about a
thousand stamps a second, so it runs on a fixed random sample (seeded, the same
lines every run) rather than all 200,000. Two passes:

  en    dateparser.parse(text, settings=SETTINGS, languages=['en']): what a user who
        knows the text is English would write; timed, and checked line by line.
  auto  dateparser.parse(text, settings=SETTINGS): out of the box, with language
        detection; about eight times slower, so timed and checked on the first
        AUTO_SAMPLE lines of the sample only.

A stamp is wrong when dateparser returns None (or raises), or an instant other than the
expected one. Its aware result is converted to UTC before comparing; a naive result
(not expected with these settings) counts as right only if it equals the expected
instant when read as UTC.

Prints a report on stdout and appends `key value` lines to FIGURES_OUT.
"""

import random
import re
import statistics
import sys
import time
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import dateparser

SETTINGS = {
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TO_TIMEZONE": "UTC",
}
SEED = 20230531
CHUNKS = 5
EASTERN = ZoneInfo("America/New_York")

FORMS = [  # (name, pattern on the stamp); the first match wins
    ("ISO 8601 with offset (2023-05-31T14:05:00+03:00)", re.compile(r"^\d{4}-\d\d-\d\dT")),
    ("CNN Intl 'Updated 0405 GMT (1205 HKT) June 1, 2023'", re.compile(r"GMT \(\d{4} HKT\)")),
    ("wire '1419 GMT, 31 May 2023'", re.compile(r"^\d{4} GMT, ")),
    ("Guardian '... 14.05 BST' (summer)", re.compile(r" BST$")),
    ("Guardian '... 14.05 GMT' (winter)", re.compile(r"\d\.\d\d GMT$")),
    ("Reuters 'June 1, 2023 4:19 PM GMT+3'", re.compile(r"GMT[+-]\d")),
    ("CNN 'ET,'", re.compile(r" ET, ")),
]


def form_of(text, expected):
    for name, pattern in FORMS:
        if pattern.search(text):
            if name.startswith("CNN 'ET,'"):
                summer = expected.astimezone(EASTERN).dst().total_seconds() != 0
                return "CNN '7:26 a.m. ET, May 31, 2023', " + (
                    "summer (EDT, UTC-4)" if summer else "winter (EST, UTC-5)")
            return name
    return "other"


def parse_expected(value):
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def as_utc(result):
    if result.tzinfo is None or result.utcoffset() is None:
        return result.replace(tzinfo=timezone.utc)  # naive: read as UTC
    return result.astimezone(timezone.utc)


def verdict(result, expected):
    """'right', 'wrong' (another instant) or 'refused' (None or an exception)."""
    if result is None:
        return "refused"
    return "right" if as_utc(result) == expected else "wrong"


def run_pass(texts, **kwargs):
    """Parses every text, timed in CHUNKS chunks; returns results and chunk rates."""
    results, rates, elapsed = [], [], 0.0
    size = max(1, len(texts) // CHUNKS)
    for start in range(0, len(texts), size):
        chunk = texts[start:start + size]
        began = time.perf_counter()
        for text in chunk:
            try:
                results.append(dateparser.parse(text, settings=SETTINGS, **kwargs))
            except Exception:  # a crash on a stamp counts as refused
                results.append(None)
        seconds = time.perf_counter() - began
        elapsed += seconds
        rates.append(len(chunk) / seconds)
    total = len(texts) / elapsed
    return results, rates, total


def main():
    path, figures_out = sys.argv[1], sys.argv[2]
    sample_size = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    auto_size = int(sys.argv[4]) if len(sys.argv) > 4 else 2000

    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line:
                text, utc = line.split("\t")
                rows.append((text, parse_expected(utc)))
    sample_size = min(sample_size, len(rows))
    auto_size = min(auto_size, sample_size)
    picked = sorted(random.Random(SEED).sample(range(len(rows)), sample_size))
    sample = [rows[i] for i in picked]
    texts = [text for text, _ in sample]

    print(f"dateparser {dateparser.__version__}, settings={SETTINGS}")
    print(f"  sample: {sample_size:,} of {len(rows):,} stamps, chosen at random with seed {SEED} "
          f"(all {len(rows):,} would take minutes at dateparser's speed); one process, one core")

    # Warm up (imports, language data, regex caches) outside the timed part.
    for text in [rows[i][0] for i in range(min(300, len(rows)))]:
        dateparser.parse(text, settings=SETTINGS, languages=["en"])
        dateparser.parse(text, settings=SETTINGS)

    results, rates, total = run_pass(texts, languages=["en"])
    verdicts = [verdict(r, e) for r, (_, e) in zip(results, sample)]
    wrong = verdicts.count("wrong")
    refused = verdicts.count("refused")
    print(f"  pass 'en' (languages=['en']): {total:,.0f} stamps a second over {sample_size:,} "
          f"(chunks of {sample_size // CHUNKS:,}: median {statistics.median(rates):,.0f}, "
          f"min {min(rates):,.0f}, max {max(rates):,.0f})")
    naive = sum(r is not None and (r.tzinfo is None or r.utcoffset() is None) for r in results)
    print("    a stamp is wrong when dateparser returns None (or raises) or another instant: its aware result is\n"
          "    converted to UTC; a naive one would count as right only if it equals the expected instant read as\n"
          f"    UTC (naive results in this pass: {naive:,})")
    print(f"    wrong or refused: {wrong + refused:,} of {sample_size:,} "
          f"({100 * (wrong + refused) / sample_size:.1f}%): {wrong:,} to another instant, "
          f"{refused:,} not parsed (None)")

    by_form = {}
    for (text, expected), result, v in zip(sample, results, verdicts):
        entry = by_form.setdefault(form_of(text, expected), {"n": 0, "wrong": 0, "refused": 0, "example": None})
        entry["n"] += 1
        if v != "right":
            entry[v] += 1
            if entry["example"] is None:
                got = "None" if result is None else as_utc(result).strftime("%Y-%m-%dT%H:%M:%SZ")
                entry["example"] = f"{text!r} -> {got}, expected {expected.strftime('%Y-%m-%dT%H:%M:%SZ')}"
    print("    by form (in the sample; wrong = another instant, refused = None):")
    width = max(len(name) for name in by_form)
    for name in sorted(by_form, key=lambda k: (-(by_form[k]["wrong"] + by_form[k]["refused"]), k)):
        entry = by_form[name]
        bad = entry["wrong"] + entry["refused"]
        print(f"      {name:<{width}}  {entry['n']:>6,} stamps  {bad:>6,} bad ({100 * bad / entry['n']:5.1f}%)"
              f"  [{entry['wrong']:,} wrong, {entry['refused']:,} refused]")
        if entry["example"]:
            print(f"      {'':<{width}}  e.g. {entry['example']}")

    auto_texts = texts[:auto_size]
    auto_results, auto_rates, auto_total = run_pass(auto_texts)
    auto_verdicts = [verdict(r, e) for r, (_, e) in zip(auto_results, sample[:auto_size])]
    auto_bad = auto_size - auto_verdicts.count("right")
    en_bad_same = sum(v != "right" for v in verdicts[:auto_size])
    print(f"  pass 'auto' (no languages, dateparser detects the language): {auto_total:,.0f} stamps a second "
          f"over the first {auto_size:,} of the sample (chunks: min {min(auto_rates):,.0f}, "
          f"max {max(auto_rates):,.0f})")
    print(f"    wrong or refused: {auto_bad:,} of {auto_size:,} (the 'en' pass: {en_bad_same:,} on the same lines)")

    with open(figures_out, "a", encoding="utf-8") as out:
        out.write(f"dateparser_version {dateparser.__version__}\n")
        out.write(f"dateparser_sample {sample_size}\n")
        out.write(f"dateparser_stamps_per_second {total:.1f}\n")
        out.write(f"dateparser_wrong {wrong}\n")
        out.write(f"dateparser_refused {refused}\n")
        out.write(f"dateparser_auto_sample {auto_size}\n")
        out.write(f"dateparser_auto_stamps_per_second {auto_total:.1f}\n")
        out.write(f"dateparser_auto_bad {auto_bad}\n")


if __name__ == "__main__":
    main()
