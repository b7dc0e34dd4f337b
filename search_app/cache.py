"""A bounded in-memory cache of rendered search answers, keyed on the URL and the store's data version.

The app only reads, and people repeat searches (the landing page, a province, paging back), so most
requests can reuse a page rendered moments ago instead of spending ~25 ms of CPU on search, facets
and template. An entry is found by (path with query string, `Store.data_version()`): any write to the
store changes the version, so a cached answer is never served after the data it shows changed. A
backend without a cheap version (Elasticsearch) is not cached. Only 200 answers of the listed
endpoints are kept, least recently used dropped first, within `RESPONSE_CACHE_SIZE` entries and
`RESPONSE_CACHE_BYTES` bytes; `RESPONSE_CACHE_SIZE = 0` (`cchc serve --cache 0`) turns it off.

For operators (and the web benchmark, which warms every worker process until all say hit), a 200
answer of a cached endpoint carries `X-Cache: hit` when it came from this process's cache and
`X-Cache: miss` when it was rendered afresh; other answers carry no such header. Each worker process
of `cchc serve --workers N` keeps its own cache, so the same URL can miss on one and hit on another;
`X-Cache-Worker` names the process's cache (an opaque token, new in each process) so a client can
tell which one answered.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass

from flask import Flask, Response, current_app, g, request

from search_app.storage import get_store

DEFAULT_ENTRIES = 256
DEFAULT_BYTES = 64 * 2**20
CACHED_ENDPOINTS = frozenset({"search.index", "api.search", "facts.table", "api.facts"})
_EXTENSION = "cchc_response_cache"
CACHE_HEADER = "X-Cache"
WORKER_HEADER = "X-Cache-Worker"
_worker_token = secrets.token_hex(4)

Key = tuple[str, int]


@dataclass(frozen=True)
class Cached:
    body: bytes
    status: int
    headers: tuple[tuple[str, str], ...]


class ResponseCache:
    """Least-recently-used answers, bounded in entries and in total body bytes; thread-safe."""

    def __init__(self, max_entries: int, max_bytes: int) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Key, Cached] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Key) -> Cached | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: Key, value: Cached) -> None:
        if len(value.body) > self.max_bytes:
            return
        with self._lock:
            if (old := self._entries.pop(key, None)) is not None:
                self._bytes -= len(old.body)
            self._entries[key] = value
            self._bytes += len(value.body)
            while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._entries)


def init_app(app: Flask) -> None:
    app.config.setdefault("RESPONSE_CACHE_SIZE", DEFAULT_ENTRIES)
    app.config.setdefault("RESPONSE_CACHE_BYTES", DEFAULT_BYTES)
    if app.config["RESPONSE_CACHE_SIZE"] <= 0:
        return
    app.extensions[_EXTENSION] = ResponseCache(
        app.config["RESPONSE_CACHE_SIZE"], app.config["RESPONSE_CACHE_BYTES"]
    )
    app.before_request(_answer_from_cache)
    app.after_request(_remember)


def _answer_from_cache() -> Response | None:
    if request.method != "GET" or request.endpoint not in CACHED_ENDPOINTS:
        return None
    version = get_store().data_version()
    if version is None:
        return None
    g.cache_key = key = (request.full_path, version)
    found = current_app.extensions[_EXTENSION].get(key)
    if found is None:
        return None
    g.cache_key = None  # already cached: after_request must not store it again
    headers = [*found.headers, (CACHE_HEADER, "hit"), (WORKER_HEADER, _worker_token)]
    return Response(found.body, status=found.status, headers=headers)


def _new_worker_token() -> None:
    """The app is built before gunicorn forks its workers: each forked process names its cache anew."""
    global _worker_token
    _worker_token = secrets.token_hex(4)


os.register_at_fork(after_in_child=_new_worker_token)


def _remember(response: Response) -> Response:
    key = g.pop("cache_key", None)
    if key is not None and response.status_code == 200 and not response.is_streamed:
        headers = tuple((name, value) for name, value in response.headers.items())
        current_app.extensions[_EXTENSION].put(key, Cached(response.get_data(), 200, headers))
        response.headers[CACHE_HEADER] = "miss"  # after storing: a later hit must not repeat it
        response.headers[WORKER_HEADER] = _worker_token
    return response
