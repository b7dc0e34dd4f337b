"""Web throughput: the search page and `/api/search` of `cchc serve` (waitress) under concurrent clients.

A bounded load generator: a fixed number of requests shared by N client threads, each with its own
keep-alive `http.client` connection on 127.0.0.1, cycling through a fixed list of queries. Every
non-200 answer or socket error is counted and reported; none are expected.
"""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from bench.processes import cchc_serve
from bench.report import RunConfig, percentiles_ms, publish
from bench.stores import corpus_store

QUERY_STRINGS = (
    {"q": "kiểm tra cải cách hành chính"},
    {"q": "kiem tra cai cach hanh chinh"},
    {"q": "Nguyễn Văn Hùng"},
    {"q": "xã Tân Lý Tây"},
    {"q": "", "f": "province:Long An"},
    {"q": "hồ sơ đúng hạn", "sort": "date"},
)
ENDPOINTS = {"search page": "/", "api": "/api/search"}
COLUMNS = ("endpoint", "clients", "requests", "errors", "requests_per_s", "p50_ms", "p95_ms")
SERVER_THREADS = 4


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


def load(base_url: str, endpoint: str, clients: int, requests: int) -> dict:
    """Send `requests` GETs from `clients` threads; return requests/s, latency percentiles and errors."""
    parts = urlsplit(base_url)
    paths = [f"{endpoint}?{urlencode(QUERY_STRINGS[i % len(QUERY_STRINGS)])}" for i in range(requests)]
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


def run(config: RunConfig) -> dict:
    articles = config.size(10_000, 100_000, minimum=50)
    requests = config.size(200, 2_000, minimum=16)
    rows = []
    with cchc_serve(corpus_store(config, articles), threads=SERVER_THREADS) as base_url:
        load(base_url, "/api/search", 2, 4)  # warm-up: imports, templates, page cache
        for name, endpoint in ENDPOINTS.items():
            for clients in (16, 64):
                rows.append(
                    {"endpoint": name, "clients": clients, **load(base_url, endpoint, clients, requests)}
                )
    return publish(
        "web",
        config,
        COLUMNS,
        rows,
        title=f"cchc serve (waitress, {SERVER_THREADS} threads), {articles:,} articles, loopback",
        notes=[f"queries cycle through {len(QUERY_STRINGS)} searches; every search page asks for all facets"],
    )
