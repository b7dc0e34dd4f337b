"""Scale-out: two `cchc crawl --redis` workers share one queue and dupefilter in a local redis-server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tests.loopback_app import Answer, Call, serve_app
from tests.test_crawl_postback import WebFormsSite
from tests.test_crawl_spider import ARTICLES, portal_routes
from tests.test_crawl_support import CCHC, FAST, run_crawl, stored

WORKERS = ("cchc-worker-a", "cchc-worker-b")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip(
            "redis-server is not installed (Debian package redis-server; tests/setup_system.sh installs it)"
        )
    port = _free_port()
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    server = subprocess.Popen([*command, "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                threading.Event().wait(0.1)
        else:
            pytest.fail("redis-server did not answer")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


class GatedPortal:
    """The sample portal of test_crawl_spider, where a worker's second page waits until every worker
    has asked for a page, so both take part however fast either one is.

    robots.txt and each worker's first page are answered at once. The workers run with
    CONCURRENT_REQUESTS=1, so a worker waiting on its second page holds one request and leaves the
    rest of the shared queue to the other (with more slots, one worker could take every queued request
    before the other asked for any: seen on a busy machine). The user agent tells the workers apart. A
    worker that exits opens the gate: the test then fails at once on its exit code and log, where
    holding the other worker's requests would only make it time out and retry them.
    """

    def __init__(self) -> None:
        self.routes = portal_routes()
        self.base = ""
        self.hits: Counter[tuple[str, str]] = Counter()
        self.lock = threading.Lock()
        self.paged: set[str] = set()
        self.all_paged = threading.Event()
        self.workers: list[subprocess.Popen[str]] = []

    def __call__(self, call: Call) -> Answer:
        agent = call.headers.get("User-Agent", "")
        held = call.path != "/robots.txt"
        with self.lock:
            self.hits[agent, call.path] += 1
            if held and agent not in self.paged:
                self.paged.add(agent)
                held = False
            if self.paged >= set(WORKERS):
                self.all_paged.set()
        while held and not self.all_paged.wait(timeout=0.2):
            if any(worker.poll() is not None for worker in self.workers):
                break
        route = self.routes.get(call.path)
        if route is None:
            return Answer("<html><body><h1>404</h1></body></html>", status=404)
        return Answer(
            route.body.replace("{base}", self.base), route.status, route.content_type, route.location
        )

    def requested(self, path: str) -> int:
        return sum(count for (_, hit), count in self.hits.items() if hit == path)


def test_two_workers_fetch_and_store_every_article_once(redis_url: str, tmp_path: Path) -> None:
    portal = GatedPortal()
    store = tmp_path / "shared.sqlite"
    with serve_app(portal) as base:
        portal.base = base
        workers = portal.workers
        workers += [
            subprocess.Popen(
                [CCHC, "crawl", "--start-url", f"{base}/", "--store", f"sqlite:///{store}", *FAST]
                + ["--redis", redis_url, "--set", f"USER_AGENT={agent}", "--set", "CONCURRENT_REQUESTS=1"]
                + ["--set", "DOWNLOAD_TIMEOUT=120"],  # a held page is not retried while the other starts
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for agent in WORKERS
        ]
        try:
            logs = "\n".join(worker.communicate(timeout=240)[1] for worker in workers)
        finally:
            for worker in workers:
                worker.kill()
    assert [worker.returncode for worker in workers] == [0, 0], logs
    assert portal.all_paged.is_set()
    assert {path: portal.requested(path) for path in ARTICLES} == dict.fromkeys(ARTICLES, 1), logs
    assert portal.requested("/tin-tuc?page=3") == 1 and portal.requested("/rss/tin-tuc.rss") == 1
    for agent in WORKERS:  # both took part (each asked for at least one page besides robots.txt)
        assert any(path != "/robots.txt" for (who, path) in portal.hits if who == agent)
    articles = stored(store)
    assert set(articles) == {base + path for path in ARTICLES}
    assert all(article.title for article in articles.values())
    # the last worker to leave removed the job's queue, dupefilter and worker keys
    assert redis.Redis.from_url(redis_url).keys("cchc:*") == []


def test_postback_pages_pass_through_the_shared_queue(redis_url: str, tmp_path: Path) -> None:
    """Form posts (with their dedupe key in meta) are serialized into the Redis queue and back."""
    site = WebFormsSite()
    with serve_app(site) as base:
        result = run_crawl(
            "--start-url", f"{base}/DanhSach.aspx", "--redis", redis_url, store=tmp_path / "w.sqlite"
        )
    assert result.returncode == 0, result.stderr
    assert len(stored(tmp_path / "w.sqlite")) == 12
    assert site.rejected == 0 and max(site.posts.values()) == 1
