"""Web throughput: the search page and `/api/search` of `cchc serve` (waitress) under concurrent clients.

A bounded load generator: a fixed number of requests shared by N client threads, each with its own
keep-alive `http.client` connection on 127.0.0.1, cycling through 60 distinct searches (words x
filter, sort and page variants). Every non-200 answer or socket error is counted and reported; none
are expected. Each endpoint is measured twice: with the answer cache off (`CCHC_WEB_CACHE=0`: every
request searches and renders) and warm (each distinct URL requested once before the clock starts).
"""

from __future__ import annotations

import http.client
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from bench.processes import cchc_serve
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
COLUMNS = ("endpoint", "cache", "clients", "requests", "errors", "requests_per_s", "p50_ms", "p95_ms")
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


@contextmanager
def _server(store_uri: str, cache: bool) -> Iterator[str]:
    """`cchc serve` with its answer cache on or off (the child reads CCHC_WEB_CACHE)."""
    saved = os.environ.get("CCHC_WEB_CACHE")
    os.environ["CCHC_WEB_CACHE"] = str(max(256, len(QUERY_STRINGS) * len(ENDPOINTS))) if cache else "0"
    try:
        with cchc_serve(store_uri, threads=SERVER_THREADS) as base_url:
            yield base_url
    finally:
        if saved is None:
            os.environ.pop("CCHC_WEB_CACHE")
        else:
            os.environ["CCHC_WEB_CACHE"] = saved


def run(config: RunConfig) -> dict:
    articles = config.size(10_000, 100_000, minimum=50)
    requests = config.size(200, 2_000, minimum=16)
    store_uri = corpus_store(config, articles)
    rows = []
    for cache in (False, True):
        with _server(store_uri, cache) as base_url:
            load(base_url, "/api/search", 2, 4)  # warm-up: imports, templates, page cache
            for name, endpoint in ENDPOINTS.items():
                if cache:
                    load(base_url, endpoint, 1, len(QUERY_STRINGS))  # every distinct answer once
                for clients in (16, 64):
                    rows.append(
                        {
                            "endpoint": name,
                            "cache": "warm" if cache else "off",
                            "clients": clients,
                            **load(base_url, endpoint, clients, requests),
                        }
                    )
    return publish(
        "web",
        config,
        COLUMNS,
        rows,
        title=f"cchc serve (waitress, {SERVER_THREADS} threads), {articles:,} articles, loopback",
        notes=[
            f"queries cycle through {len(QUERY_STRINGS)} distinct searches; every search page asks for all"
            " facets; cache off = CCHC_WEB_CACHE=0, warm = each distinct URL requested once beforehand"
        ],
    )
