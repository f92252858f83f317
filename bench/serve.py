#!/usr/bin/env python3
"""``dossier serve`` under load: latency of every page and API call, 8 concurrent clients.

    python bench/serve.py --db DB [--clients 8] [--rounds 5] [--port 0] [--token]

Starts ``dossier serve --db DB`` in a process of its own on a free loopback port, waits (bounded) until
it answers, picks what to ask from the API itself (the first claims, a contradicted one, their articles
and sources), asks every URL once to warm the server (each first answer is reported as *cold*), then
runs ``--clients`` threads in this second process, each asking every URL ``--rounds`` times in its own
order, over keep-alive HTTP connections to 127.0.0.1 only. Prints p50, p95 and max per kind of URL and
overall; the target is p95 under 200 ms on a database of 2,000 articles. Never part of the test suite.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only: the bench never reaches beyond this machine
START_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def get(conn: http.client.HTTPConnection, url: str) -> tuple[int, bytes]:
    conn.request("GET", url)
    response = conn.getresponse()
    return response.status, response.read()


def wait_until_up(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:  # bounded: at most START_SECONDS
        if server.poll() is not None:
            sys.exit(f"the server exited with {server.returncode}")
        try:
            get(http.client.HTTPConnection(HOST, port, timeout=5), "/api/openapi.json")
            return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"the server did not answer within {START_SECONDS} s")


def urls(port: int) -> list[tuple[str, str]]:
    """(kind, URL) of every page and API call, on records the API lists."""
    conn = http.client.HTTPConnection(HOST, port, timeout=120)
    claims = json.loads(get(conn, "/api/claims?per_page=3")[1])["claims"]
    contradicted = json.loads(get(conn, "/api/claims?contradicted=true&per_page=1")[1])["claims"]
    ids = [c["id"] for c in claims + contradicted]
    board = json.loads(get(conn, f"/api/claims/{ids[0]}")[1])
    articles = list(dict.fromkeys(i["article"] for i in board["items"]))[:2]
    sources = [s["key"] for s in json.loads(get(conn, "/api/sources")[1])["sources"][:2]]
    statement = quote(board["statement"][:80])
    picked = [
        ("page /claims", "/claims"),
        ("page /claims filtered", "/claims?contradicted=1&sort=grade"),
        ("page /claims?q=", f"/claims?q={statement}"),
        ("page /claims page 3", "/claims?page=3&sort=first_reported"),
        *[("page /claims/ID", f"/claims/{c}") for c in ids],
        *[("page /articles/ID", f"/articles/{a}") for a in articles],
        ("page /sources", "/sources"),
        *[("page /sources/KEY", f"/sources/{quote(k, safe='')}") for k in sources],
        ("api /api/claims", "/api/claims"),
        ("api /api/claims filtered", "/api/claims?min_sources=2&sort=denying"),
        ("api /api/claims?q=", f"/api/claims?q={statement}"),
        *[("api /api/claims/ID", f"/api/claims/{c}") for c in ids],
        *[("api /api/articles/ID", f"/api/articles/{a}") for a in articles],
        ("api /api/articles", "/api/articles"),
        ("api /api/sources", "/api/sources"),
        *[("api /api/sources/KEY", f"/api/sources/{quote(k, safe='')}") for k in sources],
    ]
    return picked


def client(port: int, picked: list[tuple[str, str]], rounds: int, seed: int, out: list) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=120)
    order = random.Random(seed)
    for _ in range(rounds):  # bounded: rounds x URLs requests
        batch = picked[:]
        order.shuffle(batch)
        for kind, url in batch:
            started = time.perf_counter()
            status, _ = get(conn, url)
            out.append((kind, (time.perf_counter() - started) * 1000, status))


def percentile(values: list[float], p: float) -> float:
    ranked = sorted(values)
    return ranked[min(len(ranked) - 1, max(0, round(p / 100 * len(ranked) + 0.5) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("DOSSIER_TOKEN", None)  # read-only
    command = [sys.executable, "-m", "dossier", "serve", "--db", args.db, "--host", HOST, "--port", str(port)]
    server = subprocess.Popen(command, env=env)
    try:
        wait_until_up(port, server)
        picked = urls(port)
        cold: list = []
        client(port, picked, 1, 0, cold)
        results: list = []
        threads = [
            threading.Thread(target=client, args=(port, picked, args.rounds, n + 1, results))
            for n in range(args.clients)
        ]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    bad = [r for r in results + cold if r[2] != 200]
    print(
        f"{args.db}: {len(picked)} URLs, {args.clients} clients x {args.rounds} rounds = {len(results)} requests "
        f"in {wall:.1f} s ({len(results) / wall:.0f}/s); {len(bad)} not 200"
    )
    print(f"{'kind':28} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind in dict.fromkeys(k for k, _ in picked):
        times = [ms for k, ms, _ in results if k == kind]
        first = max(ms for k, ms, _ in cold if k == kind)
        print(
            f"{kind:28} {first:8.0f} {statistics.median(times):8.1f} {percentile(times, 95):8.1f} {max(times):8.1f}"
        )
    everything = [ms for _, ms, _ in results]
    print(
        f"{'all':28} {'':8} {statistics.median(everything):8.1f} {percentile(everything, 95):8.1f} {max(everything):8.1f}"
    )


if __name__ == "__main__":
    main()
