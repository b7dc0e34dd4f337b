"""Serve the built sample portals on loopback, one threaded HTTP server (and port) per portal.

Pages are looked up in `sites/<portal>/routes.json` by path and query string, so that
`/index.php?com=tin-tuc&page=2` and `/index.php?com=tin-tuc` are different pages, as on the real
sites. The header clock and absolute URLs are filled in per request (`placeholders.fill`).

    with serve_portals() as urls:          # {"liferay": "http://127.0.0.1:40123", ...}
        ...

`python -m sample_portals.server` runs them in the foreground and prints the URLs.
"""

from __future__ import annotations

import argparse
import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from sample_portals.placeholders import fill
from sample_portals.vndates import today_in_vietnam

SITES_DIR = Path(__file__).resolve().parent / "sites"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
}
_TEXT_SUFFIXES = {".html", ".rss", ".xml", ".txt"}
NOT_FOUND_PAGE = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>404</title></head>"
    "<body><h1>Không tìm thấy trang</h1>"
    "<p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p></body></html>"
).encode()


def route_key(target: str) -> str:
    """Path (percent-decoded) plus query with its parameters sorted: how a request meets routes.json."""
    parts = urlsplit(target)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    path = unquote(parts.path) or "/"
    return f"{path}?{query}" if query else path


def load_routes(site_dir: Path) -> dict[str, Path]:
    """routes.json of one portal, keyed by `route_key`."""
    routes = json.loads((site_dir / "routes.json").read_text(encoding="utf-8"))
    return {route_key(url): site_dir / rel for url, rel in routes.items()}


class PortalHandler(BaseHTTPRequestHandler):
    """GET/HEAD of one portal's static files; quiet, because tests and the demo share the terminal."""

    routes: dict[str, Path]
    server_version = "SamplePortal/1.0"
    # Keep-alive, as the real portals' servers: a crawler then reuses its connections instead of opening
    # (and this server threading) one per page. Every response says its Content-Length.
    protocol_version = "HTTP/1.1"

    def __init__(self, *args, routes: dict[str, Path], **kwargs) -> None:
        self.routes = routes
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        file = self.routes.get(route_key(self.path))
        if file is None:
            status, content_type, body = HTTPStatus.NOT_FOUND, CONTENT_TYPES[".html"], NOT_FOUND_PAGE
        else:
            status, content_type, body = HTTPStatus.OK, CONTENT_TYPES[file.suffix], file.read_bytes()
            if file.suffix in _TEXT_SUFFIXES:
                host, port = self.server.server_address[:2]
                body = fill(body, f"http://{host}:{port}", today_in_vietnam())
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (signature of the base class)
        """No per-request lines on stderr."""


class PortalServer(ThreadingHTTPServer):
    """A deeper listen queue than the stdlib's 5: a crawler opening many connections at once would otherwise
    see refused connections and wait a second before each retry."""

    request_queue_size = 128


@contextmanager
def _serve_one(site_dir: Path, host: str, port: int = 0) -> Iterator[str]:
    handler = partial(PortalHandler, routes=load_routes(site_dir))
    server = PortalServer((host, port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"portal-{site_dir.name}", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def available_portals(sites_dir: Path = SITES_DIR) -> list[str]:
    """Portal ids in the manifest, in the order the build wrote them."""
    manifest = json.loads((sites_dir / "manifest.json").read_text(encoding="utf-8"))
    return list(manifest["portals"])


@contextmanager
def serve_portals(
    portals: Iterable[str] | None = None, host: str = "127.0.0.1", sites_dir: Path = SITES_DIR
) -> Iterator[dict[str, str]]:
    """Start one server per portal on a free port; yield {portal id: base URL}; stop them on exit."""
    with ExitStack() as stack:
        chosen = list(portals) if portals is not None else available_portals(sites_dir)
        yield {portal: stack.enter_context(_serve_one(sites_dir / portal, host)) for portal in chosen}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the sample portals until Ctrl-C.")
    parser.add_argument("portals", nargs="*", help="portal ids (default: all)")
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    with serve_portals(args.portals or None, host=args.host) as urls:
        for portal, url in urls.items():
            print(f"{portal:<12} {url}/", flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
