"""Extraction in worker processes (`cchc crawl --extract-workers N`) stores what in-process extraction stores."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from bench.processes import descendants
from tests.faulty_server import serve_faulty
from tests.test_crawl_incremental import _count, hold_older_half, portal, urls
from tests.test_crawl_support import CCHC, FAST, run_crawl, stored


def _facts(store: Path) -> dict[str, tuple]:
    return {
        url: (a.title, a.body, a.published_date, a.is_inspection_article, a.fetch is not None)
        for url, a in stored(store).items()
    }


def test_pool_stores_the_same_records_as_the_crawl_process(tmp_path: Path) -> None:
    inline, pooled = tmp_path / "inline.sqlite", tmp_path / "pooled.sqlite"
    with serve_faulty(portal(newest=12, per_page=4)) as site:
        start = ["--start-url", f"{site.base}/tin-tuc"]
        assert run_crawl(*start, "--extract-workers", "0", store=inline).returncode == 0
        result = run_crawl(*start, "--extract-workers", "2", "--set", "CCHC_STORE_BATCH=5", store=pooled)
        assert result.returncode == 0, result.stderr
        assert set(stored(pooled)) == urls(site, range(1, 13))
        assert _facts(pooled) == _facts(inline)


def test_no_throttle_crawl_stores_every_article(tmp_path: Path) -> None:
    store = tmp_path / "fast.sqlite"
    with serve_faulty(portal(newest=10, per_page=5)) as site:
        result = run_crawl("--start-url", f"{site.base}/tin-tuc", "--no-throttle", store=store)
        assert result.returncode == 0, result.stderr
        assert set(stored(store)) == urls(site, range(1, 11))


def test_killed_pooled_crawl_resumes_without_loss(tmp_path: Path) -> None:
    store, job = tmp_path / "job.sqlite", tmp_path / "job"
    pages = portal(newest=16, per_page=4)
    gate = hold_older_half(pages, newest=16)
    with serve_faulty(pages) as site:
        args = ["--start-url", f"{site.base}/tin-tuc", "--job-dir", str(job), "--extract-workers", "2"]
        command = [
            CCHC,
            "crawl",
            *args,
            "--store",
            f"sqlite:///{store}",
            *FAST,
            "--set",
            "CCHC_STORE_BATCH=2",
        ]
        process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while _count(store) < 4 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert 4 <= _count(store) <= 8  # killed mid-way, waiting for the held articles

        gate.set()
        result = run_crawl(*args, store=store)
        assert result.returncode == 0, result.stderr
        assert set(stored(store)) == urls(site, range(1, 17)) and _count(store) == 16


def _extraction_workers(pid: int) -> list[int]:
    """The crawl's extraction workers: the processes its fork server forked."""
    servers = [
        child for child in descendants(pid) if b"forkserver" in Path(f"/proc/{child}/cmdline").read_bytes()
    ]
    return [worker for server in servers for worker in descendants(server)]


def test_crawl_extracts_in_its_own_process_when_the_workers_die(tmp_path: Path) -> None:
    """A killed worker (out of memory, say) breaks the pool: the crawl says so, extracts the rest itself
    and stores every article, the ones in flight at the time included."""
    store = tmp_path / "broken.sqlite"
    pages = portal(newest=12, per_page=4)
    gate = hold_older_half(pages, newest=12)
    with serve_faulty(pages) as site:
        command = [CCHC, "crawl", "--start-url", f"{site.base}/tin-tuc", "--store", f"sqlite:///{store}"]
        command += [*FAST, "--extract-workers", "1", "--set", "CCHC_STORE_BATCH=2", "--log-level", "WARNING"]
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while _count(store) < 2 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = _extraction_workers(process.pid)
        assert len(workers) == 1
        os.kill(workers[0], signal.SIGKILL)
        gate.set()
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert "extraction workers died; extracting in the crawl process from now on" in stderr
    assert set(stored(store)) == urls(site, range(1, 13))
