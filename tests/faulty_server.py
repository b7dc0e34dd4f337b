"""A loopback portal that misbehaves on purpose, as real government portals do.

Each path serves a `Page` that may fail its first requests with 500, answer slowly, announce
more bytes than it sends, send bytes in another charset than it declares, redirect, answer
conditional GETs with 304, or hold its answer until the test opens a gate. Pages can be replaced
while the server runs (a portal editing an article between two crawls); every request is counted
per path and per status.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GATE_TIMEOUT_SECONDS = 60  # a test that forgets to open a gate fails slowly instead of hanging


@dataclass
class Page:
    body: str | bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None
    fail_first: int = 0  # answer 500 to this many requests, then recover
    delay: float = 0.0  # seconds to wait before answering
    truncated: bool = False  # Content-Length larger than the body sent
    etag: bool = False  # send an ETag (hash of the body) and answer If-None-Match with 304
    gate: threading.Event | None = None  # answer only once the test sets it (a crawl held mid-way)


@dataclass
class FaultySite:
    pages: dict[str, Page]
    base: str = ""
    hits: Counter[str] = field(default_factory=Counter)
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def body(self, page: Page) -> bytes:
        if isinstance(page.body, bytes):
            return page.body
        return page.body.replace("{base}", self.base).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    site: FaultySite
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        site = self.site
        with site.lock:
            site.hits[self.path] += 1
            count = site.hits[self.path]
        page = site.pages.get(self.path) or Page(b"<html><body><h1>404</h1></body></html>", status=404)
        if page.gate is not None:
            page.gate.wait(timeout=GATE_TIMEOUT_SECONDS)
        if page.delay:
            time.sleep(page.delay)
        body, status, headers = site.body(page), page.status, {"Content-Type": page.content_type}
        if count <= page.fail_first:
            body, status = b"<html><body><h1>500</h1></body></html>", 500
        if page.location:
            headers["Location"] = page.location.replace("{base}", site.base)
        if page.etag and status == 200:
            headers["ETag"] = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == headers["ETag"]:
                body, status = b"", 304
        with site.lock:
            site.statuses[self.path, status] += 1
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body) * 2 if page.truncated else len(body)))
        if page.truncated:
            self.send_header("Connection", "close")
            self.close_connection = True
        try:
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the crawler gave up on a slow or huge page

    def log_message(self, *args: object) -> None:
        """Quiet: the test output is for assertions."""


@contextmanager
def serve_faulty(pages: dict[str, Page]) -> Iterator[FaultySite]:
    site = FaultySite(pages)
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
