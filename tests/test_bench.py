"""Smoke test of the benchmarks: quick mode at a tiny scale prints every table and writes valid JSON.

No timing is asserted: only that each benchmark ran, measured something and recorded the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bench.__main__ import BENCHMARKS, main
from bench.corpus import generate
from bench.crawl import PER_LISTING, PORTAL, write_portal
from bench.indexing import ELASTIC, OSMEM_CLIENT_OPTIONS, cluster_label
from extract import extract_html
from sample_portals.server import serve_portals
from store.elastic import ElasticStore
from tests.osmem import running_osmem
from tests.test_crawl_support import run_crawl, stored

ROOT = Path(__file__).resolve().parent.parent
TITLES = {
    "extraction": "Extraction, one core",
    "indexing": "Indexing into SQLite",
    "search": "Search latency",
    "web": "cchc serve (",
    "export": "CSV export",
    "crawl": "Crawl end to end",
}


def test_corpus_is_deterministic_and_extractable() -> None:
    first = list(generate(8, seed=3))
    again = list(generate(8, seed=3))
    assert [a.html for a in first] == [a.html for a in again]
    assert {a.portal for a in first} == {"liferay", "sharepoint", "nukeviet", "commune"}
    inspection = next(a for a in first if a.record.is_inspection_article)
    facts = extract_html(inspection.html, url=inspection.url)
    assert facts.is_inspection_article
    assert [x.name for x in facts.team_leaders] == [x.name for x in inspection.record.team_leaders]


def test_crawl_portal_pages_a_window_and_a_crawl_reaches_every_article(tmp_path: Path) -> None:
    """Listings link a window of pages, as portals do, not all of them: the crawl walks the pager to the end."""
    articles = 12 * PER_LISTING
    pages = write_portal(tmp_path / "site" / PORTAL, articles, seed=1)
    middle = (tmp_path / "site" / PORTAL / "listing-6.html").read_text(encoding="utf-8")
    assert "page-12" in middle and "page-3" not in middle and "page-9" not in middle
    with serve_portals([PORTAL], sites_dir=tmp_path / "site") as urls:
        run = run_crawl(
            "--start-url", f"{urls[PORTAL]}/", "--max-pages", str(pages + 10), store=tmp_path / "s.db"
        )
    assert run.returncode == 0, run.stderr
    assert len(stored(tmp_path / "s.db")) == articles


@pytest.mark.elastic  # the indexing benchmark runs an osmem-server
def test_quick_mode_prints_tables_and_writes_json(tmp_path: Path) -> None:
    results = tmp_path / "results"
    run = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--scale", "0.01", "--results", str(results),
         "--work-dir", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=280,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    for name in BENCHMARKS:
        assert TITLES[name] in run.stdout
        data = json.loads((results / f"{name}.json").read_text(encoding="utf-8"))
        assert data["benchmark"] == name and data["mode"] == "quick"
        assert data["machine"]["cores"] >= 1 and data["machine"]["python"]
        assert data["rows"] and set(data["columns"]) <= set(data["rows"][0])
    web = json.loads((results / "web.json").read_text(encoding="utf-8"))
    assert all(row["errors"] == 0 for row in web["rows"])
    shares = [row["busiest_process_pct"] for row in web["rows"] if row["busiest_process_pct"] is not None]
    assert all(row["server_cpu_ms"] >= 0 for row in web["rows"]) and all(0 < pct <= 100 for pct in shares)
    assert any(row["server_cpu_ms"] > 0 for row in web["rows"]), "the server's CPU is read from /proc"
    indexing = json.loads((results / "indexing.json").read_text(encoding="utf-8"))
    assert [row["store"] for row in indexing["rows"]] == ["sqlite", ELASTIC]
    assert all(row["articles_per_s"] > 0 for row in indexing["rows"])
    crawl = json.loads((results / "crawl.json").read_text(encoding="utf-8"))
    assert [row["extract_workers"] > 0 for row in crawl["rows"]] == [False, True]
    assert all(row["status"] == "ok" and row["articles_stored"] for row in crawl["rows"])


@pytest.mark.elastic
def test_indexing_on_a_given_cluster_starts_from_an_empty_bench_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--elastic URL` is the path for a real cluster: the product's client, at the SQLite sizes. osmem-server
    needs the plain-JSON node class, given here as the class-wide default, as the store tests do."""
    monkeypatch.setattr(ElasticStore, "client_options", OSMEM_CLIENT_OPTIONS)
    with running_osmem() as url:
        leftover = next(generate(1, seed=9, html=False)).record
        with ElasticStore(f"{url}?index=cchc-bench-500") as earlier_run:
            earlier_run.upsert([leftover.model_copy(update={"canonical_url": "http://left.example/over"})])
        results = tmp_path / "results"
        arguments = ["--quick", "--scale", "0.01", "--only", "indexing", "--elastic", url]
        main([*arguments, "--results", str(results), "--work-dir", str(tmp_path / "work")])
        rows = json.loads((results / "indexing.json").read_text(encoding="utf-8"))["rows"]
        label = f"elasticsearch ({urlsplit(url).netloc})"  # osmem's URL has no credentials
        assert [(row["store"], row["articles"]) for row in rows] == [("sqlite", 500), (label, 500)]
        with ElasticStore(f"{url}?index=cchc-bench-500", read_only=True) as measured:
            assert measured.count() == 500


def test_a_cluster_row_is_named_without_the_credentials_of_its_url() -> None:
    assert cluster_label("https://elastic:s3cret@es.example:9200") == "elasticsearch (es.example:9200)"
    assert cluster_label("https://es.example") == "elasticsearch (es.example)"
