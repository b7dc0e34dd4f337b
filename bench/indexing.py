"""Indexing speed: synthetic article records upserted into a fresh store in batches, SQLite and Elasticsearch.

Only the time spent inside `Store.upsert` and the closing `Store.close` (SQLite merges the full-text
index there, as after any import) counts; records are generated outside the clock. It is given as wall
clock and as this process's CPU time (the figure to compare on a shared machine). The SQLite store built
is the corpus store of that size, which the search, web and export benchmarks then reuse.

Elasticsearch is measured on the cluster given with `--elastic URL` (auth and TLS from CCHC_ES_*, as for
`cchc`), at the SQLite sizes, into indices `cchc-bench-N` that each run deletes and rebuilds. Without it,
on osmem-server, the in-memory test server (see tests/osmem.py), at small sizes: its rows say what cchc's
bulk client costs (`cpu_ms_per_article` is this process only) and how this server keeps up, not what a
real cluster does. Each bulk request of 500 documents is preceded by a lookup of their stored
content hashes (so an unchanged article is not rewritten) and the upsert ends with a refresh, as in `cchc`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from bench.report import RunConfig, peak_rss_mib, publish
from bench.stores import BATCH, Spent, build_corpus_store, corpus_path, fill
from store.elastic import ElasticStore
from store.elastic_index import create_index, parse_uri
from tests.osmem import CLIENT_OPTIONS, running_osmem

COLUMNS = (
    "store",
    "articles",
    "batch",
    "seconds",
    "articles_per_s",
    "cpu_ms_per_article",
    "db_mib",
    "peak_rss_mib",
)
ELASTIC = "elasticsearch (osmem-server)"
# osmem-server stops for about 11 s every 5,000 documents (measured up to 20k), longer than the client's
# default 10 s request timeout; a real cluster does not need this.
OSMEM_CLIENT_OPTIONS = CLIENT_OPTIONS | {"request_timeout": 120}
OSMEM_NOTE = (
    f"{ELASTIC}: an in-memory test server, not representative of a real cluster; "
    "the server pauses about 11 s every 5,000 documents."
)
ELASTIC_NOTE = (
    "elasticsearch: cpu_ms_per_article is the client's (this process); db_mib is not measured there."
)


class ElasticTarget(NamedTuple):
    label: str
    node_url: str
    client_options: dict[str, Any]
    sizes: list[int]
    note: str | None


@contextmanager
def elastic_target(config: RunConfig) -> Iterator[ElasticTarget]:
    """The cluster given with --elastic, at the SQLite sizes; else an osmem-server, at small sizes."""
    if config.elastic:
        node_url = parse_uri(config.elastic)[0]
        yield ElasticTarget(cluster_label(node_url), node_url, {}, _full_sizes(config), None)
        return
    with running_osmem() as url:
        sizes = config.sizes([2_000], [20_000], minimum=BATCH)
        yield ElasticTarget(ELASTIC, url, OSMEM_CLIENT_OPTIONS, sizes, OSMEM_NOTE)


def cluster_label(node_url: str) -> str:
    """The row's name: the cluster's host and port, never credentials given in the URL (the results are
    printed and written to bench/results)."""
    parts = urlsplit(node_url)
    return f"elasticsearch ({parts.hostname}{f':{parts.port}' if parts.port else ''})"


def fresh_elastic_store(target: ElasticTarget, count: int) -> ElasticStore:
    """An empty index `cchc-bench-COUNT`: the indices of an earlier run (any version) are deleted first, by
    name, since clusters refuse wildcard deletes by default."""
    store = ElasticStore(f"{target.node_url}?index=cchc-bench-{count}", client_options=target.client_options)
    indices = store.client.indices
    if names := list(indices.get(index=f"{store.alias}-v*", allow_no_indices=True, ignore_unavailable=True)):
        indices.delete(index=",".join(names))
    create_index(store.client, store.alias)
    return store


def _row(store: str, count: int, spent: Spent, db_mib: float | None) -> dict:
    return {
        "store": store,
        "articles": count,
        "batch": BATCH,
        "seconds": round(spent.seconds, 2),
        "articles_per_s": round(count / spent.seconds, 1),
        "cpu_ms_per_article": round(spent.cpu_seconds * 1000 / count, 3),
        "db_mib": db_mib,
        "peak_rss_mib": peak_rss_mib(),
    }


def _full_sizes(config: RunConfig) -> list[int]:
    return config.sizes([10_000], [100_000, 1_000_000], minimum=BATCH)


def run(config: RunConfig) -> dict:
    rows = []
    for count in _full_sizes(config):
        spent = build_corpus_store(config, count)
        path = corpus_path(config, count)
        size = sum(p.stat().st_size for p in path.parent.glob(f"{path.name}*"))
        rows.append(_row("sqlite", count, spent, round(size / 2**20, 1)))
    with elastic_target(config) as target:
        for count in target.sizes:
            spent = fill(fresh_elastic_store(target, count), count, config.seed)
            rows.append(_row(target.label, count, spent, None))
        title = f"Indexing into SQLite (FTS5, one process) and {target.label}"
        notes = [ELASTIC_NOTE] + ([target.note] if target.note else [])
    return publish("indexing", config, COLUMNS, rows, title=title, notes=notes)
