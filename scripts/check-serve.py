#!/usr/bin/env python3
"""End-to-end check of `timelinectl serve` in a real browser and under load.

Ingests the seed into a new database, starts `timelinectl serve` on a free loopback port, and:
- loads the page at / in headless Chromium: its script runs (it marks the body with the number
  of incidents listed and marks drawn), no console errors, the nine incidents and the map's marks;
- loads it again with a filter in the address (the form is filled from it and the same update
  runs as when a field changes): the list and the marks change to the Belgorod region's, the
  same number as /incidents and /map.svg give for that filter;
- with --load SECONDS, runs wrk on the loopback address (50 connections, 2 threads) against the
  week-and-region query while another process ingests articles into the same file, and fails on
  any error or non-2xx answer; prints the latency percentiles;
  with --p99-ms N, fails when a phase's 99th percentile is above N milliseconds;
- with --db, also: clients that drop a large streamed export after its first bytes leave the
  server idle (no CPU spent on them afterwards) and its memory where it was; SIGTERM sent while
  a 200,000-row export streams lets that export finish whole before the server exits;
- stops the server with SIGTERM and expects exit status 0.

Usage: scripts/check-serve.py TIMELINECTL [--load SECONDS] [--p99-ms N] [--ingest-pause SECONDS] [--db FILE] [--screenshot PNG]
  --db FILE uses a copy of an existing database instead of the seed (the page is not checked).
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fail(message):
    print(f"check-serve: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    fail("no chromium on PATH (apt-get install chromium)")


def browser(*args):
    base = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--enable-logging=stderr", "--v=0", "--no-first-run", "--disable-background-networking", "--virtual-time-budget=15000"]
    return subprocess.run(base + list(args), capture_output=True, text=True, timeout=180)


def console_errors(stderr):
    return [line for line in stderr.splitlines()
            if "CONSOLE" in line and ("error" in line.lower() or "Uncaught" in line)]


def body_data(dom):
    match = re.search(r"<body([^>]*)>", dom)
    if not match:
        fail("the page has no body")
    return dict(re.findall(r'data-([a-z-]+)="([^"]*)"', match.group(1)))


def get(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read().decode("utf-8")


def count_marks(svg):
    return len(re.findall(r'<g class="mark[" ]', svg))


def start_server(binary, database, token):
    log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
    process = subprocess.Popen([binary, "serve", "--db", database, "--port", "0", "--token", token],
                               stdout=subprocess.DEVNULL, stderr=log, cwd=ROOT)
    for _ in range(600):
        text = open(log.name).read()
        match = re.search(r"http://127\.0\.0\.1:[0-9]+", text)
        if match:
            return process, match.group(0), log.name
        if process.poll() is not None:
            fail(f"serve exited {process.returncode}: {text}")
        time.sleep(0.05)
    process.kill()
    fail("serve did not print its address within 30 s")


def check_page(address, screenshot):
    everything = json.loads(get(address + "/incidents?limit=500"))
    marks_all = count_marks(get(address + "/map.svg"))
    run = browser("--dump-dom", address + "/")
    data = body_data(run.stdout)
    errors = console_errors(run.stderr)
    if errors:
        fail(f"console errors on /: {errors}")
    if data.get("ready") != "true" or "error" in data:
        fail(f"the page's script did not finish cleanly: {data}")
    if int(data.get("incidents", -1)) != len(everything) or int(data.get("marks", -1)) != marks_all:
        fail(f"/ lists {data.get('incidents')} incidents and {data.get('marks')} marks; the API gives {len(everything)} and {marks_all}")
    if len(everything) != 9:
        fail(f"the seed gives {len(everything)} incidents, not 9")

    query = urllib.parse.urlencode({"region": "Belgorod region", "zone": "Europe/Moscow"})
    chosen = json.loads(get(address + "/incidents?limit=500&" + query))
    marks_chosen = count_marks(get(address + "/map.svg?" + query))
    run = browser("--dump-dom", address + "/?" + query)
    data = body_data(run.stdout)
    errors = console_errors(run.stderr)
    if errors:
        fail(f"console errors with a filter: {errors}")
    if int(data.get("incidents", -1)) != len(chosen) or int(data.get("marks", -1)) != marks_chosen:
        fail(f"the filtered page lists {data.get('incidents')} incidents and {data.get('marks')} marks; the API gives {len(chosen)} and {marks_chosen}")
    if not (0 < len(chosen) < len(everything)) or marks_chosen >= marks_all:
        fail(f"the filter did not narrow the view: {len(chosen)} of {len(everything)} incidents, {marks_chosen} of {marks_all} marks")
    for name in ["Shebekino"]:
        if name not in run.stdout:
            fail(f"{name} is not in the filtered list")
    print(f"check-serve: the page lists {len(everything)} incidents at {marks_all} marks; with region=Belgorod region, "
          f"{len(chosen)} at {marks_chosen}; no console errors")
    if screenshot:
        shot = browser("--window-size=1280,860", f"--screenshot={os.path.abspath(screenshot)}", address + "/?" + query)
        if shot.returncode != 0 or not os.path.exists(screenshot):
            fail(f"no screenshot: {shot.stderr[-500:]}")
        print(f"check-serve: wrote {screenshot}")


def articles(count, start):
    lines = []
    towns = ["Kupiansk", "Shebekino", "Kharkiv", "Izium", "Valuyki", "Graivoron", "Nikopol", "Kherson"]
    for index in range(start, start + count):
        town = towns[index % len(towns)]
        day = 1 + index % 28
        lines.append(json.dumps({
            "id": f"load-{index}", "published": f"2024-04-{day:02d}T10:00:00Z", "title": f"Shelling in {town}",
            "text": f"On {day} April 2024, forces shelled {town}, killing {1 + index % 5} people, officials said."}))
    return "\n".join(lines) + "\n"


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def wrk_run(url, seconds, script=None):
    command = ["wrk", "-t2", "-c50", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if script:
        command += ["-s", script]
    return subprocess.Popen(command + [url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def milliseconds(text):
    """wrk's latency figure ("850.00us", "12.34ms", "1.02s") in milliseconds."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text or "")
    if not match:
        fail(f"unreadable latency from wrk: {text!r}")
    return float(match.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[match.group(2)]


def wrk_result(wrk, label, seconds, url, p99_limit=None):
    out, err = wrk.communicate(timeout=seconds + 120)
    if wrk.returncode != 0:
        fail(f"wrk exited {wrk.returncode}: {err}")
    requests = re.search(r"(\d+) requests in", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    percentiles = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.MULTILINE))
    print(f"check-serve: {label}: wrk, 2 threads, 50 connections, {seconds} s: {url}")
    print(f"check-serve: {label}: {requests.group(1) if requests else '?'} requests, "
          f"{int(requests.group(1)) / seconds if requests else 0:.0f}/s; latency p50 {percentiles.get('50')}, "
          f"p90 {percentiles.get('90')}, p99 {percentiles.get('99')}")
    if non2xx or socket_errors:
        fail(f"errors under load: {non2xx.group(0) if non2xx else ''} {socket_errors.group(0) if socket_errors else ''}\n{out}")
    if p99_limit is not None and milliseconds(percentiles.get("99")) > p99_limit:
        fail(f"{label}: p99 {percentiles.get('99')} is above {p99_limit} ms")


def load_test(binary, address, database, seconds, server_pid, p99_limit=None, ingest_pause=0.0):
    """wrk in two phases while ingests run `ingest_pause` seconds apart (0: back to back)."""
    if not shutil.which("wrk"):
        fail("no wrk on PATH (apt-get install wrk)")
    # The busiest region with a code (`unknown` counts incidents placed in no first-order division).
    busiest = next(region for region in json.loads(get(address + "/regions?level=admin1")) if region["code"] != "unknown")
    first = time.mktime(time.strptime(busiest["first"][:10], "%Y-%m-%d"))
    last = time.mktime(time.strptime(busiest["last"][:10], "%Y-%m-%d"))
    middle = time.strftime("%Y-%m-%d", time.gmtime((first + last) / 2))
    week_end = time.strftime("%Y-%m-%d", time.gmtime((first + last) / 2 + 6 * 86400))
    query = urllib.parse.urlencode({"region": busiest["code"], "since": middle, "until": week_end, "limit": "1000"})
    url = address + "/incidents?" + query
    folder = tempfile.mkdtemp()
    # Windows starting at random hours of the region's span: (almost) every request a new query,
    # so the cache cannot answer and each one goes to the database.
    script = os.path.join(folder, "weeks.lua")
    span_hours = max(1, int((last - first) / 3600) - 7 * 24)
    with open(script, "w") as handle:
        handle.write(f"""
math.randomseed(7)
request = function()
  local start = {int(first)} + 3600 * math.random(0, {span_hours})
  local path = "/incidents?region={urllib.parse.quote(busiest['code'])}&limit=1000&since=" .. os.date("!%Y-%m-%dT%H:00:00Z", start)
    .. "&until=" .. os.date("!%Y-%m-%dT%H:00:00Z", start + 7 * 86400)
  return wrk.format("GET", path)
end
""")
    memory = [rss_mb(server_pid)]
    batches = 0
    for label, wrk in (("one week, the same URL", None), ("a random week each request", script)):
        process = wrk_run(url, seconds, wrk)
        stop = time.time() + seconds
        # Another process writes into the same database while wrk reads.
        while time.time() < stop - 1:
            path = os.path.join(folder, f"batch-{batches}.jsonl")
            with open(path, "w") as handle:
                handle.write(articles(20, batches * 20))
            subprocess.run([binary, "ingest", "--db", database, path], capture_output=True, cwd=ROOT, check=True)
            batches += 1
            memory.append(rss_mb(server_pid))
            time.sleep(ingest_pause)
        wrk_result(process, label, seconds, url if wrk is None else f"{address}/incidents?region={busiest['code']}&since=RANDOM&until=+7d&limit=1000",
                   p99_limit)
        memory.append(rss_mb(server_pid))
    shutil.rmtree(folder)
    print(f"check-serve: {batches} ingests of 20 articles by another process meanwhile; server memory "
          f"{memory[0]:.0f} MB before, {min(memory[1:]):.0f} to {max(memory[1:]):.0f} MB under load")
    if batches == 0:
        fail("no ingest ran during the load")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def disconnect_test(address, server_pid, clients=20):
    """Clients that drop a whole-database export after its first bytes: the server must stop
    reading for them (no CPU afterwards) and give back what it held (memory where it was)."""
    parts = urllib.parse.urlsplit(address)
    host, port = parts.hostname, parts.port

    def drop_exports():
        for _ in range(clients):
            connection = socket.create_connection((host, port))
            connection.sendall(b"GET /incidents?format=geojson HTTP/1.1\r\nHost: check\r\n\r\n")
            received = 0
            while received < 256 * 1024:
                chunk = connection.recv(65536)
                if not chunk:
                    fail("the export ended before 256 KB")
                received += len(chunk)
            connection.close()
        time.sleep(2)

    # A first round warms the reader pool's page caches (a cold server grows by about 120 MB
    # once, then stays: measured over 120 further drops); the second is what must not grow.
    drop_exports()
    before = rss_mb(server_pid)
    drop_exports()
    start = cpu_seconds(server_pid)
    time.sleep(3)
    idle_cpu = cpu_seconds(server_pid) - start
    after = rss_mb(server_pid)
    json.loads(get(address + "/health"))
    print(f"check-serve: {clients} clients dropped a whole-database export after 256 KB: server CPU "
          f"{idle_cpu:.2f} s in the 3 s after, memory {before:.0f} MB before, {after:.0f} MB after")
    if idle_cpu > 0.5:
        fail(f"the server kept working after its clients left ({idle_cpu:.2f} s of CPU in 3 s)")
    if after > before + 64:
        fail(f"memory grew from {before:.0f} MB to {after:.0f} MB after dropped exports")


def drain_test(address, process, rows=200_000):
    """SIGTERM while an export streams: the export finishes whole, then the server exits 0."""
    response = urllib.request.urlopen(address + f"/incidents?format=jsonl&limit={rows}", timeout=120)
    first = response.readline()
    started = time.time()
    process.send_signal(signal.SIGTERM)
    lines = 1 + sum(1 for _ in response)
    json.loads(first)
    status = process.wait(timeout=60)
    print(f"check-serve: SIGTERM sent after the first row of a {rows:,}-row export: {lines:,} rows "
          f"arrived in the {time.time() - started:.1f} s after it, then exit {status}")
    if lines != rows:
        fail(f"the export was cut at {lines} rows of {rows} by SIGTERM")
    if status != 0:
        fail(f"serve exited {status} after draining")


def main():
    if len(sys.argv) < 2:
        fail(__doc__)
    binary = os.path.abspath(sys.argv[1])
    arguments = sys.argv[2:]
    seconds = int(arguments[arguments.index("--load") + 1]) if "--load" in arguments else 0
    screenshot = arguments[arguments.index("--screenshot") + 1] if "--screenshot" in arguments else None
    ingest_pause = float(arguments[arguments.index("--ingest-pause") + 1]) if "--ingest-pause" in arguments else 0.0
    p99_limit = float(arguments[arguments.index("--p99-ms") + 1]) if "--p99-ms" in arguments else None
    folder = tempfile.mkdtemp()
    if "--db" in arguments:
        # A copy: the load test's ingests must not change the benchmark's database.
        database = os.path.join(folder, "copy.sqlite")
        shutil.copyfile(os.path.abspath(arguments[arguments.index("--db") + 1]), database)
    else:
        database = os.path.join(folder, "seed.sqlite")
        subprocess.run([binary, "ingest", "--db", database, "seeds/000_fdd7082ede222f27.txt"], capture_output=True, cwd=ROOT, check=True)
    token = "check-serve-token-0123456789"
    process, address, log = start_server(binary, database, token)
    try:
        if "--db" not in arguments:
            check_page(address, screenshot)
        if seconds:
            load_test(binary, address, database, seconds, process.pid, p99_limit, ingest_pause)
        if "--db" in arguments:
            disconnect_test(address, process.pid)
            drain_test(address, process)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            status = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            fail("serve did not stop within 30 s of SIGTERM")
    shutil.rmtree(folder)
    if status != 0:
        fail(f"serve exited {status} after SIGTERM: {open(log).read()}")
    print("check-serve: SIGTERM stopped the server (exit 0)")


if __name__ == "__main__":
    main()
