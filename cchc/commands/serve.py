"""`cchc serve`: the search web app under waitress, a production WSGI server."""

from __future__ import annotations

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
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64))
@click.option(
    "--cache",
    "cache_size",
    default=DEFAULT_ENTRIES,
    show_default=True,
    envvar="CCHC_WEB_CACHE",
    type=click.IntRange(0),
    help="Search answers kept in memory until the store changes; 0 turns the cache off (env CCHC_WEB_CACHE).",
)
def serve(store_uri: str | None, host: str, port: int, threads: int, cache_size: int) -> None:
    """Serve the search page, article pages, exports and JSON API (read-only)."""
    from waitress import create_server

    from search_app import create_app

    uri = resolve_uri(store_uri)
    try:  # fail now with a clear message rather than on the first request
        with open_store(uri, read_only=True) as store:
            count = store.count()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    app = create_app(uri, config={"RESPONSE_CACHE_SIZE": cache_size})
    server = create_server(app, host=host, port=port, threads=threads, ident="cchc")
    click.echo(f"cchc: {vn_number(count)} articles in {uri}")
    # Printed once the sockets are bound, so the URLs already answer (and --port 0 shows the real port).
    click.echo(f"Serving on {', '.join(_urls(server))}  (Ctrl+C to stop)")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def _urls(server: Any) -> list[str]:
    """One URL per bound socket: a host name like "localhost" may bind both IPv4 and IPv6."""
    listening = getattr(server, "effective_listen", None) or [(server.effective_host, server.effective_port)]
    return [
        f"http://[{host}]:{port}/" if ":" in str(host) else f"http://{host}:{port}/"
        for host, port in listening
    ]


COMMANDS = [serve]
