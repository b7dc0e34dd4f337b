"""Helpers shared by the crawl tests (no tests here): a recording loopback site and `cchc crawl` runs.

Scrapy's reactor cannot be restarted in one process, so every crawl runs `cchc crawl` as a
subprocess, as a user would, with politeness delays off so the suite stays fast.
"""

from __future__ import annotations

import ssl
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cchc.record import Article
from store import open_store

CCHC = str(Path(sys.executable).with_name("cchc"))
FAST = ("--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=false")


@dataclass
class Route:
    body: str = ""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None


@dataclass
class Site:
    """Routes keyed by path+query; `{base}` in a body becomes the server's base URL. Counts every hit."""

    routes: dict[str, Route]
    base: str = ""
    hits: Counter[str] = field(default_factory=Counter)

    def requested(self, path: str) -> int:
        return self.hits[path]


@contextmanager
def serve(routes: dict[str, Route], tls: ssl.SSLContext | None = None) -> Iterator[Site]:
    """Serve `routes` on a free loopback port, over HTTPS when a server-side `tls` context is given."""
    site = Site(routes)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server naming
            site.hits[self.path] += 1
            route = site.routes.get(self.path) or Route("<html><body><h1>404</h1></body></html>", status=404)
            body = route.body.replace("{base}", site.base).encode("utf-8")
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.location:
                self.send_header("Location", route.location)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            """Quiet: the test output is for assertions."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    site.base = f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def run_crawl(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    """`cchc crawl ARGS --store sqlite:///STORE`, fast settings, output captured."""
    command = [CCHC, "crawl", *args, "--store", f"sqlite:///{store}", *FAST]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def stored(store: Path) -> dict[str, Article]:
    """Every stored article by canonical URL."""
    with open_store(f"sqlite:///{store}", read_only=True) as db:
        return {article.canonical_url: article for article in db.iter_articles()}
