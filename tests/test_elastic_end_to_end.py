"""The crawl pipeline, `cchc search`, `cchc export` and the web app work unchanged on Elasticsearch.

Pages of a sample portal go through the crawl pipeline's own record maker (`cchc.page_records.page_to_article`)
into an osmem-server index; the commands and the app then read it exactly as they read SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from cchc.cli import main
from cchc.page_records import page_to_article
from cchc.record import FetchedPage
from search_app import create_app
from store import open_store
from tests.elastic_server import elastic_uri_factory, elastic_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.elastic
SITES = Path(__file__).resolve().parents[1] / "sample_portals" / "sites"


def _sample_pages(portal: str) -> list[FetchedPage]:
    manifest = json.loads((SITES / "manifest.json").read_text(encoding="utf-8"))
    routes = json.loads((SITES / portal / "routes.json").read_text(encoding="utf-8"))
    base = f"http://{portal}.example"
    return [
        FetchedPage(
            url=base + page["url"],
            final_url=base + page["url"],
            fetched_at=datetime(2026, 11, 1, tzinfo=UTC),
            status=200,
            html=(SITES / portal / routes[page["url"]]).read_text(encoding="utf-8"),
            source_id=portal,
        )
        for page in manifest["portals"][portal]["pages"]
        if page["is_article"]
    ]


@pytest.fixture
def filled_uri(elastic_uri_factory: Callable[[], str]) -> tuple[str, int]:  # noqa: F811
    uri = elastic_uri_factory()
    pages = _sample_pages("nukeviet")
    with open_store(uri) as store:
        report = store.upsert(page_to_article(page) for page in pages)
    assert report.errors == [] and report.inserted == len(pages)
    return uri, len(pages)


def test_search_and_export_commands_read_elasticsearch(filled_uri: tuple[str, int]) -> None:
    uri, count = filled_uri
    runner = CliRunner()
    found = runner.invoke(main, ["search", "--store", uri, "--format", "jsonl", "doan kiem tra"])
    assert found.exit_code == 0, found.output
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert hits and all("kiểm tra" in (h["title"] or "").lower() or h["snippet_html"] for h in hits)

    exported = runner.invoke(main, ["export", "--store", uri, "--what", "articles", "--format", "jsonl"])
    assert exported.exit_code == 0, exported.output
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(records) == count and all(r["url"].startswith("http://nukeviet.example/") for r in records)
    assert any(r["team_leaders"] for r in records) and any(r["metrics"] for r in records)


def test_web_app_serves_elasticsearch(filled_uri: tuple[str, int]) -> None:
    uri, count = filled_uri
    client = create_app(uri).test_client()
    everything = client.get("/api/search?per_page=100").get_json()
    assert everything["total"] == count
    folded = client.get("/api/search?q=doan+kiem+tra").get_json()
    exact = client.get("/api/search?q=Đoàn+kiểm+tra&exact=1").get_json()
    assert folded["total"] >= exact["total"] > 0
    page = client.get("/?q=doan+kiem+tra")
    assert page.status_code == 200 and "<mark>" in page.get_data(as_text=True)
