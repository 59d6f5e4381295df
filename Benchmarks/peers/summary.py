"""Summary of Timeline against its peers: ratios of ours to theirs.

Usage: summary.py OURS_TXT PEERS_TXT STAMPS_TSV
Both files hold `key value` lines (see Benchmarks/compare.sh).
"""

import sys


def figures(path):
    out = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split(None, 1)
            if len(parts) == 2:
                out[parts[0]] = parts[1].strip()
    return out


def number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def main():
    ours, peers = figures(sys.argv[1]), figures(sys.argv[2])
    with open(sys.argv[3], encoding="utf-8") as handle:
        stamp_count = sum(1 for line in handle if line.strip())

    rows = []
    our_rate = number(ours.get("stamps_per_second"))
    dp_rate = number(peers.get("dateparser_stamps_per_second"))
    auto_rate = number(peers.get("dateparser_auto_stamps_per_second"))
    rows.append(("stamps a second, one core",
                 f"{our_rate:,.0f}" if our_rate else "n/a",
                 f"{dp_rate:,.0f} (languages=['en'])" if dp_rate else "n/a",
                 f"{our_rate / dp_rate:,.0f}x" if our_rate and dp_rate else "n/a"))
    rows.append(("  vs dateparser with language detection", "",
                 f"{auto_rate:,.0f}" if auto_rate else "n/a",
                 f"{our_rate / auto_rate:,.0f}x" if our_rate and auto_rate else "n/a"))

    our_wrong = number(ours.get("stamps_wrong"))
    sample = number(peers.get("dateparser_sample"))
    dp_bad = (number(peers.get("dateparser_wrong")) or 0) + (number(peers.get("dateparser_refused")) or 0)
    our_text = (f"{our_wrong:,.0f} of {stamp_count:,} ({100 * our_wrong / stamp_count:.1f}%)"
                if our_wrong is not None else "not in ours.txt")
    dp_text = (f"{dp_bad:,.0f} of {sample:,.0f} ({100 * dp_bad / sample:.1f}%)" if sample else "n/a")
    rows.append(("stamps wrong or refused", our_text, dp_text, ""))

    our_mb = number(ours.get("places_mb_per_second"))
    fg_mb = number(peers.get("flashgeotext_mb_per_second"))
    rows.append(("place extraction, MB/s (MB = 2^20 bytes), one core",
                 f"{our_mb:.1f}" if our_mb else "n/a",
                 f"{fg_mb:.2f} (flashgeotext)" if fg_mb else "n/a",
                 f"{our_mb / fg_mb:.1f}x" if our_mb and fg_mb else "n/a"))
    fp = peers.get("flashgeotext_false_positives")
    miss = peers.get("flashgeotext_misses")
    rows.append(("seed page: non-places tagged as places", "",
                 f"{fp} of {peers.get('seed_not_places')}: {peers.get('flashgeotext_false_positive_words')}", ""))
    rows.append(("seed page: places missed", "",
                 f"{miss} of {peers.get('seed_places')}: {peers.get('flashgeotext_missed_words')}", ""))

    head = ("measure", "Timeline", "peer", "ours / theirs")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(4)]
    print("  " + "  ".join(h.ljust(w) for h, w in zip(head, widths)))
    print("  " + "  ".join("-" * w for w in widths))
    for row in rows:
        print("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
    print("  (Timeline's figures: medians from ours.txt over all stamps; dateparser's over its sample.)")


if __name__ == "__main__":
    main()
