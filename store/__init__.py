"""Store backends behind one interface; `open_store(uri)` picks one from the URI.

`sqlite:///PATH` (the default, `data/cchc.sqlite`) or `http(s)://HOST:PORT` for Elasticsearch.
`CCHC_STORE` sets the URI when `--store` is not given.
"""

from __future__ import annotations

import os

from store.base import QueryError, SearchQuery, SearchResult, Store, StoreError

DEFAULT_URI = "sqlite:///data/cchc.sqlite"

__all__ = [
    "DEFAULT_URI",
    "QueryError",
    "SearchQuery",
    "SearchResult",
    "Store",
    "StoreError",
    "open_store",
    "resolve_uri",
]


def resolve_uri(uri: str | None = None) -> str:
    return uri or os.environ.get("CCHC_STORE") or DEFAULT_URI


def open_store(uri: str | None = None, *, read_only: bool = False) -> Store:
    uri = resolve_uri(uri)
    if uri.startswith("sqlite:///"):
        from store.sqlite import SQLiteStore

        return SQLiteStore(uri, read_only=read_only)
    if uri.startswith(("http://", "https://")):
        from store.elastic import ElasticStore

        return ElasticStore(uri, read_only=read_only)
    raise StoreError(f"unknown store URI {uri!r}: use sqlite:///PATH or http(s)://HOST:PORT")
