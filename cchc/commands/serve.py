"""`cchc serve`: the search web app under waitress (one process), or gunicorn workers (`--workers N`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import click

from search_app.cache import DEFAULT_ENTRIES
from search_app.formatting import vn_number
from store import open_store, resolve_uri
from store.base import StoreError


@click.command()
@click.option(
    "--store", "store_uri", metavar="URI", help="sqlite:///PATH or http(s)://HOST:PORT (default: CCHC_STORE)."
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind; 0.0.0.0 exposes it to the network.",
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0 picks a free port."
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    envvar="CCHC_WEB_WORKERS",
    type=click.IntRange(1, 64),
    help="Processes serving requests. 1: waitress, portable. More: gunicorn workers that each use a core"
    " (Linux/macOS; about one per core; each keeps its own answer cache) (env CCHC_WEB_WORKERS).",
)
@click.option(
    "--threads",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Threads per process. A search is CPU-bound, so more threads share the same core and lengthen"
    " each other's answers; the second keeps a long export from holding up searches.",
)
@click.option(
    "--cache",
    "cache_size",
    default=DEFAULT_ENTRIES,
    show_default=True,
    envvar="CCHC_WEB_CACHE",
    type=click.IntRange(0),
    help="Search answers kept in memory until the store changes; 0 turns the cache off (env CCHC_WEB_CACHE).",
)
def serve(store_uri: str | None, host: str, port: int, workers: int, threads: int, cache_size: int) -> None:
    """Serve the search page, article pages, exports and JSON API (read-only)."""
    from search_app import create_app

    uri = resolve_uri(store_uri)
    try:  # fail now with a clear message rather than on the first request
        with open_store(uri, read_only=True) as store:
            count = store.count()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    app = create_app(uri, config={"RESPONSE_CACHE_SIZE": cache_size})
    click.echo(f"cchc: {vn_number(count)} articles in {uri}")
    if workers == 1:
        _serve_waitress(app, host, port, threads)
    else:
        _serve_gunicorn(app, host, port, workers, threads)


def _serve_waitress(app: Any, host: str, port: int, threads: int) -> None:
    from waitress import create_server

    server = create_server(app, host=host, port=port, threads=threads, ident="cchc")
    listening = getattr(server, "effective_listen", None) or [(server.effective_host, server.effective_port)]
    _announce(listening, f"waitress, {threads} threads")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def _serve_gunicorn(app: Any, host: str, port: int, workers: int, threads: int) -> None:
    try:
        from search_app.prefork import PreforkServer
    except ImportError as exc:  # gunicorn is POSIX-only
        raise click.ClickException(f"--workers {workers} needs gunicorn ({exc}); use --workers 1") from exc
    mode = f"gunicorn, {workers} workers x {threads} threads"
    PreforkServer(
        app,
        host=host,
        port=port,
        workers=workers,
        threads=threads,
        on_ready=lambda listening: _announce(listening, mode),
    ).run()  # returns when stopped: SIGTERM finishes requests in flight, SIGINT (Ctrl+C) stops at once


def _announce(listening: Iterable[tuple[str, int]], mode: str) -> None:
    """Printed once the sockets are bound, so the URLs already answer (and --port 0 shows the real port).

    One URL per bound socket: a host name like "localhost" may bind both IPv4 and IPv6."""
    urls = [f"http://[{h}]:{p}/" if ":" in str(h) else f"http://{h}:{p}/" for h, p in listening]
    click.echo(f"Serving on {', '.join(urls)}  ({mode}; Ctrl+C to stop)")


COMMANDS = [serve]
