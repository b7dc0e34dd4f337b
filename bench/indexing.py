"""Indexing speed: synthetic article records upserted into a fresh SQLite store in batches.

Only the time spent inside `Store.upsert` and the closing `Store.close` (which merges the full-text
index, as after any import) counts; records are generated outside the clock. It is given as wall clock
and as this process's CPU time (the figure to compare on a shared machine). The store built is the
corpus store of that size, which the search, web and export benchmarks then reuse.
"""

from __future__ import annotations

from bench.report import RunConfig, peak_rss_mib, publish
from bench.stores import BATCH, build_corpus_store, corpus_path

COLUMNS = ("articles", "batch", "seconds", "articles_per_s", "cpu_ms_per_article", "db_mib", "peak_rss_mib")


def run(config: RunConfig) -> dict:
    rows = []
    for count in config.sizes([10_000], [100_000, 1_000_000], minimum=BATCH):
        spent = build_corpus_store(config, count)
        path = corpus_path(config, count)
        size = sum(p.stat().st_size for p in path.parent.glob(f"{path.name}*"))
        rows.append(
            {
                "articles": count,
                "batch": BATCH,
                "seconds": round(spent.seconds, 2),
                "articles_per_s": round(count / spent.seconds, 1),
                "cpu_ms_per_article": round(spent.cpu_seconds * 1000 / count, 3),
                "db_mib": round(size / 2**20, 1),
                "peak_rss_mib": peak_rss_mib(),
            }
        )
    return publish("indexing", config, COLUMNS, rows, title="Indexing into SQLite (FTS5), one process")
