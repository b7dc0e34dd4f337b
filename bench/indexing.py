"""Indexing speed: synthetic article records upserted into a fresh store in batches, SQLite and Elasticsearch.

Only the time spent inside `Store.upsert` and the closing `Store.close` (SQLite merges the full-text
index there, as after any import) counts; records are generated outside the clock. It is given as wall
clock and as this process's CPU time (the figure to compare on a shared machine). The SQLite store built
is the corpus store of that size, which the search, web and export benchmarks then reuse.

Elasticsearch is measured on osmem-server, the in-memory test server (see tests/osmem.py): its rows say
what cchc's bulk client costs (`cpu_ms_per_article` is this process only) and how this server keeps up,
not what a real cluster does. Each bulk request of 500 documents is preceded by a lookup of their stored
content hashes (so an unchanged article is not rewritten) and the upsert ends with a refresh, as in `cchc`.
"""

from __future__ import annotations

from bench.report import RunConfig, peak_rss_mib, publish
from bench.stores import BATCH, Spent, build_corpus_store, corpus_path, fill
from store.elastic import ElasticStore
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
NOTES = (
    f"{ELASTIC}: an in-memory test server, not representative of a real cluster; "
    "cpu_ms_per_article is the client's (this process), db_mib is not measured there; "
    "the server pauses about 11 s every 5,000 documents.",
)


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


def run(config: RunConfig) -> dict:
    rows = []
    for count in config.sizes([10_000], [100_000, 1_000_000], minimum=BATCH):
        spent = build_corpus_store(config, count)
        path = corpus_path(config, count)
        size = sum(p.stat().st_size for p in path.parent.glob(f"{path.name}*"))
        rows.append(_row("sqlite", count, spent, round(size / 2**20, 1)))
    with running_osmem() as url:
        for count in config.sizes([2_000], [20_000], minimum=BATCH):
            store = ElasticStore(f"{url}?index=bench-{count}", client_options=OSMEM_CLIENT_OPTIONS)
            spent = fill(store, count, config.seed)
            rows.append(_row(ELASTIC, count, spent, None))
    title = "Indexing into SQLite (FTS5, one process) and Elasticsearch (osmem-server)"
    return publish("indexing", config, COLUMNS, rows, title=title, notes=NOTES)
