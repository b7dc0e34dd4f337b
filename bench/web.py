"""Web throughput: the search page and `/api/search` of `cchc serve` under concurrent clients.

The server runs one worker process per core (`cchc serve --workers N`: gunicorn when N > 1, waitress
when 1), since a request is mostly CPU and one Python process uses one core; `CCHC_WEB_WORKERS` sets
another count.

A bounded load generator: a fixed number of requests shared by N client threads, each with its own
`http.client` connection on 127.0.0.1 (kept alive by waitress; gunicorn workers close it after each
answer and the client reconnects, see search_app/prefork.py), cycling through 60 distinct searches
(words x filter, sort and page variants). Every non-200 answer or socket error is counted and
reported; none are expected. Each endpoint is measured twice: with the answer cache off (`CCHC_WEB_CACHE=0`: every
request searches and renders) and warm (every distinct URL requested beforehand, pass after pass on
fresh connections, until every worker process has answered each from its cache). Each row also gives
the server's CPU per request and its busiest process's share of it, read from /proc: a cold-cache run
is CPU-bound, so those two say whether a shortfall is the cost of a request or a core left idle.
"""

from __future__ import annotations

import http.client
import os
import threading
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlencode, urlsplit

from bench.processes import Served, cchc_serve, cpu_seconds, descendants
from bench.report import RunConfig, percentiles_ms, publish
from bench.stores import corpus_store

WORDS = (
    "",
    "kiểm tra cải cách hành chính",
    "kiem tra cai cach hanh chinh",
    "Nguyễn Văn Hùng",
    "xã Tân Lý Tây",
    "hồ sơ đúng hạn",
    "Thanh Miện",
    "phòng chống thiên tai",
    "Trưởng đoàn",
    "Đức Trọng",
    "dịch vụ công trực tuyến",
    "Cần Giuộc",
)
VARIANTS = ({}, {"sort": "date"}, {"page": "2"}, {"f": "province:Long An"}, {"f": "kind:visit"})
QUERY_STRINGS = tuple({"q": words, **variant} for words in WORDS for variant in VARIANTS)
ENDPOINTS = {"search page": "/", "api": "/api/search"}
COLUMNS = (
    "endpoint",
    "cache",
    "clients",
    "requests",
    "errors",
    "requests_per_s",
    "p50_ms",
    "p95_ms",
    "server_cpu_ms",
    "busiest_process_pct",
)
SERVER_THREADS = 2  # per worker process, cchc serve's default
WARM_CONNECTIONS = 4  # per worker process, opened at once for each warming pass


@dataclass
class _Tally:
    durations: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _client(host: str, port: int, paths: Sequence[str], tally: _Tally) -> None:
    conn = http.client.HTTPConnection(host, port, timeout=60)
    durations, errors = [], []
    for path in paths:
        start = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"HTTP {response.status} {path}")
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{type(exc).__name__} {path}")
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=60)
        durations.append(time.perf_counter() - start)
    conn.close()
    with tally.lock:
        tally.durations += durations
        tally.errors += errors


def _paths(endpoint: str) -> list[str]:
    return [f"{endpoint}?{urlencode(query)}" for query in QUERY_STRINGS]


def load(base_url: str, endpoint: str, clients: int, requests: int) -> dict:
    """Send `requests` GETs from `clients` threads; return requests/s, latency percentiles and errors."""
    parts = urlsplit(base_url)
    distinct = _paths(endpoint)
    paths = [distinct[i % len(distinct)] for i in range(requests)]
    tally = _Tally()
    threads = [
        threading.Thread(target=_client, args=(parts.hostname, parts.port, paths[i::clients], tally))
        for i in range(clients)
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    return {
        "requests": len(tally.durations),
        "errors": len(tally.errors),
        "requests_per_s": round(len(tally.durations) / elapsed, 1),
        **percentiles_ms(tally.durations, (50, 95)),
        "error_samples": tally.errors[:5],
    }


def _tree_cpu(pid: int) -> dict[int, float]:
    return {process: cpu_seconds(process) for process in (pid, *descendants(pid))}


def measured_load(server: Served, endpoint: str, clients: int, requests: int) -> dict:
    """`load`, plus the server's CPU per request and the share of it its busiest process took.

    The share tells a CPU-bound run that used every worker (about 100 / workers %) from one that left
    cores idle: with keep-alive connections one gunicorn worker took 7-10 ms per request of a run and
    the other 1-3 ms (search_app/prefork.py)."""
    before = _tree_cpu(server.pid)
    row = load(server.base_url, endpoint, clients, requests)
    spent = {pid: seconds - before.get(pid, 0.0) for pid, seconds in _tree_cpu(server.pid).items()}
    total = sum(spent.values())
    return row | {
        "server_cpu_ms": round(total * 1000 / row["requests"], 2) if row["requests"] else None,
        "busiest_process_pct": round(100 * max(spent.values()) / total) if total else None,
    }


def server_workers() -> int:
    """CCHC_WEB_WORKERS if set, else one worker per core this process may run on."""
    if configured := os.environ.get("CCHC_WEB_WORKERS"):
        return int(configured)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def server_mode(workers: int) -> str:
    return f"gunicorn, {workers} workers" if workers > 1 else "waitress, 1 process"


class _Answer(NamedTuple):
    worker: str | None  # X-Cache-Worker: which process's cache answered
    path: str
    hit: bool


def _warm_connection(
    host: str, port: int, paths: Sequence[str], opened: threading.Barrier, answers: list[_Answer | str]
) -> None:
    """Connect, wait until every connection of the pass is open, then ask for each path once."""
    conn = http.client.HTTPConnection(host, port, timeout=60)
    try:
        conn.connect()
        opened.wait()
        for path in paths:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            hit = response.status == 200 and response.getheader("X-Cache") == "hit"
            answers.append(_Answer(response.getheader("X-Cache-Worker"), path, hit))
    except (OSError, http.client.HTTPException, threading.BrokenBarrierError) as exc:
        opened.abort()
        answers.append(f"{type(exc).__name__}: {exc}")
    finally:
        conn.close()


def warm_cache(base_url: str, endpoint: str, workers: int, max_passes: int = 20) -> int:
    """Ask for every distinct URL until each of the `workers` processes has answered each of them from
    its cache (`X-Cache: hit`, told apart by `X-Cache-Worker`); return the passes taken.

    Each worker process keeps its own cache and the workers race to accept connections, so each pass
    opens WARM_CONNECTIONS connections per worker at once and asks for every URL on each (on waitress a
    connection stays open; a gunicorn worker closes it after each answer and the client reconnects).
    One worker can accept every connection of a pass, so a pass of hits alone proved nothing about the
    other (a run measured 480 instead of 2,400 requests/s that way); the hits are counted per worker
    across passes, since nothing is evicted."""
    parts = urlsplit(base_url)
    paths = _paths(endpoint)
    wanted = set(paths)
    connections = WARM_CONNECTIONS * workers
    hits: defaultdict[str, set[str]] = defaultdict(set)
    errors: list[str] = []
    for attempt in range(1, max_passes + 1):
        answers: list[_Answer | str] = []
        opened = threading.Barrier(connections)
        threads = [
            threading.Thread(
                target=_warm_connection, args=(parts.hostname, parts.port, paths, opened, answers)
            )
            for _ in range(connections)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        errors = [answer for answer in answers if isinstance(answer, str)]
        for answer in answers:
            if isinstance(answer, _Answer) and answer.hit and answer.worker:
                hits[answer.worker].add(answer.path)
        warm = sum(found == wanted for found in hits.values())
        if not errors and warm >= workers:
            return attempt
    raise RuntimeError(
        f"{endpoint}: {warm} of {workers} workers answered every URL from their cache after {max_passes}"
        f" passes on {connections} connections each; errors: {errors[:5]}"
    )


@contextmanager
def _server(store_uri: str, cache: bool, workers: int) -> Iterator[Served]:
    """`cchc serve` with its answer cache on or off (the child reads CCHC_WEB_CACHE and CCHC_WEB_WORKERS)."""
    settings = {
        "CCHC_WEB_CACHE": str(max(256, len(QUERY_STRINGS) * len(ENDPOINTS))) if cache else "0",
        "CCHC_WEB_WORKERS": str(workers),
    }
    saved = {name: os.environ.get(name) for name in settings}
    os.environ.update(settings)
    try:
        with cchc_serve(store_uri, threads=SERVER_THREADS) as server:
            yield server
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name)
            else:
                os.environ[name] = value


def run(config: RunConfig) -> dict:
    articles = config.size(10_000, 100_000, minimum=50)
    requests = config.size(600, 2_000, minimum=16)
    store_uri = corpus_store(config, articles)
    workers = server_workers()
    print(
        f"  (cchc serve --workers {workers}: {server_mode(workers)} x {SERVER_THREADS} threads)", flush=True
    )
    rows = []
    warm_passes: dict[str, int] = {}
    for cache in (False, True):
        with _server(store_uri, cache, workers) as server:
            for name, endpoint in ENDPOINTS.items():
                # Each distinct search once, on connections the workers share: every worker process
                # compiles its templates and opens its connections, and the store's pages are read,
                # before the clock runs. With the cache off nothing is kept between requests.
                load(server.base_url, endpoint, 4 * workers, len(QUERY_STRINGS))
                if cache:
                    warm_passes[name] = warm_cache(server.base_url, endpoint, workers)
                for clients in (16, 64):
                    rows.append(
                        {
                            "endpoint": name,
                            "cache": "warm" if cache else "off",
                            "clients": clients,
                            **measured_load(server, endpoint, clients, requests),
                        }
                    )
    return publish(
        "web",
        config,
        COLUMNS,
        rows,
        title=f"cchc serve ({server_mode(workers)} x {SERVER_THREADS} threads), {articles:,} articles, loopback",
        notes=[
            f"server: cchc serve --workers {workers} --threads {SERVER_THREADS} ({server_mode(workers)});"
            " CCHC_WEB_WORKERS sets the worker count",
            f"queries cycle through {len(QUERY_STRINGS)} distinct searches; every search page asks for all"
            " facets; cache off = CCHC_WEB_CACHE=0",
            "server_cpu_ms: CPU of the server and its workers per request (Linux /proc);"
            f" busiest_process_pct: its busiest process's share (even: about {round(100 / workers)})",
            f"warm = every distinct URL requested beforehand, pass after pass on {WARM_CONNECTIONS * workers} fresh"
            " connections opened at once, until every worker had answered each from its cache (passes: "
            + ", ".join(f"{name} {passes}" for name, passes in warm_passes.items())
            + ")",
        ],
    )
