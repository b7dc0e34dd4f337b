"""A loopback HTTP server around a plain function, for crawl tests that need more than fixed GET routes:
form posts (ASP.NET postbacks), binary files (attachments), answers that depend on who asks (workers).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    headers: Message
    body: bytes


@dataclass(frozen=True)
class Answer:
    body: bytes | str
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None


App = Callable[[Call], Answer]


@contextmanager
def serve_app(app: App) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 (threads) and yield its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            answer = app(Call(self.command, self.path, self.headers, self.rfile.read(length)))
            body = answer.body.encode("utf-8") if isinstance(answer.body, str) else answer.body
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            if answer.location:
                self.send_header("Location", answer.location)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer  # noqa: N815 - http.server naming

        def log_message(self, *args: object) -> None:
            """Quiet: the test output is for assertions."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
