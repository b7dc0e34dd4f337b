"""Re-crawling: conditional GETs, listings stopped at known articles, --since, --full, versions of a
changed article, resuming a killed crawl from its job directory, and near-duplicate clusters."""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import time
from pathlib import Path

from crawler.canonical import canonical_url
from sample_portals.server import SITES_DIR, serve_portals
from store import StoreError, open_store
from store.base import article_id
from tests.faulty_server import FaultySite, Page, serve_faulty
from tests.test_crawl_resilience import article_html
from tests.test_crawl_spider import layout
from tests.test_crawl_support import CCHC, FAST, run_crawl, stored


def path(n: int) -> str:
    return f"/tin-tuc/bai-{n}-{3000 + n}.html"


def day(n: int) -> str:
    return f"{n:02d}/10/{2023 if n <= 3 else 2024}"


def listing(numbers: list[int], page: int, last: int) -> str:
    rows = "".join(
        f"<div class='row'><a href='{path(n)}'>Tin {n}</a> <span>{day(n)}</span></div>" for n in numbers
    )
    pager = " ".join(f"<a href='/tin-tuc?page={k}'>{k}</a>" for k in (page - 1, page + 1) if 1 <= k <= last)
    return layout(f"<h2>Tin tức</h2>{rows}<div class='pager'>{pager}</div>")


def article(n: int, extra: str = "") -> str:
    html = article_html(f"Kiểm tra cải cách hành chính tại xã số {n}", n)
    return html.replace(f"Ngày đăng {n:02d}/10/2024", f"Ngày đăng {day(n)}").replace(
        "<div class='content'>", f"<div class='content'>{extra}"
    )


def portal(newest: int = 9, per_page: int = 3) -> dict[str, Page]:
    """Articles 1..newest, newest first, `per_page` to a listing page; every page has an ETag."""
    numbers = list(range(newest, 0, -1))
    chunks = [numbers[i : i + per_page] for i in range(0, len(numbers), per_page)]
    pages = {f"/tin-tuc?page={k}": Page(listing(chunk, k, len(chunks))) for k, chunk in enumerate(chunks, 1)}
    pages |= {"/tin-tuc": pages["/tin-tuc?page=1"], "/": pages["/tin-tuc?page=1"]}
    pages["/gioi-thieu"] = Page(layout("<h1>Giới thiệu</h1>"))
    pages |= {path(n): Page(article(n), etag=True) for n in numbers}
    return pages


def hold_older_half(pages: dict[str, Page], newest: int) -> threading.Event:
    """Hold the answers for the older half of the articles until the returned gate is set, so a crawl
    killed while waiting has stored some articles and certainly not all, however fast the machine."""
    gate = threading.Event()
    for n in range(1, newest // 2 + 1):
        pages[path(n)].gate = gate
    return gate


def urls(site: FaultySite, numbers: range | list[int]) -> set[str]:
    return {site.base + path(n) for n in numbers}


def test_recrawl_is_conditional_stops_at_known_listings_and_keeps_versions(tmp_path: Path) -> None:
    store = tmp_path / "inc.sqlite"
    with serve_faulty(portal()) as site:
        start = ("--start-url", f"{site.base}/tin-tuc")
        assert run_crawl(*start, store=store).returncode == 0
        assert set(stored(store)) == urls(site, range(1, 10))

        second = run_crawl(*start, store=store)  # nothing new: page 1 lists only known articles
        assert second.returncode == 0, second.stderr
        assert site.hits["/tin-tuc?page=2"] == 1 and site.hits["/tin-tuc?page=3"] == 1
        assert all(site.statuses[path(n), 304] == 1 for n in (7, 8, 9))
        assert "3 not modified (304)" in second.stderr

        site.pages.update(portal(newest=10))  # a new article pushes the listing; article 9 is edited
        site.pages[path(9)] = Page(article(9, "<p>Cập nhật: bổ sung kết quả kiểm tra.</p>"), etag=True)
        third = run_crawl(*start, store=store)
        assert third.returncode == 0, third.stderr
        assert set(stored(store)) == urls(site, range(1, 11))
        assert site.hits["/tin-tuc?page=2"] == 2  # page 1 had a new article: go on
        assert site.hits["/tin-tuc?page=3"] == 1  # page 2 had none: stop
        with open_store(f"sqlite:///{store}", read_only=True) as db:
            history = db.versions(site.base + path(9))
            assert [version.record.body.count("Cập nhật") for version in history] == [0, 1]
            assert history[0].content_hash != history[1].content_hash
            assert len(db.versions(site.base + path(8))) == 1

        full = run_crawl(*start, "--full", store=store)
        assert full.returncode == 0, full.stderr
        assert site.hits["/tin-tuc?page=4"] == 1 and site.hits["/tin-tuc?page=3"] == 2
        assert len(stored(store)) == 10


def test_since_skips_older_listing_rows_and_articles(tmp_path: Path) -> None:
    store = tmp_path / "since.sqlite"
    with serve_faulty(portal()) as site:
        result = run_crawl("--start-url", f"{site.base}/tin-tuc", "--since", "2024-01-01", store=store)
        assert result.returncode == 0, result.stderr
        assert set(stored(store)) == urls(site, range(4, 10))
        assert not any(site.hits[path(n)] for n in (1, 2, 3))  # their listing rows are dated 2023


def _count(store: Path) -> int:
    try:
        with open_store(f"sqlite:///{store}", read_only=True) as db:
            return db.count()
    except StoreError:
        return 0


def test_killed_crawl_resumes_from_its_job_dir(tmp_path: Path) -> None:
    store, job = tmp_path / "job.sqlite", tmp_path / "job"
    pages = portal(newest=16, per_page=4)
    gate = hold_older_half(pages, newest=16)
    with serve_faulty(pages) as site:
        args = ["crawl", "--start-url", f"{site.base}/tin-tuc", "--job-dir", str(job)]
        command = [CCHC, *args, "--store", f"sqlite:///{store}", *FAST, "--set", "CCHC_STORE_BATCH=2"]
        process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while _count(store) < 4 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert 4 <= _count(store) <= 8  # killed mid-way, waiting for the held articles

        gate.set()
        result = run_crawl(*args[1:], store=store)
        assert result.returncode == 0, result.stderr
        assert "resumed after an unclean stop" in result.stderr
        assert set(stored(store)) == urls(site, range(1, 17)) and _count(store) == 16


def test_syndicated_story_shares_a_cluster(tmp_path: Path) -> None:
    manifest = json.loads((SITES_DIR / "manifest.json").read_text(encoding="utf-8"))["portals"]
    store = tmp_path / "both.sqlite"
    with serve_portals() as bases:
        runs = [
            subprocess.Popen(
                [CCHC, "crawl", "--start-url", f"{bases[name]}/", "--store", f"sqlite:///{store}", *FAST],
                stderr=subprocess.PIPE,
                text=True,
            )
            for name in ("liferay", "sharepoint")
        ]
        for process in runs:
            _, stderr = process.communicate(timeout=120)
            assert process.returncode == 0, stderr
    ids = {
        f"{name}/{page['slug']}": article_id(canonical_url(bases[name] + page["url"]))
        for name in ("liferay", "sharepoint")
        for page in manifest[name]["pages"]
        if page["is_article"]
    }
    pair = [key for key in ids if "syndicated" in next(p for p in _pages(manifest, key)).get("traps", [])]
    assert len(pair) == 2
    with open_store(f"sqlite:///{store}", read_only=True) as db:
        assert set(db.cluster(ids[pair[0]])) == {ids[pair[0]], ids[pair[1]]}
        for key, ident in ids.items():
            if key not in pair:
                assert db.cluster(ident) == [ident], key


def _pages(manifest: dict, key: str) -> list[dict]:
    name, slug = key.split("/", 1)
    return [page for page in manifest[name]["pages"] if page.get("slug") == slug]
