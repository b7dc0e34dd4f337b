"""Opening SQLite stores: migrations run once even when several processes create the same new file."""

from __future__ import annotations

import multiprocessing
import sqlite3
from multiprocessing.context import BaseContext
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

from store.sqlite_schema import connect, migrations, prepare

PROCESSES = 6


def _open_for_writing(path: str, start: Barrier, results: Queue, connect_first: bool) -> None:
    """Run in a child process: wait for the others, then open the store for writing (connected
    before waiting if `connect_first`, so the processes prepare the new file at the same moment)."""
    try:
        conn = connect(Path(path), read_only=False) if connect_first else None
        start.wait()
        conn = conn or connect(Path(path), read_only=False)
        try:
            results.put(("ok", prepare(conn, Path(path), read_only=False)))
        finally:
            conn.close()
    except Exception as exc:  # reported to the test, which shows it
        results.put(("error", repr(exc)))


def _open_at_once(context: BaseContext, path: Path, *, connect_first: bool) -> list[tuple[str, object]]:
    """(status, migrations applied or error) of PROCESSES processes opening `path` together."""
    start = context.Barrier(PROCESSES)
    results = context.Queue()
    workers = [
        context.Process(target=_open_for_writing, args=(str(path), start, results, connect_first))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    return outcomes


def test_processes_opening_a_new_store_at_once_migrate_it_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    outcomes = _open_at_once(multiprocessing.get_context("spawn"), path, connect_first=False)
    assert [status for status, _ in outcomes] == ["ok"] * PROCESSES, outcomes
    applied = sorted(version for _, versions in outcomes for version in versions)
    assert applied == [version for version, _ in migrations()]  # each migration by exactly one process
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations()[-1][0]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_processes_switching_a_new_store_to_wal_at_once_wait_for_each_other(tmp_path: Path) -> None:
    """Two connections switching a new file to WAL at once deadlock, and SQLite fails one of them at
    once instead of waiting; with every process connected before any starts, rounds hit it often."""
    context = multiprocessing.get_context("fork")  # fast starts, so the rounds start together
    outcomes = []
    for number in range(20):
        outcomes += _open_at_once(context, tmp_path / f"round{number}.sqlite", connect_first=True)
    assert [outcome for outcome in outcomes if outcome[0] != "ok"] == []


def test_a_migrated_store_is_not_migrated_again(tmp_path: Path) -> None:
    path = tmp_path / "again.sqlite"
    for expected in ([version for version, _ in migrations()], []):
        conn = connect(path, read_only=False)
        try:
            assert prepare(conn, path, read_only=False) == expected
        finally:
            conn.close()


def test_migrations_journal_to_a_file_and_leave_the_connection_as_opened(tmp_path: Path) -> None:
    """Temporary files during migrations (a dropped table is journalled whole), memory afterwards."""
    path = tmp_path / "journal.sqlite"
    conn = connect(path, read_only=False)
    try:
        assert prepare(conn, path, read_only=False)
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    finally:
        conn.close()
