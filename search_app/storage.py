"""One store per request, opened from the app's configured URI and closed when the request ends.

Opening per request keeps the app safe under a threaded server (SQLite connections
must not cross threads) and lets exports stream: `stream_with_context` holds the
request, and so the store, open until the last row is sent.
"""

from __future__ import annotations

from flask import Flask, current_app, g

from store import Store, open_store


def get_store() -> Store:
    if "store" not in g:
        g.store = open_store(current_app.config["STORE_URI"], read_only=current_app.config["STORE_READ_ONLY"])
    return g.store


def _close_store(_exc: BaseException | None) -> None:
    store = g.pop("store", None)
    if store is not None:
        store.close()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(_close_store)
