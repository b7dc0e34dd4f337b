"""Crawl every sample portal, generically and through the registry, and check the store against the manifest."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator

import pytest

from crawler.canonical import canonical_url
from sample_portals.server import SITES_DIR, serve_portals
from tests.test_crawl_support import CCHC, FAST, run_crawl, stored

MANIFEST = json.loads((SITES_DIR / "manifest.json").read_text(encoding="utf-8"))["portals"]
# Generic discovery on every portal; the registry way (crawler/sources.yaml with {base}) on the two
# whose entries differ most (feeds and sitemaps; SharePoint URL dates), to keep the suite short.
RUNS = [(portal, "generic") for portal in sorted(MANIFEST)] + [
    ("nukeviet", "registry"),
    ("sharepoint", "registry"),
]


@pytest.fixture(scope="module")
def portals() -> Iterator[dict[str, str]]:
    with serve_portals() as urls:
        yield urls


@pytest.fixture(scope="module")
def crawls(portals: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple]:
    """All crawls at once (separate processes, separate stores): (portal, mode) -> (store, stderr)."""
    folder = tmp_path_factory.mktemp("portals")
    running = {}
    for portal, mode in RUNS:
        base = portals[portal]
        store = folder / f"{portal}-{mode}.sqlite"
        how = ["--start-url", f"{base}/"] if mode == "generic" else ["--source", portal, "--base-url", base]
        command = [CCHC, "crawl", *how, "--store", f"sqlite:///{store}", *FAST]
        running[portal, mode] = (store, subprocess.Popen(command, stderr=subprocess.PIPE, text=True))
    results = {}
    for key, (store, process) in running.items():
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
        results[key] = (store, stderr)
    return results


@pytest.mark.parametrize(("portal", "mode"), RUNS)
def test_every_article_stored_once_with_title_and_date(
    portal: str, mode: str, portals: dict[str, str], crawls: dict
) -> None:
    store, _ = crawls[portal, mode]
    base = portals[portal]
    articles = stored(store)
    expected = {
        canonical_url(base + page["url"]): page for page in MANIFEST[portal]["pages"] if page["is_article"]
    }
    assert set(articles) == set(expected)  # every article, nothing else (keys are unique: stored once)
    for url, page in expected.items():
        assert articles[url].title == page["title"], url
        assert articles[url].published_date == page["published_date"], url


@pytest.mark.parametrize("portal", sorted(MANIFEST))
def test_non_articles_not_stored_and_dead_link_reported(
    portal: str, portals: dict[str, str], crawls: dict
) -> None:
    store, summary = crawls[portal, "generic"]
    base = portals[portal]
    urls = set(stored(store))
    non_articles = [page["url"] for page in MANIFEST[portal]["pages"] if not page["is_article"]]
    assert non_articles and not urls & {canonical_url(base + path) for path in non_articles}
    for dead in MANIFEST[portal]["dead_links"]:
        assert f"{base}{dead}  HTTP 404" in summary


def test_recrawl_creates_no_duplicates(portals: dict[str, str], crawls: dict) -> None:
    store, _ = crawls["nukeviet", "generic"]
    before = stored(store)
    result = run_crawl("--start-url", f"{portals['nukeviet']}/", store=store)
    assert result.returncode == 0, result.stderr
    assert "store: 0 new" in result.stderr
    assert set(stored(store)) == set(before)
