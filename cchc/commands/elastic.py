"""`cchc index create|reindex` (Elasticsearch index lifecycle), `cchc store copy` (between backends) and
`cchc store optimize`.

`index create` installs the template and `ALIAS-v1` behind the alias; `index reindex` builds the
next version from the live one and swaps the alias atomically (see store/elastic_index.py).
`store copy --from URI --to URI` streams every article from one store into another, e.g.
SQLite → Elasticsearch to move to a cluster, or back for an offline copy. `store optimize` merges a
SQLite store's full-text index into one piece, which a store grown by many small crawls needs now and
then (a write of 5 % of the store or more merges it by itself).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from cchc.commands.store import store_option
from store import open_store, resolve_uri
from store.base import StoreError

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch


@contextmanager
def _store_errors() -> Iterator[None]:
    try:
        yield
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


@contextmanager
def _elastic(store_uri: str | None) -> Iterator[tuple[Elasticsearch, str]]:
    """A client for the cluster of an Elasticsearch store URI, and the alias it names."""
    from elasticsearch import ApiError, TransportError

    from store.elastic import ElasticStore
    from store.elastic_index import client_from_env, parse_uri

    uri = resolve_uri(store_uri)
    if not uri.startswith(("http://", "https://")):
        raise click.BadParameter(
            f"{uri!r} is not an Elasticsearch URI (http(s)://HOST:PORT)", param_hint="--store"
        )
    node_url, alias = parse_uri(uri)
    client = client_from_env(node_url, **ElasticStore.client_options)
    try:
        yield client, alias
    except (ApiError, TransportError) as exc:
        raise StoreError(f"Elasticsearch {node_url}: {exc}") from exc
    finally:
        client.close()


@click.group()
def index() -> None:
    """Elasticsearch index: create it, or rebuild it with the current mapping without downtime."""


@index.command()
@store_option
def create(store_uri: str | None) -> None:
    """Install the index template and create ALIAS-v1 behind the alias (nothing if it exists)."""
    from store.elastic_index import create_index

    with _store_errors(), _elastic(store_uri) as (client, alias):
        name = create_index(client, alias)
    click.echo(f"{alias} → {name}")


@index.command()
@store_option
def reindex(store_uri: str | None) -> None:
    """Copy the live index into the next version with the current mapping, then swap the alias."""
    from store.elastic_index import reindex as reindex_alias

    with _store_errors(), _elastic(store_uri) as (client, alias):
        old, new = reindex_alias(client, alias)
    click.echo(f"{alias}: {old} → {new} (the old index is kept; delete it when no longer needed)")


@click.group(name="store")
def store_group() -> None:
    """Operations on whole stores."""


@store_group.command()
@click.option("--from", "source_uri", required=True, metavar="URI", help="Store to read (left unchanged).")
@click.option("--to", "target_uri", required=True, metavar="URI", help="Store to write (created if needed).")
def copy(source_uri: str, target_uri: str) -> None:
    """Copy every article (with its raw page and facts) from one store into another."""
    with _store_errors(), open_store(source_uri, read_only=True) as source, open_store(target_uri) as target:
        report = target.upsert(source.iter_articles())
        total = target.count()
    for error in report.errors:
        click.echo(f"cchc: {error}", err=True)
    click.echo(
        f"copied to {target_uri}: {report.inserted} inserted, {report.updated} updated, "
        f"{report.unchanged} unchanged, {len(report.errors)} failed; {total} articles there now"
    )
    if report.errors:
        raise SystemExit(1)


@store_group.command()
@store_option
def optimize(store_uri: str | None) -> None:
    """Merge the store's search index into one piece, so searches read less."""
    uri = resolve_uri(store_uri)
    with _store_errors(), open_store(uri) as store:
        store.optimize()
    click.echo(f"optimized {uri}")


COMMANDS = [index, store_group]
