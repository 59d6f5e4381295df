#!/usr/bin/env python3
"""Scores the peer our users reach for, dateparser's `search_dates`, on TimeBank and AQUAINT, as
scripts/eval/tbaq.py scores `timelinectl time extract`.

dateparser finds date strings and gives each a full datetime, with no TIMEX3 type, so the
comparison is lenient to it: a found string counts as matched when it overlaps a gold TIMEX3
(relaxed, one to one, as tbaq.py pairs them), and its value counts as right on a gold DATE/TIME
with a calendar value when the datetime, cut to the gold value's length, equals it (gold `1998-02`
is right for any day of February 1998; `1998-02-06T15:00` needs the hour and minute). References,
durations and sets have no datetime and count as wrong values when matched.

Runs in a virtualenv with the pinned version (installed here if missing):
    python3 -m venv Benchmarks/.venv && Benchmarks/.venv/bin/pip install dateparser==1.5.0
    Benchmarks/.venv/bin/python scripts/eval/tbaq_dateparser.py --part dev
Settings: languages=['en'], RELATIVE_BASE the document's creation date at noon,
PREFER_DATES_FROM 'past' (news tells of what happened), RETURN_AS_TIMEZONE_AWARE False.

Usage: scripts/eval/tbaq_dateparser.py [--data PATH] [--part dev|blind|all]
"""
import argparse
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tbaq  # noqa: E402

from dateparser.search import search_dates  # noqa: E402


def predict(text, dct):
    base = datetime.datetime.fromisoformat(dct[:10] + "T12:00:00")
    found = search_dates(text, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}) or []
    out, cursor = [], 0
    for written, moment in found:
        start = text.find(written, cursor)
        if start < 0:
            start = text.find(written)
        if start < 0:
            continue
        cursor = start + len(written)
        out.append((start, start + len(written), "DATE", moment.strftime("%Y-%m-%dT%H:%M")))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=tbaq.DEFAULT_DATA)
    parser.add_argument("--part", choices=["dev", "blind", "all"], default="dev")
    args = parser.parse_args()
    chosen = tbaq.documents(args.data, args.part)
    gold_n = pred_n = matched = dt = dt_right = 0
    for name in chosen:
        text, gold, dct = tbaq.read_document(os.path.join(args.data, name))
        predicted = predict(text, dct)
        gold_n += len(gold)
        pred_n += len(predicted)
        for g, p in tbaq.pair(gold, predicted):
            matched += 1
            if g[2] in ("DATE", "TIME") and re.match(r"\d{4}", g[3] or ""):
                dt += 1
                dt_right += p[3][: len(g[3])] == g[3]
            elif g[2] in ("DATE", "TIME"):
                dt += 1
    p, r = matched / max(pred_n, 1), matched / max(gold_n, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"dateparser search_dates on TBAQ {args.part}: {len(chosen)} documents, {gold_n} gold, {pred_n} found")
    print(f"  relaxed P {p:.3f} R {r:.3f} F1 {f1:.3f}; DATE/TIME value accuracy (lenient) {dt_right / max(dt, 1):.3f} of {dt} matched")


if __name__ == "__main__":
    main()
