"""One store per app, opened on first use and shared by every request and thread.

Opening a store checks its schema and sets up connections; doing that per request cost more than
the search itself. Sharing is safe: the SQLite store gives each thread its own connection (and
exports stream from a connection of their own), the Elasticsearch client is thread-safe. A store
that cannot be opened yet (no file) is tried again on the next request.
"""

from __future__ import annotations

import threading

from flask import current_app

from store import Store, open_store

_EXTENSION = "cchc_store"
_opening = threading.Lock()


def get_store() -> Store:
    extensions = current_app.extensions
    if _EXTENSION not in extensions:
        with _opening:
            if _EXTENSION not in extensions:
                config = current_app.config
                extensions[_EXTENSION] = open_store(config["STORE_URI"], read_only=config["STORE_READ_ONLY"])
    return extensions[_EXTENSION]
