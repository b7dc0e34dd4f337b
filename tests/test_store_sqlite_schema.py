"""Opening SQLite stores: migrations run once even when several processes create the same new file."""

from __future__ import annotations

import multiprocessing
import sqlite3
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

from store.sqlite_schema import connect, migrations, prepare

PROCESSES = 6


def _open_new_store(path: str, start: Barrier, results: Queue) -> None:
    """Run in a child process: wait for the others, then open the store for writing."""
    start.wait()
    try:
        conn = connect(Path(path), read_only=False)
        try:
            results.put(("ok", prepare(conn, Path(path), read_only=False)))
        finally:
            conn.close()
    except Exception as exc:  # reported to the test, which shows it
        results.put(("error", repr(exc)))


def test_processes_opening_a_new_store_at_once_migrate_it_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(PROCESSES)
    results = context.Queue()
    workers = [
        context.Process(target=_open_new_store, args=(str(path), start, results)) for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert [status for status, _ in outcomes] == ["ok"] * PROCESSES, outcomes
    applied = sorted(version for _, versions in outcomes for version in versions)
    assert applied == [version for version, _ in migrations()]  # each migration by exactly one process
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations()[-1][0]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _prepare_when_all_connected(path: str, start: Barrier, results: Queue) -> None:
    """Run in a child process: connect, wait for the others, then prepare the store for writing."""
    try:
        conn = connect(Path(path), read_only=False)
        start.wait()
        try:
            results.put(("ok", prepare(conn, Path(path), read_only=False)))
        finally:
            conn.close()
    except Exception as exc:  # reported to the test, which shows it
        results.put(("error", repr(exc)))


def test_processes_switching_a_new_store_to_wal_at_once_wait_for_each_other(tmp_path: Path) -> None:
    """Two connections switching a new file to WAL at once deadlock, and SQLite fails one of them at
    once instead of waiting; with every process connected before any starts, rounds hit it often."""
    context = multiprocessing.get_context("fork")  # fast starts, so the rounds start together
    outcomes = []
    for number in range(20):
        path = tmp_path / f"round{number}.sqlite"
        start = context.Barrier(PROCESSES)
        results = context.Queue()
        workers = [
            context.Process(target=_prepare_when_all_connected, args=(str(path), start, results))
            for _ in range(PROCESSES)
        ]
        for worker in workers:
            worker.start()
        outcomes += [results.get(timeout=60) for _ in workers]
        for worker in workers:
            worker.join(timeout=60)
    assert [outcome for outcome in outcomes if outcome[0] != "ok"] == []


def test_a_migrated_store_is_not_migrated_again(tmp_path: Path) -> None:
    path = tmp_path / "again.sqlite"
    for expected in ([version for version, _ in migrations()], []):
        conn = connect(path, read_only=False)
        try:
            assert prepare(conn, path, read_only=False) == expected
        finally:
            conn.close()
