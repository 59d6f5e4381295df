#!/usr/bin/env python3
"""Scores `timelinectl time extract` on TimeBank and AQUAINT (TimeML, as cleaned for TempEval-3).

Reads ../shared/dev-data/time/TBAQ beside the repository (never copied into it). For each
document it strips the tags of <TEXT> (offsets are then Python indices, that is Unicode
scalars), takes the document creation time (the DCT's TIMEX3 value) as the anchor, runs the
already built CLI once (`<bin> time extract <file> --anchor <DCT> --zone UTC --json`) and compares
the expressions it prints with the gold TIMEX3 elements of the text.

Figures, for the development part, the frozen blind part (scripts/eval/blind.json, key "tbaq")
and all:
  strict P/R/F1     predicted spans equal to a gold span
  relaxed P/R/F1    predicted spans overlapping a gold span (each gold span matched once,
                    each prediction once, largest overlap first)
  type accuracy     matched pairs (relaxed) with the same TIMEX3 type
  value accuracy    matched pairs with the same value, overall, on gold DATE/TIME, and per
                    granularity of the gold value (day, month, year, week, season/quarter,
                    decade/century, clock, part of day, reference, duration, set, other)
  value F1          as TempEval-3: relaxed F1 times value accuracy

Individual misses are printed only for development documents (--show-misses). Standard library only.

Usage: scripts/eval/tbaq.py [--bin PATH] [--data PATH] [--part dev|blind|all] [--json] [--show-misses] [--jobs N]
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "dev-data", "time", "TBAQ"))
DEFAULT_BIN = os.path.join(ROOT, ".build", "release", "timelinectl")
BLIND = os.path.join(HERE, "blind.json")

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


def read_document(path):
    """The stripped text of <TEXT>, its gold TIMEX3 (start, end, type, value) and the DCT value."""
    raw = open(path, encoding="utf-8").read()
    dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    dct_value = dict(ATTR.findall(dct.group(1)))["value"] if dct else None
    body = raw[raw.index("<TEXT>") + len("<TEXT>"): raw.index("</TEXT>")]
    text, gold, stack, last = [], [], [], 0
    length = 0
    for m in TAG.finditer(body):
        chunk = unescape(body[last:m.start()])
        text.append(chunk)
        length += len(chunk)
        last = m.end()
        closing, name, attrs = m.group(1) == "/", m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if closing:
            start, fields = stack.pop()
            gold.append((start, length, fields.get("type"), fields.get("value")))
        else:
            stack.append((length, dict(ATTR.findall(attrs))))
    text.append(unescape(body[last:]))
    return "".join(text), gold, dct_value


def unescape(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


def granularity(kind, value):
    v = value or ""
    if kind == "DURATION":
        return "duration"
    if kind == "SET":
        return "set"
    if v.endswith("_REF"):
        return "reference"
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?", v) or re.fullmatch(r"T\d\d:\d\d", v):
        return "clock"
    if re.search(r"T(MO|AF|EV|NI|DT)$", v):
        return "part of day"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return "day"
    if re.fullmatch(r"\d{4}-\d\d", v):
        return "month"
    if re.fullmatch(r"\d{4}", v):
        return "year"
    if re.fullmatch(r"\d{4}-W\d\d(-WE)?", v):
        return "week"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI|Q\d|H\d)", v):
        return "season/quarter"
    if re.fullmatch(r"\d{2,3}", v):
        return "decade/century"
    return "other"


def documents(data, part):
    """The documents of a part (`dev`, `blind` or `all`) as `TimeBank/name.tml`, in order."""
    blind = set(json.load(open(BLIND))["tbaq"])
    names = []
    for sub in sorted(os.listdir(data)):
        folder = os.path.join(data, sub)
        if os.path.isdir(folder):
            names += [f"{sub}/{f}" for f in sorted(os.listdir(folder)) if f.endswith(".tml")]
    return [n for n in names if part == "all" or (n in blind) == (part == "blind")]


def run(binary, path):
    text, gold, dct = read_document(path)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        name = f.name
    try:
        out = subprocess.run([binary, "time", "extract", name, "--anchor", dct[:10], "--zone", "UTC", "--json"],
                             capture_output=True, text=True)
    finally:
        os.unlink(name)
    if out.returncode != 0:
        raise SystemExit(f"{path}: time extract failed: {out.stderr.strip()}")
    predicted = [(e["start"], e["end"], e["type"], e["value"]) for e in json.loads(out.stdout)["expressions"]]
    return text, gold, predicted


def pair(gold, predicted):
    """Relaxed one-to-one matching, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g[1], p[1]) - max(g[0], p[0])
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score(results):
    gold_n = sum(len(g) for _, g, _ in results)
    pred_n = sum(len(p) for _, _, p in results)
    strict = relaxed = same_type = same_value = 0
    date_time = [0, 0]
    per = collections.defaultdict(lambda: [0, 0, 0])  # matched, value right, gold total
    for _, gold, predicted in results:
        spans = {(p[0], p[1]) for p in predicted}
        strict += sum(1 for g in gold if (g[0], g[1]) in spans)
        for g in gold:
            per[granularity(g[2], g[3])][2] += 1
        for g, p in pair(gold, predicted):
            relaxed += 1
            same_type += g[2] == p[2]
            right = g[3] == p[3]
            same_value += right
            per[granularity(g[2], g[3])][0] += 1
            per[granularity(g[2], g[3])][1] += right
            if g[2] in ("DATE", "TIME"):
                date_time[0] += 1
                date_time[1] += right
    sp, sr = strict / max(pred_n, 1), strict / max(gold_n, 1)
    rp, rr = relaxed / max(pred_n, 1), relaxed / max(gold_n, 1)
    value_acc = same_value / max(relaxed, 1)
    return {
        "documents": len(results), "gold": gold_n, "predicted": pred_n,
        "strict": {"precision": sp, "recall": sr, "f1": f1(sp, sr)},
        "relaxed": {"precision": rp, "recall": rr, "f1": f1(rp, rr)},
        "type_accuracy": same_type / max(relaxed, 1),
        "value_accuracy": value_acc,
        "value_accuracy_date_time": date_time[1] / max(date_time[0], 1),
        "value_f1": f1(rp, rr) * value_acc,
        "per_granularity": {k: {"gold": v[2], "found": v[0], "value_right": v[1]} for k, v in sorted(per.items())},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", default=DEFAULT_BIN)
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--part", choices=["dev", "blind", "all"], default="dev")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not os.path.isdir(args.data):
        sys.exit(f"no TBAQ data at {args.data}")
    chosen = documents(args.data, args.part)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda n: run(args.bin, os.path.join(args.data, n)), chosen))
    summary = score(results)
    summary["part"] = args.part
    if args.show_misses and args.part == "dev":
        for name, (text, gold, predicted) in zip(chosen, results):
            matched = pair(gold, predicted)
            found = {id(g) for g, _ in matched}
            hit = {id(p) for _, p in matched}
            for g in gold:
                if id(g) not in found:
                    print(f"MISS {name}: {text[g[0]:g[1]]!r} {g[2]} {g[3]}")
            for p in predicted:
                if id(p) not in hit:
                    print(f"FALSE {name}: {text[p[0]:p[1]]!r} {p[2]} {p[3]}")
            for g, p in matched:
                if g[3] != p[3] or (g[0], g[1]) != (p[0], p[1]):
                    print(f"DIFF {name}: gold {text[g[0]:g[1]]!r} {g[2]} {g[3]} | got {text[p[0]:p[1]]!r} {p[2]} {p[3]}")
    if args.json:
        print(json.dumps(summary, indent=1))
        return
    print(f"TBAQ {args.part}: {summary['documents']} documents, {summary['gold']} gold TIMEX3, {summary['predicted']} predicted")
    for k in ("strict", "relaxed"):
        s = summary[k]
        print(f"  {k:8} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
    print(f"  type accuracy {summary['type_accuracy']:.3f}  value accuracy {summary['value_accuracy']:.3f}"
          f"  (DATE/TIME {summary['value_accuracy_date_time']:.3f})  value F1 {summary['value_f1']:.3f}")
    for k, v in summary["per_granularity"].items():
        print(f"  {k:15} gold {v['gold']:5}  found {v['found']:5}  value right {v['value_right']:5}")


if __name__ == "__main__":
    main()
