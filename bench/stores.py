"""SQLite stores filled with the synthetic corpus, built once per (size, seed) and reused across benchmarks.

Search, web and export benchmarks need a store of N articles but do not measure how it was filled;
building a 1M-article store takes a while, so the file is kept in the work directory and a later run
with the same size, seed and store schema opens it again (a `.done` marker says the build finished).
The corpus and schema versions are in the file name: a store of an older corpus, or built by an older
cchc, is rebuilt, not migrated, so the benchmarks measure what a fresh import produces.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from bench.corpus import CORPUS_VERSION, generate
from bench.report import RunConfig
from cchc.record import Article
from store import Store, open_store
from store.sqlite_schema import migrations

BATCH = 500


def batches(records: Iterable[Article], size: int = BATCH) -> Iterator[list[Article]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".done"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class Spent(NamedTuple):
    seconds: float  # wall clock
    cpu_seconds: float  # of this process: comparable across runs on a shared machine, unlike the wall clock


def fill(store: Store, count: int, seed: int) -> Spent:
    """Upsert `count` synthetic records into an open, empty store in batches, then close it; return the
    time spent in upsert and close (where SQLite merges its full-text index, as after an import).
    A record the store refuses stops the build: a store missing articles would skew every figure."""
    records = (s.record for s in generate(count, seed, html=False))
    with store:
        wall = cpu = 0.0
        for batch in batches(records):
            wall_start, cpu_start = time.perf_counter(), time.process_time()
            report = store.upsert(batch)
            wall += time.perf_counter() - wall_start
            cpu += time.process_time() - cpu_start
            if report.errors:
                raise RuntimeError(f"the store refused {len(report.errors)} records: {report.errors[0]}")
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        store.close()
        return Spent(wall + time.perf_counter() - wall_start, cpu + time.process_time() - cpu_start)


def fill_store(path: Path, count: int, seed: int) -> Spent:
    """`fill` a fresh SQLite store at `path`."""
    remove_store(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return fill(open_store(f"sqlite:///{path}"), count, seed)


def corpus_path(config: RunConfig, count: int) -> Path:
    schema = migrations()[-1][0]
    return config.work_dir / f"corpus{CORPUS_VERSION}-{count}-seed{config.seed}-schema{schema}.sqlite"


def build_corpus_store(config: RunConfig, count: int) -> Spent:
    """(Re)build the store of `count` synthetic articles that the other benchmarks reuse."""
    path = corpus_path(config, count)
    spent = fill_store(path, count, config.seed)
    Path(f"{path}.done").touch()
    return spent


def corpus_store(config: RunConfig, count: int) -> str:
    """URI of a store holding `count` synthetic articles (built now unless a finished one exists)."""
    path = corpus_path(config, count)
    if not Path(f"{path}.done").exists():
        print(f"  (building a store of {count:,} synthetic articles in {path})", flush=True)
        build_corpus_store(config, count)
    return f"sqlite:///{path}"
