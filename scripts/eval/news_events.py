#!/usr/bin/env python3
"""Scores incident extraction on news-events (real passages with the incidents ACLED would code).

Each passage of ../shared/dev-data/news-events/dev.jsonl is ingested on its own, as one JSON
Lines article (id, published, text), into a fresh database in a temporary directory; the
incidents are read back with `timelinectl incidents --format jsonl` and matched one to one with
the gold incidents of the passage (closest place first, then same sub-event type, then same
date). Fields are scored per gold incident; an unmatched gold incident counts as wrong in every
field. Printed per part: `dev` (the development part), `blind` (the frozen third listed in
scripts/eval/blind.json: score it, never open its misses) or `all`.

    python3 scripts/eval/news_events.py [--part dev|blind|all] [--bin .build/release/timelinectl]
                                        [--show-misses]      # dev part only: ids and fields, no text
                                        [--data OTHER.jsonl] # another set in the same format, scored whole
                                        [--region-rule]      # the place rule before 3 December 2026 (below)

Within 25 km: by distance where the gold has coordinates; a gold region (geo precision 3, or no
precision given) is right when the admin1 is right and the prediction is no finer; a gold town or
village the annotator left without coordinates (geo precision 1 or 2) is right when the prediction
names it (a fold and a 0.8 similarity, as for admin1) at a place's precision in its admin1. Before
3 December 2026 that last kind was scored as a region, which counted a village coded to its
province as within 25 km and the village itself as not (`--region-rule` gives those figures).

The passages are publishers' text kept for development only: this script never writes them
into the repository and never prints them. Standard library only.
"""
import argparse, difflib, json, math, os, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "dev-data", "news-events", "dev.jsonl"))

GOALS = {"coverage": 0.95, "sub_event_type": 0.80, "admin1": 0.90, "within_25km": 0.70,
         "date": 0.95, "fatalities": 0.85}
FALSE_GOAL = 0.10


def km(a_lat, a_lon, b_lat, b_lon):
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def folded(name):
    """Lower case, no accents or apostrophes, and no generic division words."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`ʼ]", "", text)
    text = re.sub(r"\b(oblast|region|province|governorate|state|district|division|muhafazat|"
                  r"wilayah|prefecture|department|county|territory|krai|kray|raion|rayon|"
                  r"respublika|republic of|of)\b", " ", text)
    text = re.sub(r"\b(north|south|east|west)ern\b", r"\1", text)
    text = re.sub(r"\b(al|ar|as|ad|an|at|ash|el)[- ]", "", text)  # Arabic articles: Ar-Raqqah, Raqqa
    text = re.sub(r"h\b", "", text)
    return re.sub(r"[^a-z0-9]+", "", text)


def word_folded(text):
    """`folded`, word by word, the words kept apart."""
    return " ".join(word for word in (folded(part) for part in re.split(r"[\s,;:()]+", text or "")) if word)


def same_name(a, b):
    """Two spellings of one division (`Lower Shabeelle`, `Lower Shabelle`; `Nabatîyé`, `Nabatieh`)."""
    a, b = folded(a), folded(b)
    return a != "" and b != "" and (a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8)


class Gazetteer:
    """Gold admin1 and country names resolved through the same gazetteer, cached."""

    def __init__(self, binary):
        self.binary, self.cache = binary, {}

    def rows(self, query):
        if query not in self.cache:
            run = subprocess.run([self.binary, "places", "resolve", query, "--json"], capture_output=True, text=True)
            self.cache[query] = [json.loads(r) for r in run.stdout.splitlines() if r.strip()] if run.returncode == 0 else []
        return self.cache[query]

    def country_code(self, country):
        for row in self.rows(country):
            if row["kind"] == "country":
                return row["country_code"]
        return None

    def admin1_codes(self, admin1, country_code):
        codes = set()
        for query in (admin1, admin1 + " region", admin1 + " province"):
            for row in self.rows(query):
                if row["kind"] == "admin1" and (country_code is None or row["country_code"] == country_code):
                    codes.add(row["admin1_code"])
        return codes


def local_date(incident):
    """The incident's `event_date` (its day in the place's zone); for output without one, the local
    calendar day in solar time from its longitude."""
    from datetime import datetime, timedelta
    if incident.get("event_date"):
        return incident["event_date"]
    start = datetime.fromisoformat(incident["occurred_start"].replace("Z", "+00:00"))
    end = datetime.fromisoformat(incident["occurred_end"].replace("Z", "+00:00"))
    shift = timedelta(hours=(incident.get("longitude") or 0) / 15)
    if incident.get("occurred_precision") in ("week", "month", "year", None) or end - start > timedelta(days=1):
        return (end + shift - timedelta(hours=12)).date().isoformat()
    return (start + (end - start) / 2 + shift).date().isoformat()


def extract(binary, passage, workdir):
    article = os.path.join(workdir, "article.jsonl")
    database = os.path.join(workdir, "timeline.sqlite")
    for path in (database, database + "-wal", database + "-shm"):
        if os.path.exists(path):
            os.unlink(path)
    with open(article, "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": passage["id"], "published": passage["published"], "text": passage["text"]}) + "\n")
    ingest = subprocess.run([binary, "ingest", "--db", database, "--zone", "UTC", article], capture_output=True, text=True)
    if ingest.returncode != 0:
        print(f"{passage['id']}: ingest failed: {ingest.stderr.strip()[:200]}", file=sys.stderr)
        return []
    out = subprocess.run([binary, "incidents", "--db", database, "--format", "jsonl"], capture_output=True, text=True, check=True)
    return [json.loads(r) for r in out.stdout.splitlines() if r.strip()]


class Scorer:
    FIELDS = ["event_type", "sub_event_type", "within_25km", "within_161km", "admin1", "date", "fatalities", "injured"]

    def __init__(self, gazetteer, region_rule_everywhere=False):
        self.gazetteer = gazetteer
        # Before 3 December 2026 every gold place without coordinates was scored as a region (`--region-rule`).
        self.region_rule_everywhere = region_rule_everywhere
        self.passages_with = self.covered = self.passages_without = self.false_passages = 0
        self.gold = self.predicted = self.matched = 0
        self.right = {field: 0 for field in self.FIELDS}
        self.misses = []

    def field_results(self, gold, predicted):
        country_code = self.gazetteer.country_code(gold["country"]) if gold.get("country") else None
        codes = self.gazetteer.admin1_codes(gold["admin1"], country_code) if gold.get("admin1") else set()
        if gold.get("admin1") is None and gold.get("country") is None:
            # At sea: no division; right when the prediction is in none either (and at a place of no country).
            admin1 = predicted.get("admin1") is None and predicted.get("country_code") is None
        else:
            admin1 = (predicted.get("admin1_code") in codes) or same_name(predicted.get("admin1"), gold.get("admin1"))
        if gold.get("latitude") is None and gold.get("country") is None:
            # A sea: right when the prediction is that sea (by name), wherever its point.
            same_sea = same_name(predicted.get("location"), gold.get("location"))
            admin1 = admin1 and same_sea
        if gold.get("latitude") is not None and predicted.get("latitude") is not None:
            distance = km(gold["latitude"], gold["longitude"], predicted["latitude"], predicted["longitude"])
        else:
            distance = None
        if gold.get("latitude") is None and gold.get("geo_precision") in (1, 2) and not self.region_rule_everywhere:
            # A town or village the annotator gave no coordinates for (the README: null when not known with
            # confidence): right when the prediction names that place, at a place's precision, in its admin1.
            named = [gold.get("location") or "", (gold.get("location") or "").split("(")[0].strip(), gold.get("location_text") or ""]
            same_place = any(same_name(predicted.get("location"), name) for name in named)
            # Or names a place the annotator's phrase names (`Abu Shouk` in `Abu Shouk camp ..., on the northern edge of El
            # Fasher`), word for word.
            written = word_folded(predicted.get("location"))
            same_place = same_place or (written != "" and f" {written} " in f" {word_folded(gold.get('location_text'))} ")
            near = admin1 and same_place and predicted.get("geo_precision") in (1, 2)
            far = admin1
        elif gold.get("latitude") is None:
            # A region-level place: right when the region is right and the prediction is no finer.
            near, far = admin1 and predicted.get("geo_precision") == 3, admin1
        else:
            near = distance is not None and distance <= 25
            far = distance is not None and distance <= 161
        return {
            "event_type": predicted.get("event_type") == gold["event_type"],
            "sub_event_type": predicted.get("sub_event_type") == gold["sub_event_type"],
            "within_25km": near, "within_161km": far, "admin1": admin1,
            "date": local_date(predicted) == gold["date"],
            "fatalities": predicted.get("fatalities") == gold.get("fatalities"),
            "injured": predicted.get("injured") == gold.get("injured"),
        }, distance

    def add(self, passage, predictions):
        golds = passage["incidents"]
        self.predicted += len(predictions)
        if not golds:
            self.passages_without += 1
            if predictions:
                self.false_passages += 1
                self.misses.append((passage["id"], "false incidents", [p["sub_event_type"] + " @ " + str(p["location"]) for p in predictions]))
            return
        self.passages_with += 1
        self.covered += 1 if predictions else 0
        pairs = []
        for g, gold in enumerate(golds):
            for p, predicted in enumerate(predictions):
                results, distance = self.field_results(gold, predicted)
                closeness = -(distance if distance is not None else (0 if results["admin1"] else 5000))
                # Among pairs alike in region, type and date, the one at the same place (two villages of one region with one
                # toll each) before the nearer point: a gold place without coordinates has no distance to tell them apart.
                pairs.append(((results["within_161km"], results["sub_event_type"], results["date"], results["within_25km"], closeness),
                              g, p, results))
        pairs.sort(key=lambda item: item[0], reverse=True)
        used_gold, used_predicted = set(), set()
        for _, g, p, results in pairs:
            if g in used_gold or p in used_predicted:
                continue
            used_gold.add(g)
            used_predicted.add(p)
            self.matched += 1
            for field in self.FIELDS:
                self.right[field] += 1 if results[field] else 0
            wrong = [field for field in self.FIELDS if not results[field]]
            if wrong:
                predicted = predictions[p]
                self.misses.append((passage["id"], "wrong " + ", ".join(wrong), {
                    "gold": {k: golds[g].get(k) for k in ("sub_event_type", "location", "admin1", "date", "fatalities", "injured")},
                    "got": {k: predicted.get(k) for k in ("sub_event_type", "location", "admin1", "geo_precision", "occurred_text", "fatalities", "injured")} | {"date": local_date(predicted)}}))
        self.gold += len(golds)
        for p, predicted in enumerate(predictions):
            if p not in used_predicted:
                self.misses.append((passage["id"], "extra incident", {k: predicted.get(k) for k in ("sub_event_type", "location", "admin1", "occurred_text", "fatalities", "injured")}))
        for g, gold in enumerate(golds):
            if g not in used_gold:
                self.misses.append((passage["id"], "unmatched gold", {k: gold.get(k) for k in ("sub_event_type", "location", "date")}))

    def report(self, part):
        def share(n, d):
            return n / d if d else 0.0
        lines = [f"news-events {part}: {self.passages_with} passages with incidents ({self.gold} incidents), "
                 f"{self.passages_without} without; {self.predicted} incidents predicted, {self.matched} matched"]
        coverage = share(self.covered, self.passages_with)
        false_rate = share(self.false_passages, self.passages_without)
        lines.append(f"  coverage          {coverage:.3f}  ({self.covered}/{self.passages_with})  goal >= {GOALS['coverage']}")
        lines.append(f"  false incidents   {false_rate:.3f}  ({self.false_passages}/{self.passages_without})  goal <= {FALSE_GOAL}")
        lines.append(f"  incident recall   {share(self.matched, self.gold):.3f}  ({self.matched}/{self.gold})")
        lines.append(f"  incident precision {share(self.matched, self.predicted):.3f}  ({self.matched}/{self.predicted})")
        for field in self.FIELDS:
            goal = f"  goal >= {GOALS[field]}" if field in GOALS else ""
            lines.append(f"  {field:17} {share(self.right[field], self.gold):.3f}  ({self.right[field]}/{self.gold}; "
                         f"of matched {share(self.right[field], self.matched):.3f}){goal}")
        return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/timelinectl")
    parser.add_argument("--part", choices=["dev", "blind", "all"], default="dev")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--region-rule", action="store_true",
                        help="score every gold place without coordinates as a region (the rule before 3 December 2026)")
    parser.add_argument("--data", help="another file in the same format (e.g. passages a helper wrote blind to the code); scored whole")
    args = parser.parse_args()
    data = args.data or DATA
    if not os.path.exists(data):
        sys.exit(f"{data} is not there (the development data lives in ../shared)")
    if args.show_misses and args.part != "dev" and not args.data:
        sys.exit("misses are shown for the development part only: the blind part is scored, never mined")
    blind = set(json.load(open(os.path.join(HERE, "blind.json")))["news-events"]) if not args.data else set()
    if args.data:
        args.part = "all"
    binary = os.path.abspath(args.bin)
    scorer = Scorer(Gazetteer(binary), region_rule_everywhere=args.region_rule)
    with tempfile.TemporaryDirectory() as workdir:
        for line in open(data, encoding="utf-8"):
            passage = json.loads(line)
            in_blind = passage["id"] in blind
            if (args.part == "dev" and in_blind) or (args.part == "blind" and not in_blind):
                continue
            scorer.add(passage, extract(binary, passage, workdir))
    print(scorer.report(args.part))
    if args.show_misses:
        for miss in scorer.misses:
            print(json.dumps(miss, ensure_ascii=False))


if __name__ == "__main__":
    main()
