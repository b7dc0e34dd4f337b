"""`cchc serve`: the search web app under waitress, a production WSGI server."""

from __future__ import annotations

import click

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
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64))
def serve(store_uri: str | None, host: str, port: int, threads: int) -> None:
    """Serve the search page, article pages, exports and JSON API (read-only)."""
    from waitress import serve as waitress_serve

    from search_app import create_app

    uri = resolve_uri(store_uri)
    try:  # fail now with a clear message rather than on the first request
        with open_store(uri, read_only=True) as store:
            count = store.count()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    shown_host = f"[{host}]" if ":" in host else host
    click.echo(f"cchc: {count} articles in {uri}")
    click.echo(f"Serving on http://{shown_host}:{port}/  (Ctrl+C to stop)")
    waitress_serve(create_app(uri), host=host, port=port, threads=threads, ident="cchc")


COMMANDS = [serve]
